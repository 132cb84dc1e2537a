package dev.alinea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.alinea.align.BeadIds;
import dev.alinea.problem.UserErrorException;

/**
 * A gold-standard folder for one language pair, in either of its two layouts: {@code SRC/NNN},
 * {@code TGT/NNN} and {@code gold/NNN.align} (MAC-Dev), or {@code *.SRC.txt}, {@code *.TGT.txt} and
 * {@code gold.SRC-TGT.align} (UDHR). Texts hold one sentence per line; the gold files one bead per line.
 */
final class GoldFolder {

    private GoldFolder() {
    }

    /**
     * The text pairs of the folder, in file name order.
     *
     * @throws UserErrorException naming the folder or file when it is not a folder, holds no
     *         gold alignment for the pair, or lacks a text the gold standard names
     */
    static List<GoldPair> pairs(Path folder, String source, String target) {
        if (!Files.isDirectory(folder)) {
            throw new UserErrorException(folder + ": not a folder");
        }
        Path goldFolder = folder.resolve("gold");
        List<GoldPair> pairs = Files.isDirectory(goldFolder) ? folderPairs(folder, goldFolder, source, target) : flatPair(folder, source, target);
        if (pairs.isEmpty()) {
            throw new UserErrorException(folder + ": no gold alignments for " + source + "-" + target + " found");
        }
        return pairs;
    }

    /** MAC-Dev layout: gold/NNN.align with SRC/NNN and TGT/NNN. */
    private static List<GoldPair> folderPairs(Path folder, Path goldFolder, String source, String target) {
        List<GoldPair> pairs = new ArrayList<>();
        for (Path gold : list(goldFolder)) {
            String file = gold.getFileName().toString();
            if (!file.endsWith(".align")) {
                continue;
            }
            String name = file.substring(0, file.length() - ".align".length());
            pairs.add(new GoldPair(name, existing(folder.resolve(source).resolve(name)), existing(folder.resolve(target).resolve(name)), gold));
        }
        return pairs;
    }

    /** UDHR layout: gold.SRC-TGT.align with *.SRC.txt and *.TGT.txt. */
    private static List<GoldPair> flatPair(Path folder, String source, String target) {
        Path gold = folder.resolve("gold." + source + "-" + target + ".align");
        if (!Files.exists(gold)) {
            return List.of();
        }
        return List.of(new GoldPair(source + "-" + target, textFor(folder, source), textFor(folder, target), gold));
    }

    /** The folder's one text {@code *.LANGUAGE.txt}; a user error naming the folder when there is none or several. */
    static Path textFor(Path folder, String language) {
        List<Path> texts = list(folder).stream().filter(p -> p.getFileName().toString().endsWith("." + language + ".txt")).toList();
        if (texts.size() != 1) {
            throw new UserErrorException(folder + ": expected one *." + language + ".txt file, found " + texts.size());
        }
        return texts.getFirst();
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserErrorException(file + ": missing (the gold standard names it)");
        }
        return file;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": could not be listed", e);
        }
    }

    /**
     * One text pair and its gold alignment.
     *
     * @param name the file name (MAC-Dev) or {@code SRC-TGT} (UDHR), for reports
     */
    record GoldPair(String name, Path source, Path target, Path gold) {

        List<String> sourceSentences() {
            return AlignSentencesCommand.readLines(source);
        }

        List<String> targetSentences() {
            return AlignSentencesCommand.readLines(target);
        }

        /**
         * The gold beads in file order; blank lines skipped.
         *
         * @throws UserErrorException naming the file and line of a malformed bead
         */
        List<BeadIds> beads() {
            List<BeadIds> beads = new ArrayList<>();
            List<String> lines = AlignSentencesCommand.readLines(gold);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    beads.add(BeadIds.parse(lines.get(i)));
                } catch (UserErrorException e) {
                    throw new UserErrorException(gold + ", line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            return beads;
        }
    }
}
