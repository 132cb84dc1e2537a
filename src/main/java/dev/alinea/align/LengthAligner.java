package dev.alinea.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Gale–Church length-based aligner. The expected length ratio of the pair and the variance of
 * the target length are estimated from the two texts themselves (first from their totals, then
 * again from the confident 1-1 beads of a first pass), so that the same code serves zh-en, where
 * one Chinese character stands for about three English ones, and en-id.
 *
 * <p>The search is dynamic programming over bead types 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 in a band
 * around the diagonal, wide enough for the insertions and omissions of real translations.
 */
public final class LengthAligner implements SentenceAligner {

    private static final int[][] BEAD_TYPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    /** Prior probabilities of the bead types above (Gale and Church 1993, pairs split evenly). */
    private static final double[] PRIORS = {0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2, 0.011};
    private static final double[] PRIOR_COSTS = new double[PRIORS.length];
    private static final double INFINITY = Double.POSITIVE_INFINITY;
    /** Gale and Church's variance per source character for European language pairs of ratio 1. */
    private static final double BASE_VARIANCE = 6.8;

    static {
        for (int t = 0; t < PRIORS.length; t++) {
            PRIOR_COSTS[t] = -Math.log(PRIORS[t]);
        }
    }

    @Override
    public List<Bead> align(List<String> source, List<String> target) {
        int[] srcLengths = lengths(source);
        int[] tgtLengths = lengths(target);
        double ratio = Math.max(1e-3, (double) sum(tgtLengths) / Math.max(1, sum(srcLengths)));
        LengthModel initial = new LengthModel(ratio, BASE_VARIANCE * ratio);
        LengthModel model = initial;
        List<Bead> beads = search(srcLengths, tgtLengths, model);
        // Re-estimate the model on the 1-1 beads of the previous pass: totals are skewed by any
        // stretch of text that only one version has. Two refits settle it in practice.
        for (int pass = 0; pass < 2; pass++) {
            LengthModel refined = LengthModel.fit(beads, srcLengths, tgtLengths, initial);
            if (refined.equals(model)) {
                break;
            }
            model = refined;
            beads = search(srcLengths, tgtLengths, model);
        }
        return beads;
    }

    /** Length of a sentence in code points, whitespace excluded, so that scripts without spaces compare fairly. */
    static int length(String sentence) {
        return (int) sentence.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    }

    private static int[] lengths(List<String> sentences) {
        return sentences.stream().mapToInt(LengthAligner::length).toArray();
    }

    private static long sum(int[] values) {
        long total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static List<Bead> search(int[] src, int[] tgt, LengthModel model) {
        int n = src.length;
        int m = tgt.length;
        Band band = new Band(n, m);
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            cost[i] = new double[band.width(i)];
            back[i] = new byte[band.width(i)];
            java.util.Arrays.fill(cost[i], INFINITY);
        }
        cost[0][0 - band.low(0)] = 0;
        int[] srcPrefix = prefixSums(src);
        int[] tgtPrefix = prefixSums(tgt);
        for (int i = 0; i <= n; i++) {
            for (int j = band.low(i); j <= band.high(i); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = INFINITY;
                byte bestType = -1;
                for (byte t = 0; t < BEAD_TYPES.length; t++) {
                    int pi = i - BEAD_TYPES[t][0];
                    int pj = j - BEAD_TYPES[t][1];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double previous = cost[pi][pj - band.low(pi)];
                    if (previous == INFINITY) {
                        continue;
                    }
                    double c = previous + PRIOR_COSTS[t] + beadLengthCost(t, model, srcPrefix[i] - srcPrefix[pi], tgtPrefix[j] - tgtPrefix[pj]);
                    if (c < best) {
                        best = c;
                        bestType = t;
                    }
                }
                cost[i][j - band.low(i)] = best;
                back[i][j - band.low(i)] = bestType;
            }
        }
        return traceBack(back, band, n, m, srcPrefix, tgtPrefix, model);
    }

    private static List<Bead> traceBack(byte[][] back, Band band, int n, int m, int[] srcPrefix, int[] tgtPrefix, LengthModel model) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte t = back[i][j - band.low(i)];
            if (t < 0) {
                throw new IllegalStateException("No alignment path within the search band at (" + i + ", " + j + ")");
            }
            int a = BEAD_TYPES[t][0];
            int b = BEAD_TYPES[t][1];
            double lengthCost = beadLengthCost(t, model, srcPrefix[i] - srcPrefix[i - a], tgtPrefix[j] - tgtPrefix[j - b]);
            beads.add(new Bead(i - a, a, j - b, b, confidence(t, lengthCost)));
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }

    /**
     * The length part of a bead's cost. An omission or addition costs its prior alone: Gale and
     * Church also charge it the improbability of its length against zero, which makes long omitted
     * sentences so expensive that they get glued onto a neighbour as a 2-1 bead instead.
     */
    private static double beadLengthCost(int type, LengthModel model, int srcLength, int tgtLength) {
        return BEAD_TYPES[type][0] == 0 || BEAD_TYPES[type][1] == 0 ? 0 : model.lengthCost(srcLength, tgtLength);
    }

    /**
     * A length-only confidence: the probability of a length difference at least this large for a
     * true bead of this type, weighted by how often the type is right. Omissions and additions are
     * never confident on length evidence alone.
     */
    private static double confidence(int type, double lengthCost) {
        double lengthProbability = Math.exp(-lengthCost);
        double typeWeight = switch (type) {
            case 0 -> 1.0;
            case 1, 2 -> 0.3;
            case 5 -> 0.6;
            default -> 0.8;
        };
        return Math.max(0, Math.min(1, lengthProbability * typeWeight));
    }

    private static int[] prefixSums(int[] values) {
        int[] prefix = new int[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            prefix[k + 1] = prefix[k] + values[k];
        }
        return prefix;
    }

    /** The cells of the DP matrix searched: a diagonal band wide enough for long insertions. */
    private record Band(int n, int m, int halfWidth) {

        Band(int n, int m) {
            this(n, m, Math.max(100, Math.max(n, m) / 4 + Math.abs(n - m)));
        }

        int center(int i) {
            return n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }

        int low(int i) {
            return i == 0 ? 0 : Math.max(0, center(i) - halfWidth);
        }

        int high(int i) {
            return i == n ? m : Math.min(m, center(i) + halfWidth);
        }

        int width(int i) {
            return high(i) - low(i) + 1;
        }

        boolean contains(int i, int j) {
            return j >= low(i) && j <= high(i);
        }
    }
}
