package dev.alinea.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameListFiles;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.problem.UserErrorException;

/** The name list a command aligns (and checks) with: a CSV or TBX file as the name-list screen exports it. */
final class NameListOption {

    @Option(names = "--names", paramLabel = "FILE",
            description = "a name list (CSV or TBX, as the name-list screen exports it): its confirmed entries count as evidence for the aligner "
                    + "(Andrew Ng = 吴恩达) and settle name divergences")
    @Nullable Path file;

    /** The file's entries; none without the option. */
    List<NameEntry> entries() {
        if (file == null) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NameListFiles.read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new UserErrorException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the name list " + file, e);
        }
    }

    /** The confirmed entries as the aligner's evidence. */
    NameLexicon lexicon() {
        return NameEntry.lexicon(entries());
    }
}
