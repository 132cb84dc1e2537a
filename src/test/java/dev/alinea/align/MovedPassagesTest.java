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
}
