package dev.alinea.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.alinea.align.Aligners;
import dev.alinea.align.SentenceAligner;
import dev.alinea.language.Languages;
import dev.alinea.lexicon.NameKeys;

/** The options that choose the aligner, shared by the aligning commands: languages, kind and name list. */
final class AlignerOptions {

    @Option(names = "--src-lang", required = true, description = "source language as a BCP 47 tag, e.g. zh")
    String source;

    @Option(names = "--tgt-lang", required = true, description = "target language as a BCP 47 tag, e.g. en")
    String target;

    @Option(names = "--aligner", defaultValue = "LEXICAL",
            description = "LEXICAL (dictionaries, names, numbers, learned lexicon and length; the default) or LENGTH (Gale-Church baseline)")
    Aligners.Kind kind;

    @Mixin
    NameListOption names;

    SentenceAligner aligner() {
        NameKeys.prepare(Languages.of(source));
        NameKeys.prepare(Languages.of(target));
        return Aligners.of(kind, source, target, names.lexicon());
    }
}
