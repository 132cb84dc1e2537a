package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BeadSearchTest {

    private static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}};

    /** 1-1 beads on the diagonal are cheap, everything else is dear. */
    private static final BeadSearch.BeadCost DIAGONAL = (i, a, j, b) -> a == 1 && b == 1 && i == j ? 0.1 : 5;

    @Test
    void findsTheCheapestPath() {
        List<BeadSearch.ScoredBead> path = BeadSearch.search(SearchSpace.full(3, 3), TYPES, DIAGONAL);

        assertThat(path).extracting(BeadSearch.ScoredBead::srcStart).containsExactly(0, 1, 2);
        assertThat(path).allSatisfy(b -> assertThat(b.cost()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Test
    void anUncontestedPathIsAlmostCertain() {
        SearchSpace space = SearchSpace.full(3, 3);
        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, TYPES, DIAGONAL);

        List<BeadSearch.ScoredBead> scored = BeadSearch.posteriors(space, TYPES, DIAGONAL, path, 0.1);

        assertThat(scored).allSatisfy(b -> assertThat(b.posterior()).isGreaterThan(0.99));
    }

    @Test
    void aCloseAlternativeLowersThePosterior() {
        // pairing sentence 1 with 1 costs 0.1; leaving both alone costs 0.06 + 0.06, in either order:
        // the pair's posterior is e^-1 / (e^-1 + 2 e^-1.2), about 0.38
        BeadSearch.BeadCost contested = (i, a, j, b) -> {
            boolean aroundSentenceOne = (i == 1 && j == 1) || (i == 2 && j == 1) || (i == 1 && j == 2);
            if (aroundSentenceOne && a + b == 1) {
                return 0.06;
            }
            return DIAGONAL.cost(i, a, j, b);
        };
        SearchSpace space = SearchSpace.full(3, 3);
        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, TYPES, contested);

        List<BeadSearch.ScoredBead> scored = BeadSearch.posteriors(space, TYPES, contested, path, 0.1);

        assertThat(scored.get(1).posterior()).isBetween(0.3, 0.7);
        assertThat(scored.get(0).posterior()).isGreaterThan(0.99);
    }

    @Test
    void aBandAroundAPathKeepsItReachable() {
        SearchSpace space = SearchSpace.aroundPath(100, 150, java.util.stream.IntStream.rangeClosed(0, 100).map(i -> i * 3 / 2).toArray(), 5);

        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, TYPES, (i, a, j, b) -> 1);

        assertThat(path.getLast().srcStart() + path.getLast().srcCount()).isEqualTo(100);
        assertThat(path.getLast().tgtStart() + path.getLast().tgtCount()).isEqualTo(150);
        assertThat(space.cells()).isLessThan(101 * 151 / 4);
    }

    @Test
    void aLongTextSearchedWithItsCostsWorkedOutAheadFindsThePathOfABeadByBeadSearch() {
        // Over 2,000,000 bead costs: worked out in several blocks of rows, each on several threads.
        int[][] types = LexicalAligner.TYPES;
        SearchSpace space = SearchSpace.aroundPath(3000, 3600, java.util.stream.IntStream.rangeClosed(0, 3000).map(i -> i * 6 / 5).toArray(), 40);
        BeadSearch.BeadCost noisy = (i, a, j, b) -> (a + b) * 0.5 + ((i * 7919L + j * 104729L + a * 31L + b) * 2654435761L >>> 7 & 1023) / 1024.0;

        List<BeadSearch.ScoredBead> expected = beadByBead(space, types, noisy);

        assertThat(BeadSearch.search(space, types, noisy)).isEqualTo(expected);
        BeadSearch.BeadCost remembered = BeadSearch.remembering(space, types, noisy);
        assertThat(BeadSearch.search(space, types, remembered)).isEqualTo(beadByBead(space, types, remembered));
    }

    /** The textbook search: each bead's cost asked when it is needed. */
    private static List<BeadSearch.ScoredBead> beadByBead(SearchSpace space, int[][] types, BeadSearch.BeadCost beadCost) {
        int n = space.rows();
        double[][] cost = new double[n + 1][space.columns() + 1];
        int[][] back = new int[n + 1][space.columns() + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = space.low(i); j <= space.high(i); j++) {
                for (int t = 0; t < types.length; t++) {
                    int pi = i - types[t][0];
                    int pj = j - types[t][1];
                    if (space.contains(pi, pj) && cost[pi][pj] < Double.POSITIVE_INFINITY) {
                        double c = cost[pi][pj] + beadCost.cost(pi, types[t][0], pj, types[t][1]);
                        if (c < cost[i][j]) {
                            cost[i][j] = c;
                            back[i][j] = t;
                        }
                    }
                }
            }
        }
        java.util.LinkedList<BeadSearch.ScoredBead> path = new java.util.LinkedList<>();
        for (int i = n, j = space.columns(); i > 0 || j > 0; ) {
            int a = types[back[i][j]][0];
            int b = types[back[i][j]][1];
            path.addFirst(new BeadSearch.ScoredBead(i - a, a, j - b, b, cost[i][j] - cost[i - a][j - b], Double.NaN));
            i -= a;
            j -= b;
        }
        return path;
    }
}
