package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns a target text whose passages may stand in another order than in the source (a
 * translation cut into blocks that were moved, some sentences left out): the target is read in
 * order, and at any sentence the reading of the source may jump to any other place at a fixed
 * cost. Between jumps the beads are those of a translation (1-1, 1-2, 2-1, 2-2, 0-1) and each
 * source sentence may be left out at a cost; the reading may start and end anywhere in the source.
 * A pair the source order cannot explain thus needs a passage whose beads together save more than
 * the jump costs, which a single chance match does not. Each bead's confidence is its posterior
 * probability over every reading (forward-backward).
 *
 * <p>Dynamic programming over (target position, source position): time O(m · n · types); memory
 * per cell a float per bead type (the costs, worked out once), a byte of back pointer and two
 * doubles for the posteriors.
 */
final class MovedPassages {

    /** Bead types that read target sentences: {source count, target count}. */
    static final int[][] TYPES = {{0, 1}, {1, 1}, {1, 2}, {2, 1}, {2, 2}};
    private static final int MAX_TARGET = 2;

    /** A paired bead of the best reading and the probability that it is right. */
    record Pair(int srcStart, int srcCount, int tgtStart, int tgtCount, double posterior) {

        /** The index of the bead's type in {@link #TYPES}. */
        int type() {
            for (int t = 0; t < TYPES.length; t++) {
                if (TYPES[t][0] == srcCount && TYPES[t][1] == tgtCount) {
                    return t;
                }
            }
            throw new IllegalStateException("No bead type " + srcCount + "-" + tgtCount);
        }
    }

    private MovedPassages() {
    }

    /**
     * @param cost the cost of a bead of one of {@link #TYPES}
     * @param skip cost of leaving one source sentence out
     * @param jump cost of reading the source on from another place
     * @param temperature how sharply costs turn into probabilities
     * @return the paired beads of the cheapest reading, in target order, with their posteriors
     */
    static List<Pair> align(int n, int m, BeadSearch.BeadCost cost, double skip, double jump, double temperature) {
        return read(n, m, cost, skip, jump).withPosteriors(temperature);
    }

    /**
     * The cheapest reading alone, its pairs' posteriors not yet worked out (NaN): enough to judge
     * by its {@link #contrast} whether the reading is worth its forward-backward sums.
     */
    static Reading read(int n, int m, BeadSearch.BeadCost cost, double skip, double jump) {
        if (n == 0 || m == 0) {
            return new Reading(n, m, null, skip, jump, List.of());
        }
        Costs table = new Costs(n, m, cost);
        return new Reading(n, m, table, skip, jump, viterbi(n, m, table, skip, jump));
    }

    /** The cheapest reading of a pair of texts, and what its posteriors are worked out from. */
    static final class Reading {
        private final int n;
        private final int m;
        private final Costs costs;
        private final double skip;
        private final double jump;
        private final List<Pair> pairs;

        private Reading(int n, int m, Costs costs, double skip, double jump, List<Pair> pairs) {
            this.n = n;
            this.m = m;
            this.costs = costs;
            this.skip = skip;
            this.jump = jump;
            this.pairs = pairs;
        }

        /** The reading's paired beads in target order, posteriors NaN. */
        List<Pair> pairs() {
            return pairs;
        }

        /** The reading's pairs with their posteriors. */
        List<Pair> withPosteriors(double temperature) {
            return pairs.isEmpty() ? pairs : posteriors(n, m, costs, skip, jump, temperature, pairs);
        }
    }

    // Each column j (target sentences read) has three layers per source position i: arrived (by a
    // bead, or the start anywhere in column 0), skipped (source sentences left out since), and
    // ready (after an optional jump), from which the next bead starts. The reading ends ready
    // anywhere in column m.

    private static final byte FROM_SKIP = 0x10;
    private static final byte FROM_JUMP = 0x20;
    private static final byte TYPE_MASK = 0x0f;

    private static List<Pair> viterbi(int n, int m, Costs cost, double skip, double jump) {
        double[][] ready = new double[MAX_TARGET + 1][n + 1];
        byte[][] back = new byte[m + 1][n + 1];
        int[] jumpFrom = new int[m + 1];
        double[] arrived = new double[n + 1];
        for (int j = 0; j <= m; j++) {
            double[] here = ready[j % (MAX_TARGET + 1)];
            Arrays.fill(arrived, j == 0 ? 0 : Double.POSITIVE_INFINITY);
            for (int i = 0; i <= n; i++) {
                for (byte t = 0; t < TYPES.length; t++) {
                    int pi = i - TYPES[t][0];
                    int pj = j - TYPES[t][1];
                    if (pi < 0 || pj < 0) {
                        continue;
                    }
                    double c = ready[pj % (MAX_TARGET + 1)][pi] + cost.of(t, pi, pj);
                    if (c < arrived[i]) {
                        arrived[i] = c;
                        back[j][i] = t;
                    }
                }
            }
            // skipped, in place: source sentences left out after the arrival
            for (int i = 1; i <= n; i++) {
                if (arrived[i - 1] + skip < arrived[i]) {
                    arrived[i] = arrived[i - 1] + skip;
                    back[j][i] = FROM_SKIP;
                }
            }
            int best = 0;
            for (int i = 1; i <= n; i++) {
                if (arrived[i] < arrived[best]) {
                    best = i;
                }
            }
            jumpFrom[j] = best;
            for (int i = 0; i <= n; i++) {
                here[i] = arrived[i];
                if (arrived[best] + jump < arrived[i]) {
                    here[i] = arrived[best] + jump;
                    back[j][i] |= FROM_JUMP;
                }
            }
        }
        double[] last = ready[m % (MAX_TARGET + 1)];
        int end = 0;
        for (int i = 1; i <= n; i++) {
            if (last[i] < last[end]) {
                end = i;
            }
        }
        return traceBack(end, m, back, jumpFrom);
    }

    /** The paired beads of the cheapest reading that ends ready at (m, end), in target order. */
    private static List<Pair> traceBack(int end, int m, byte[][] back, int[] jumpFrom) {
        List<Pair> pairs = new ArrayList<>();
        int i = end;
        int j = m;
        while (j > 0) {
            if ((back[j][i] & FROM_JUMP) != 0) {
                i = jumpFrom[j];
            }
            while ((back[j][i] & ~FROM_JUMP) == FROM_SKIP) {
                i--;
            }
            int[] type = TYPES[back[j][i] & TYPE_MASK];
            if (type[0] > 0) {
                pairs.add(new Pair(i - type[0], type[0], j - type[1], type[1], Double.NaN));
            }
            i -= type[0];
            j -= type[1];
        }
        return pairs.reversed();
    }

    /**
     * How much better the pairs of a reading match than pairs just off it: the mean similarity of
     * its beads over that of the same source sentences with the target sentences 7 before, 7 and
     * 13 after, as {@link LexicalAligner}'s contrast; 0 without pairs or without such neighbours.
     */
    static double contrast(List<Pair> pairs, PairMatches matches, int m) {
        if (pairs.isEmpty()) {
            return 0;
        }
        double on = 0;
        double off = 0;
        int offCount = 0;
        for (Pair pair : pairs) {
            on += matches.similarity(pair.srcStart(), pair.srcCount(), pair.tgtStart(), pair.tgtCount());
            for (int shift : new int[] {-7, 7, 13}) {
                int t = pair.tgtStart() + shift;
                if (t >= 0 && t + pair.tgtCount() <= m) {
                    off += matches.similarity(pair.srcStart(), pair.srcCount(), t, pair.tgtCount());
                    offCount++;
                }
            }
        }
        if (offCount == 0) {
            return 0; // too short to have neighbours: nothing tells a moved passage from a translation in order
        }
        return on / pairs.size() / Math.max(off / offCount, 0.01);
    }

    /**
     * Forward-backward over every reading, each weighted by exp(-cost / temperature). Weights are
     * kept as plain numbers, each column scaled by its largest and the scale's logarithm kept
     * beside it, so that no logarithm or exponential is taken per cell beyond the bead's weight.
     */
    private static List<Pair> posteriors(int n, int m, Costs cost, double skip, double jump, double temperature, List<Pair> path) {
        double skipWeight = Math.exp(-skip / temperature);
        double jumpWeight = Math.exp(-jump / temperature);
        // The two sums are independent: the backward one is summed beside the forward one.
        ParallelTasks.Both<Scaled, Scaled> sums = ParallelTasks.both(() -> forward(n, m, cost, skipWeight, jumpWeight, temperature),
                () -> backward(n, m, cost, skipWeight, jumpWeight, temperature));
        Scaled forward = sums.first();
        Scaled backward = sums.second();
        double sum = 0;
        for (double v : forward.values()[m]) {
            sum += v;
        }
        double total = Math.log(sum) + forward.scale()[m];
        return path.stream().map(p -> {
            int end = p.tgtStart() + p.tgtCount();
            double log = forward.log(p.tgtStart(), p.srcStart()) - cost.of(p.type(), p.srcStart(), p.tgtStart()) / temperature
                    + backward.log(end, p.srcStart() + p.srcCount()) - total;
            return new Pair(p.srcStart(), p.srcCount(), p.tgtStart(), p.tgtCount(), Math.max(0, Math.min(1, Math.exp(log))));
        }).toList();
    }

    /** Summed weights per (target, source) position, each column divided by its largest, whose logarithm is its scale. */
    private record Scaled(double[][] values, double[] scale) {

        double log(int j, int i) {
            return Math.log(values[j][i]) + scale[j];
        }
    }

    /** The weights of the readings from the start to each position, ready for the next bead. */
    private static Scaled forward(int n, int m, Costs cost, double skipWeight, double jumpWeight, double temperature) {
        double[][] forward = new double[m + 1][n + 1];
        double[] forwardScale = new double[m + 1];
        Arrays.fill(forward[0], 1);
        for (int j = 1; j <= m; j++) {
            double[] column = forward[j];
            for (int t = 0; t < TYPES.length; t++) {
                int a = TYPES[t][0];
                int pj = j - TYPES[t][1];
                if (pj < 0) {
                    continue;
                }
                double factor = Math.exp(forwardScale[pj] - forwardScale[j - 1]);
                double[] previous = forward[pj];
                for (int i = a; i <= n; i++) {
                    column[i] += previous[i - a] * factor * Math.exp(-cost.of(t, i - a, pj) / temperature);
                }
            }
            for (int i = 1; i <= n; i++) {
                column[i] += column[i - 1] * skipWeight;
            }
            double all = 0;
            for (double v : column) {
                all += v;
            }
            for (int i = 0; i <= n; i++) {
                column[i] += all * jumpWeight;
            }
            forwardScale[j] = forwardScale[j - 1] + normalise(column);
        }
        return new Scaled(forward, forwardScale);
    }

    /** The weights of the readings from each position, just arrived by a bead, to the end. */
    private static Scaled backward(int n, int m, Costs cost, double skipWeight, double jumpWeight, double temperature) {
        double[][] backward = new double[m + 1][n + 1];
        double[] backwardScale = new double[m + 1];
        double[] fromReady = new double[n + 1];
        for (int j = m; j >= 0; j--) {
            double base = j == m ? 0 : backwardScale[j + 1];
            Arrays.fill(fromReady, j == m ? 1 : 0);
            for (int t = 0; t < TYPES.length; t++) {
                int a = TYPES[t][0];
                int nj = j + TYPES[t][1];
                if (nj > m) {
                    continue;
                }
                double factor = Math.exp(backwardScale[nj] - base);
                double[] next = backward[nj];
                for (int i = 0; i + a <= n; i++) {
                    fromReady[i] += next[i + a] * factor * Math.exp(-cost.of(t, i, j) / temperature);
                }
            }
            double all = 0;
            for (double v : fromReady) {
                all += v;
            }
            double[] column = backward[j];
            double next = 0;
            for (int i = n; i >= 0; i--) {
                next = fromReady[i] + all * jumpWeight + next * skipWeight;
                column[i] = next;
            }
            backwardScale[j] = base + normalise(column);
        }
        return new Scaled(backward, backwardScale);
    }

    /** Divides the values by their largest and returns its logarithm. */
    private static double normalise(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, v);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= largest;
        }
        return Math.log(largest);
    }

    /** Every bead's cost, worked out once for the three passes: by type, then target start, then source start. */
    private static final class Costs {
        private final float[][][] table;

        Costs(int n, int m, BeadSearch.BeadCost cost) {
            List<java.util.concurrent.Callable<float[][]>> types = new ArrayList<>();
            for (int[] type : TYPES) {
                types.add(() -> costs(n, m, cost, type[0], type[1]));
            }
            table = ParallelTasks.run(types, done -> { }).toArray(float[][][]::new);
        }

        private static float[][] costs(int n, int m, BeadSearch.BeadCost cost, int a, int b) {
            float[][] rows = new float[m][];
            for (int j = 0; j + b <= m; j++) {
                float[] row = new float[n - a + 1];
                for (int i = 0; i + a <= n; i++) {
                    row[i] = (float) cost.cost(i, a, j, b);
                }
                rows[j] = row;
            }
            return rows;
        }

        /** The cost of a bead of type {@code type} starting at source i and target j; the bead must fit in the texts. */
        double of(int type, int i, int j) {
            return table[type][j][i];
        }
    }
}
