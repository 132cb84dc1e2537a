package dev.alinea.cli;

import picocli.CommandLine.Option;

/** The {@code --src-lang} and {@code --tgt-lang} options that the aligning commands share. */
final class LanguagePair {

    @Option(names = "--src-lang", required = true, description = "source language as a BCP 47 tag, e.g. zh")
    String source;

    @Option(names = "--tgt-lang", required = true, description = "target language as a BCP 47 tag, e.g. en")
    String target;
}
