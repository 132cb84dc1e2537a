package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;

class MovedPassagesTest {

    private static final double OMISSION = 0.15;
    private static final double JUMP = 1.5;
    private static final double TEMPERATURE = 0.1;

    /** Costs of a translation whose target sentence j translates source sentence sourceOf[j]: cheap for that pair, dear for any other. */
    private static BeadSearch.BeadCost translating(int[] sourceOf) {
        return (i, a, j, b) -> {
            if (a == 0) {
                return 0.9 * b;
            }
            return a == 1 && b == 1 && sourceOf[j] == i ? 0.1 : 1.5;
        };
    }

    @Test
    void passagesMovedAndThinnedAreFoundWhereverTheyStand() {
        // the target tells source 6-11 first, then 0-5, each passage with sentences left out
        int[] sourceOf = {6, 8, 9, 11, 0, 1, 3, 5};

        List<MovedPassages.Pair> pairs = MovedPassages.align(12, sourceOf.length, translating(sourceOf), OMISSION, JUMP, TEMPERATURE);

        assertThat(pairs).extracting(MovedPassages.Pair::srcStart).containsExactly(6, 8, 9, 11, 0, 1, 3, 5);
        assertThat(pairs).extracting(MovedPassages.Pair::tgtStart).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(pairs).allSatisfy(p -> assertThat(p.posterior()).isGreaterThan(0.9));
    }

    @Test
    void aSingleChanceMatchDoesNotPayForAJump() {
        // target 0-3 translate source 0-3; target 4 matches source 9 alone, then the text goes on at source 4
        int[] sourceOf = {0, 1, 2, 3, 9, 4, 5, 6};

        List<MovedPassages.Pair> pairs = MovedPassages.align(12, sourceOf.length, translating(sourceOf), OMISSION, JUMP, TEMPERATURE);

        assertThat(pairs).extracting(MovedPassages.Pair::tgtStart).containsExactly(0, 1, 2, 3, 5, 6, 7);
    }

    @Test
    void theContrastOfNoPairsIsZero() {
        assertThat(MovedPassages.contrast(List.of(), null, 0)).isZero();
    }

    @Test
    void aTranslationWithItsPassagesMovedIsAlignedAsOneAndItsMovedPairsAreLinked() {
        List<String> english = Seeds.sentences(Seeds.ENGLISH, "en");
        List<String> indonesian = Seeds.sentences(Seeds.INDONESIAN, "id");
        // the translation's second half told first
        int half = indonesian.size() / 2;
        List<String> moved = new ArrayList<>(indonesian.subList(half, indonesian.size()));
        moved.addAll(indonesian.subList(0, half));
        List<Bead> straight = new LexicalAligner("en", "id").align(english, indonesian);

        PairAlignment alignment = new LexicalAligner("en", "id").alignPair(english, moved);

        assertThat(alignment.isTranslation()).isFalse();
        List<long[]> expected = new ArrayList<>();
        for (Bead bead : straight) {
            for (int s = bead.srcStart(); s < bead.srcEnd(); s++) {
                for (int t = bead.tgtStart(); t < bead.tgtEnd(); t++) {
                    expected.add(new long[] {s, t < half ? t + indonesian.size() - half : t - half});
                }
            }
        }
        List<Long> found = new ArrayList<>();
        alignment.beads().forEach(b -> {
            for (int s = b.srcStart(); s < b.srcEnd(); s++) {
                for (int t = b.tgtStart(); t < b.tgtEnd(); t++) {
                    found.add(LinkScore.key(s, t));
                }
            }
        });
        alignment.links().forEach(l -> found.add(LinkScore.key(l.segment(), l.otherSegment())));
        long right = expected.stream().filter(e -> found.contains(LinkScore.key((int) e[0], (int) e[1]))).count();
        assertThat(right).isGreaterThanOrEqualTo(expected.size() * 8 / 10);
        assertThat(alignment.links()).isNotEmpty();
    }

    @Test
    void aShortTranslationShuffledInBlocksThatStillReadsAsOneInOrderIsReadWithMovedPassages() throws java.io.IOException {
        // blocks of 8 sentences shuffled and half the sentences deleted, as eval --shuffle-thin 3 does:
        // enough blocks stay in order for the text to match 4.4 times better in order than beside
        ShuffledUdhr udhr = ShuffledUdhr.read("id", 3);

        PairAlignment alignment = new LexicalAligner("en", "id").alignPair(udhr.english(), udhr.target());

        assertThat(alignment.contrast()).isGreaterThanOrEqualTo(LexicalAligner.TRANSLATION_CONTRAST);
        LinkScore score = LinkScore.of(alignment, udhr.right());
        // read in order, 6 % of the pairs claimed were right
        assertThat(score.precision()).isGreaterThan(0.9);
        assertThat(score.recall()).isGreaterThan(0.7);
    }

    @Test
    void wordsTheDictionaryLacksAreLearnedFromTheConfidentPassagesAndFindMore() throws java.io.IOException {
        // The en-id dictionary lacks whereas, recognition, include...: learned from the passages read
        // with confidence, they pair sentences that shared too little to be found (before: recall 0.83
        // at precision 0.96)
        ShuffledUdhr udhr = ShuffledUdhr.read("id", 4);

        LinkScore score = LinkScore.of(new LexicalAligner("en", "id").alignPair(udhr.english(), udhr.target()), udhr.right());

        assertThat(score.recall()).isGreaterThan(0.86);
        assertThat(score.precision()).isGreaterThan(0.97);
    }

    /** The UDHR's English and a translation of it shuffled and thinned as {@code eval --shuffle-thin SEED} does, with the right pairs. */
    private record ShuffledUdhr(List<String> english, List<String> target, java.util.Set<Long> right) {

        static ShuffledUdhr read(String language, long seed) throws java.io.IOException {
            java.nio.file.Path udhr = java.nio.file.Path.of("../shared/gold/udhr");
            org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(udhr), "the UDHR gold set is not at " + udhr.toAbsolutePath());
            List<String> english = java.nio.file.Files.readAllLines(udhr.resolve("udhr.en.txt"));
            List<String> translation = java.nio.file.Files.readAllLines(udhr.resolve("udhr." + language + ".txt"));
            List<BeadIds> gold = java.nio.file.Files.readAllLines(udhr.resolve("gold.en-" + language + ".align")).stream().filter(l -> !l.isBlank())
                    .map(BeadIds::parse).toList();
            int[] place = shuffledAndThinned(translation.size(), seed);
            String[] moved = new String[translation.size()];
            for (int t = 0; t < place.length; t++) {
                if (place[t] >= 0) {
                    moved[place[t]] = translation.get(t);
                }
            }
            List<String> target = java.util.Arrays.stream(moved).filter(java.util.Objects::nonNull).toList();
            java.util.Set<Long> right = new java.util.HashSet<>();
            gold.forEach(bead -> bead.source().forEach(s -> bead.target().stream().filter(t -> place[t] >= 0)
                    .forEach(t -> right.add(LinkScore.key(s, place[t])))));
            return new ShuffledUdhr(english, target, right);
        }
    }

    /** For each sentence, its place after shuffling blocks of 8 and deleting half, or -1 (ComparableGold's reordering). */
    private static int[] shuffledAndThinned(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Integer> blocks = new ArrayList<>();
        for (int start = 0; start < count; start += 8) {
            blocks.add(start);
        }
        java.util.Collections.shuffle(blocks, random);
        int[] place = new int[count];
        java.util.Arrays.fill(place, -1);
        int kept = 0;
        for (int start : blocks) {
            for (int t = start; t < Math.min(count, start + 8); t++) {
                if (random.nextBoolean()) {
                    place[t] = kept++;
                }
            }
        }
        return place;
    }
}
