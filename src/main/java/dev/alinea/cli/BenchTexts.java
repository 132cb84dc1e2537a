package dev.alinea.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.alinea.align.BeadIds;
import dev.alinea.problem.UserErrorException;

/** The texts {@code bench} aligns: a folder's pairs, with their gold alignments where it has them, and longer texts joined from them. */
final class BenchTexts {

    /**
     * A source and target text.
     *
     * @param gold its gold alignment; null when there is none
     */
    record Text(List<String> source, List<String> target, @Nullable List<BeadIds> gold) {
    }

    private BenchTexts() {
    }

    /** The pairs of a gold folder (either layout of {@link GoldFolder}), or of a folder SRC/NNN, TGT/NNN without gold; in name order. */
    static List<Text> read(Path folder, String source, String target) {
        if (Files.isDirectory(folder.resolve("gold")) || Files.exists(folder.resolve("gold." + source + "-" + target + ".align"))) {
            return GoldFolder.pairs(folder, source, target).stream()
                    .map(pair -> new Text(pair.sourceSentences(), pair.targetSentences(), pair.beads())).toList();
        }
        Path sourceFolder = folder.resolve(source);
        if (!Files.isDirectory(sourceFolder)) {
            throw new UserErrorException(sourceFolder + ": not a folder (expected DIR/" + source + "/NNN files)");
        }
        return FilePairs.fromFolders(sourceFolder, folder.resolve(target)).stream()
                .map(pair -> new Text(AlignSentencesCommand.readLines(pair.source()), AlignSentencesCommand.readLines(pair.target()), null))
                .toList();
    }

    /**
     * The texts one after another, from the first again as often as needed, until the source has
     * at least {@code sentences} sentences; the gold alignments joined the same way (null if a
     * text has none).
     */
    static Text joined(List<Text> texts, int sentences) {
        if (texts.stream().allMatch(t -> t.source().isEmpty())) {
            throw new UserErrorException("The folder's source texts are empty: nothing to join");
        }
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<BeadIds> gold = texts.stream().allMatch(t -> t.gold() != null) ? new ArrayList<>() : null;
        for (int k = 0; source.size() < sentences; k = (k + 1) % texts.size()) {
            Text text = texts.get(k);
            if (gold != null) {
                int srcOffset = source.size();
                int tgtOffset = target.size();
                text.gold().forEach(bead -> gold.add(new BeadIds(bead.source().stream().map(i -> i + srcOffset).toList(),
                        bead.target().stream().map(i -> i + tgtOffset).toList())));
            }
            source.addAll(text.source());
            target.addAll(text.target());
        }
        return new Text(source, target, gold);
    }
}
