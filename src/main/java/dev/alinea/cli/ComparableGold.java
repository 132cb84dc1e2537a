package dev.alinea.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.alinea.align.BeadIds;
import dev.alinea.align.LinkScore;
import dev.alinea.problem.UserErrorException;

/**
 * Gold standards for texts that are not translations of each other: hand-made links between two
 * texts ({@code *.SRC.txt}, {@code *.TGT.txt} and {@code links.SRC-TGT.tsv}, one link per line as
 * two 0-based sentence numbers separated by a tab, {@code #} starting a comment), or a translation
 * made comparable by moving its target text around in blocks and deleting sentences, the true
 * links known exactly.
 */
final class ComparableGold {

    /** Sentences per block moved when a translation is shuffled. */
    static final int BLOCK = 8;

    private ComparableGold() {
    }

    /**
     * Two texts and the right sentence pairs between them.
     *
     * @param gold pairs as {@link LinkScore#key(int, int)}
     */
    record LinkedPair(String name, List<String> sourceSentences, List<String> targetSentences, Set<Long> gold) {
    }

    /** The links file of the folder for the pair, if it has one. */
    static Path linksFile(Path folder, String source, String target) {
        return folder.resolve("links." + source + "-" + target + ".tsv");
    }

    /**
     * @throws UserErrorException naming the file and line of a malformed or out-of-range link
     */
    static LinkedPair linked(Path folder, String source, String target) {
        Path file = linksFile(folder, source, target);
        List<String> sourceSentences = AlignSentencesCommand.readLines(GoldFolder.textFor(folder, source));
        List<String> targetSentences = AlignSentencesCommand.readLines(GoldFolder.textFor(folder, target));
        Set<Long> gold = new HashSet<>();
        List<String> lines = AlignSentencesCommand.readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            try {
                int s = Integer.parseInt(fields[0]);
                int t = Integer.parseInt(fields[1]);
                if (s < 0 || s >= sourceSentences.size() || t < 0 || t >= targetSentences.size()) {
                    throw new UserErrorException(file + ", line " + (i + 1) + ": no sentence " + s + " or " + t + " in the texts");
                }
                gold.add(LinkScore.key(s, t));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new UserErrorException(file + ", line " + (i + 1) + ": expected two sentence numbers separated by a tab, found \"" + line + "\"", e);
            }
        }
        return new LinkedPair(source + "-" + target, sourceSentences, targetSentences, gold);
    }

    /**
     * The translation's target text cut into blocks of {@link #BLOCK} sentences, the blocks
     * shuffled, then each sentence kept with probability one half; the gold pairs of the kept
     * sentences follow them.
     *
     * @param seed seeds the shuffle and the deletions, so a run can be repeated
     */
    static LinkedPair shuffledAndThinned(GoldFolder.GoldPair pair, long seed) {
        List<String> target = pair.targetSentences();
        int[] newIndex = shuffledAndThinned(target.size(), seed);
        List<String> thinned = shuffledAndThinned(target, seed);
        Set<Long> gold = new HashSet<>();
        for (BeadIds bead : pair.beads()) {
            for (int s : bead.source()) {
                for (int t : bead.target()) {
                    if (newIndex[t] >= 0) {
                        gold.add(LinkScore.key(s, newIndex[t]));
                    }
                }
            }
        }
        return new LinkedPair(pair.name() + "~" + seed, pair.sourceSentences(), thinned, gold);
    }

    /** A text's sentences shuffled in blocks of {@link #BLOCK} and thinned, as {@link #shuffledAndThinned(GoldFolder.GoldPair, long)} does. */
    static List<String> shuffledAndThinned(List<String> sentences, long seed) {
        int[] newIndex = shuffledAndThinned(sentences.size(), seed);
        String[] placed = new String[sentences.size()];
        int kept = 0;
        for (int t = 0; t < sentences.size(); t++) {
            if (newIndex[t] >= 0) {
                placed[newIndex[t]] = sentences.get(t);
                kept++;
            }
        }
        return List.of(java.util.Arrays.copyOf(placed, kept));
    }

    /** For each of {@code count} sentences, its place after shuffling blocks and deleting half, or -1 if deleted. */
    private static int[] shuffledAndThinned(int count, long seed) {
        Random random = new Random(seed);
        List<Integer> blocks = new ArrayList<>();
        for (int start = 0; start < count; start += BLOCK) {
            blocks.add(start);
        }
        Collections.shuffle(blocks, random);
        int[] newIndex = new int[count];
        java.util.Arrays.fill(newIndex, -1);
        int kept = 0;
        for (int start : blocks) {
            for (int t = start; t < Math.min(count, start + BLOCK); t++) {
                if (random.nextBoolean()) {
                    newIndex[t] = kept++;
                }
            }
        }
        return newIndex;
    }
}
