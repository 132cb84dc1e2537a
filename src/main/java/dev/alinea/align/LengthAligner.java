package dev.alinea.align;

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
        int[] srcPrefix = LengthModel.prefixSums(src);
        int[] tgtPrefix = LengthModel.prefixSums(tgt);
        int n = src.length;
        int m = tgt.length;
        SearchSpace space = SearchSpace.diagonal(n, m, Math.max(100, Math.max(n, m) / 4 + Math.abs(n - m)));
        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, BEAD_TYPES, (i, a, j, b) -> PRIOR_COSTS[typeIndex(a, b)]
                + beadLengthCost(typeIndex(a, b), model, srcPrefix[i + a] - srcPrefix[i], tgtPrefix[j + b] - tgtPrefix[j]));
        return path.stream().map(bead -> {
            int type = typeIndex(bead.srcCount(), bead.tgtCount());
            double lengthCost = beadLengthCost(type, model, srcPrefix[bead.srcStart() + bead.srcCount()] - srcPrefix[bead.srcStart()],
                    tgtPrefix[bead.tgtStart() + bead.tgtCount()] - tgtPrefix[bead.tgtStart()]);
            return new Bead(bead.srcStart(), bead.srcCount(), bead.tgtStart(), bead.tgtCount(), confidence(type, lengthCost));
        }).toList();
    }

    private static int typeIndex(int a, int b) {
        for (int t = 0; t < BEAD_TYPES.length; t++) {
            if (BEAD_TYPES[t][0] == a && BEAD_TYPES[t][1] == b) {
                return t;
            }
        }
        throw new IllegalArgumentException("No bead type " + a + "-" + b);
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
}
