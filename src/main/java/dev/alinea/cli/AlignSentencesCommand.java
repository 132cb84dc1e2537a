package dev.alinea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.align.Bead;
import dev.alinea.problem.UserErrorException;

/** Aligns two files of one sentence per line and prints the beads. */
@Command(name = "align-sentences", mixinStandardHelpOptions = true,
        description = "Aligns two files that hold one sentence per line (UTF-8) and prints one bead per line, "
                + "source first, 0-based: [0,1]:[0] for two source sentences to one target sentence, [5]:[] for an omission.")
final class AlignSentencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Parameters(index = "0", paramLabel = "SRC", description = "source sentences, one per line")
    Path source;

    @Parameters(index = "1", paramLabel = "TGT", description = "target sentences, one per line")
    Path target;

    @Override
    public Integer call() {
        List<Bead> beads = languages.aligner().align(readLines(source), readLines(target));
        var out = spec.commandLine().getOut();
        beads.forEach(bead -> out.println(bead.format()));
        out.flush();
        return 0;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserErrorException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new UserErrorException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
    }
}
