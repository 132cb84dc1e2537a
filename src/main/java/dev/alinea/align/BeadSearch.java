package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

/**
 * Dynamic programming over bead types within a {@link SearchSpace}: finds the sequence of beads
 * from (0, 0) to (n, m) with the lowest total cost. Time and memory are linear in the number of
 * cells of the space times the number of bead types.
 */
final class BeadSearch {

    /** The cost of a bead covering source sentences [i, i + a) and target sentences [j, j + b); infinite to forbid it. */
    interface BeadCost {
        double cost(int i, int a, int j, int b);
    }

    /**
     * A bead found by the search.
     *
     * @param cost the bead's own cost
     * @param posterior the probability that the bead is part of the alignment, in [0, 1], when costs
     *        are read as energies at a temperature (see {@link #posteriors}); NaN until computed
     */
    record ScoredBead(int srcStart, int srcCount, int tgtStart, int tgtCount, double cost, double posterior) {

        ScoredBead withPosterior(double value) {
            return new ScoredBead(srcStart, srcCount, tgtStart, tgtCount, cost, value);
        }
    }

    /** Least cells a block of rows must have for its bead costs to be worked out on several threads. */
    private static final long PARALLEL_CELLS = 20_000;
    /** Most bead costs of a block of rows that {@link #search} works out ahead (16 MB of doubles). */
    private static final long BLOCK_COSTS = 2_000_000;

    private BeadSearch() {
    }

    /**
     * A cost function that computes each bead's cost once and remembers it, for searches that
     * visit the same space several times (best path, then forward and backward sums). The costs of
     * every bead that starts and ends in the space are worked out at once, rows in parallel (the
     * cost function must be thread-safe); beads must start at a cell of the space and be of one of
     * the types.
     */
    static BeadCost remembering(SearchSpace space, int[][] types, BeadCost cost) {
        float[][] memory = new float[space.rows() + 1][];
        forRows(space, 0, space.rows() + 1, i -> {
            float[] row = new float[space.width(i) * types.length];
            rowCosts(space, types, cost, i, (slot, value) -> row[slot] = (float) value);
            memory[i] = row;
        });
        return new Remembered(space, types.length, typeIndex(types), memory, cost);
    }

    /** Bead costs by start cell and type, worked out in advance; NaN for a bead that ends outside the space, worked out when asked. */
    private record Remembered(SearchSpace space, int typeCount, int[][] typeIndex, float[][] memory, BeadCost cost) implements BeadCost {

        @Override
        public double cost(int i, int a, int j, int b) {
            float remembered = memory[i][(j - space.low(i)) * typeCount + typeIndex[a][b]];
            return Float.isNaN(remembered) ? (float) cost.cost(i, a, j, b) : remembered;
        }
    }

    private static int[][] typeIndex(int[][] types) {
        int maxA = Arrays.stream(types).mapToInt(t -> t[0]).max().orElse(0);
        int maxB = Arrays.stream(types).mapToInt(t -> t[1]).max().orElse(0);
        int[][] typeIndex = new int[maxA + 1][maxB + 1];
        for (int t = 0; t < types.length; t++) {
            typeIndex[types[t][0]][types[t][1]] = t;
        }
        return typeIndex;
    }

    /** Runs {@code row} once for each row of [from, to): in pieces on all cores when the rows have many cells. */
    private static void forRows(SearchSpace space, int from, int to, IntConsumer row) {
        long cells = 0;
        for (int i = from; i < to; i++) {
            cells += space.width(i);
        }
        int pieces = cells < PARALLEL_CELLS ? 1 : (int) Math.min(to - from, 4L * Runtime.getRuntime().availableProcessors());
        if (pieces <= 1) {
            for (int i = from; i < to; i++) {
                row.accept(i);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < pieces; p++) {
            int start = from + (int) ((long) (to - from) * p / pieces);
            int end = from + (int) ((long) (to - from) * (p + 1) / pieces);
            tasks.add(() -> {
                for (int i = start; i < end; i++) {
                    row.accept(i);
                }
                return null;
            });
        }
        ParallelTasks.run(tasks, done -> { });
    }

    /**
     * Works out the costs of the beads that start in rows [from, to) and end in the space, on all
     * cores, into {@code rows[i][(j - low(i)) * types + t]}; NaN for the beads that end outside.
     */
    private static void costRows(SearchSpace space, int[][] types, BeadCost beadCost, int from, int to, double[][] rows) {
        forRows(space, from, to, i -> {
            double[] row = new double[space.width(i) * types.length];
            rowCosts(space, types, beadCost, i, (slot, value) -> row[slot] = value);
            rows[i] = row;
        });
    }

    /** Receives the cost of the bead in a slot of a row. */
    private interface SlotCost {
        void accept(int slot, double cost);
    }

    /** Tells the cost of each bead that starts in row i, at slot {@code (j - low(i)) * types + t}: NaN for one that ends outside the space. */
    private static void rowCosts(SearchSpace space, int[][] types, BeadCost beadCost, int i, SlotCost row) {
        int low = space.low(i);
        for (int j = low; j <= space.high(i); j++) {
            for (int t = 0; t < types.length; t++) {
                int a = types[t][0];
                int b = types[t][1];
                row.accept((j - low) * types.length + t, space.contains(i + a, j + b) ? beadCost.cost(i, a, j, b) : Double.NaN);
            }
        }
    }

    /**
     * @param types bead types as {source count, target count} pairs; must include {1, 0} and {0, 1}
     *        so that every space has a path
     * @param beadCost asked for every bead that starts and ends in the space, from several threads at once: must be thread-safe
     * @return the cheapest path's beads in order
     */
    static List<ScoredBead> search(SearchSpace space, int[][] types, BeadCost beadCost) {
        int n = space.rows();
        int m = space.columns();
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            cost[i] = new double[space.width(i)];
            back[i] = new byte[space.width(i)];
            Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
            Arrays.fill(back[i], (byte) -1);
        }
        cost[0][0] = 0;
        // The bead costs, most of the work, are worked out ahead in blocks of rows on all cores (the
        // same values as asked one by one, so the path does not change); the search then reads them.
        boolean remembered = beadCost instanceof Remembered;
        int maxA = Arrays.stream(types).mapToInt(t -> t[0]).max().orElse(0);
        double[][] beadCosts = new double[n + 1][];
        int blockEnd = 0;
        for (int i = 0; i <= n; i++) {
            if (!remembered && i == blockEnd) {
                // Rows no bead ending from here on starts in are let go.
                for (int r = i - maxA - 1; r >= 0 && beadCosts[r] != null; r--) {
                    beadCosts[r] = null;
                }
                long costs = 0;
                while (blockEnd <= n && (blockEnd == i || costs + (long) space.width(blockEnd) * types.length <= BLOCK_COSTS)) {
                    costs += (long) space.width(blockEnd) * types.length;
                    blockEnd++;
                }
                costRows(space, types, beadCost, i, blockEnd, beadCosts);
            }
            int low = space.low(i);
            for (int j = low; j <= space.high(i); j++) {
                double best = cost[i][j - low];
                byte bestType = back[i][j - low];
                for (byte t = 0; t < types.length; t++) {
                    int pi = i - types[t][0];
                    int pj = j - types[t][1];
                    if (!space.contains(pi, pj)) {
                        continue;
                    }
                    double previous = cost[pi][pj - space.low(pi)];
                    if (previous == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = previous + (remembered ? beadCost.cost(pi, types[t][0], pj, types[t][1])
                            : beadCosts[pi][(pj - space.low(pi)) * types.length + t]);
                    if (c < best) {
                        best = c;
                        bestType = t;
                    }
                }
                cost[i][j - low] = best;
                back[i][j - low] = bestType;
            }
        }
        return traceBack(space, types, cost, back);
    }

    /**
     * The posterior probability of each bead of a path, by the forward-backward algorithm over all
     * paths of the space, each weighted by {@code exp(-cost / temperature)}. A bead that every
     * competing path also takes gets a posterior near 1; one that many cheap alternatives
     * contradict gets less.
     */
    static List<ScoredBead> posteriors(SearchSpace space, int[][] types, BeadCost beadCost, List<ScoredBead> path, double temperature) {
        int n = space.rows();
        // The two sums are independent: the backward one is summed beside the forward one.
        ParallelTasks.Both<double[][], double[][]> sums = ParallelTasks.both(() -> forward(space, types, beadCost, temperature),
                () -> backward(space, types, beadCost, temperature));
        double[][] forward = sums.first();
        double[][] backward = sums.second();
        double total = forward[n][space.columns() - space.low(n)];
        return path.stream().map(bead -> {
            double logPosterior = forward[bead.srcStart()][bead.tgtStart() - space.low(bead.srcStart())] - bead.cost() / temperature
                    + backward[bead.srcStart() + bead.srcCount()][bead.tgtStart() + bead.tgtCount() - space.low(bead.srcStart() + bead.srcCount())]
                    - total;
            return bead.withPosterior(Math.max(0, Math.min(1, Math.exp(logPosterior))));
        }).toList();
    }

    /** Log of the summed weights of the paths from (0, 0) to each cell. */
    private static double[][] forward(SearchSpace space, int[][] types, BeadCost beadCost, double temperature) {
        int n = space.rows();
        double[][] forward = newTable(space);
        forward[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = space.low(i); j <= space.high(i); j++) {
                for (int[] type : types) {
                    int pi = i - type[0];
                    int pj = j - type[1];
                    if (space.contains(pi, pj) && forward[pi][pj - space.low(pi)] > Double.NEGATIVE_INFINITY) {
                        double value = forward[pi][pj - space.low(pi)] - beadCost.cost(pi, type[0], pj, type[1]) / temperature;
                        forward[i][j - space.low(i)] = logAdd(forward[i][j - space.low(i)], value);
                    }
                }
            }
        }
        return forward;
    }

    /** Log of the summed weights of the paths from each cell to (n, m). */
    private static double[][] backward(SearchSpace space, int[][] types, BeadCost beadCost, double temperature) {
        int n = space.rows();
        double[][] backward = newTable(space);
        backward[n][space.columns() - space.low(n)] = 0;
        for (int i = n; i >= 0; i--) {
            for (int j = space.high(i); j >= space.low(i); j--) {
                for (int[] type : types) {
                    int ni = i + type[0];
                    int nj = j + type[1];
                    if (space.contains(ni, nj) && backward[ni][nj - space.low(ni)] > Double.NEGATIVE_INFINITY) {
                        double value = backward[ni][nj - space.low(ni)] - beadCost.cost(i, type[0], j, type[1]) / temperature;
                        backward[i][j - space.low(i)] = logAdd(backward[i][j - space.low(i)], value);
                    }
                }
            }
        }
        return backward;
    }

    private static double[][] newTable(SearchSpace space) {
        double[][] table = new double[space.rows() + 1][];
        for (int i = 0; i <= space.rows(); i++) {
            table[i] = new double[space.width(i)];
            Arrays.fill(table[i], Double.NEGATIVE_INFINITY);
        }
        return table;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    private static List<ScoredBead> traceBack(SearchSpace space, int[][] types, double[][] cost, byte[][] back) {
        List<ScoredBead> beads = new ArrayList<>();
        int i = space.rows();
        int j = space.columns();
        while (i > 0 || j > 0) {
            byte t = back[i][j - space.low(i)];
            if (t < 0) {
                throw new IllegalStateException("No alignment path reaches (" + i + ", " + j + ")");
            }
            int a = types[t][0];
            int b = types[t][1];
            double own = cost[i][j - space.low(i)] - cost[i - a][j - b - space.low(i - a)];
            beads.add(new ScoredBead(i - a, a, j - b, b, own, Double.NaN));
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }
}
