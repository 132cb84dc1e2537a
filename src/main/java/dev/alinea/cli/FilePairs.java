package dev.alinea.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.alinea.problem.UserErrorException;

/** The text pairs of a batch: read from a list file, or made of two folders' files of the same name. */
final class FilePairs {

    /** A source file and its target file. */
    record FilePair(Path source, Path target) {
    }

    private FilePairs() {
    }

    /**
     * The pairs of a list file: one pair per line, the source path, a tab (or, when the line has
     * no tab, spaces) and the target path; relative paths are read from the list's folder. Blank
     * lines and lines starting with {@code #} are skipped.
     */
    static List<FilePair> fromList(Path list) {
        Path base = list.toAbsolutePath().getParent();
        List<FilePair> pairs = new ArrayList<>();
        List<String> lines = AlignSentencesCommand.readLines(list);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.contains("\t") ? line.split("\t+") : line.split(" +");
            if (fields.length != 2) {
                throw new UserErrorException(list + ", line " + (n + 1) + ": expected a source and a target file separated by a tab, found \"" + line + "\"");
            }
            pairs.add(new FilePair(base.resolve(fields[0]), base.resolve(fields[1])));
        }
        return pairs;
    }

    /** The files that both folders hold under the same name, in name order; a file only one folder holds is an error. */
    static List<FilePair> fromFolders(Path sourceFolder, Path targetFolder) {
        Set<String> sources = names(sourceFolder);
        Set<String> targets = names(targetFolder);
        for (String name : sources) {
            if (!targets.contains(name)) {
                throw new UserErrorException(sourceFolder.resolve(name) + ": no file of the same name in " + targetFolder);
            }
        }
        for (String name : targets) {
            if (!sources.contains(name)) {
                throw new UserErrorException(targetFolder.resolve(name) + ": no file of the same name in " + sourceFolder);
            }
        }
        return sources.stream().map(name -> new FilePair(sourceFolder.resolve(name), targetFolder.resolve(name))).toList();
    }

    private static Set<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(file -> names.add(file.getFileName().toString()));
            return names;
        } catch (NoSuchFileException e) {
            throw new UserErrorException(folder + ": no such folder", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(folder + ": could not be listed (" + e.getMessage() + ")", e);
        }
    }
}
