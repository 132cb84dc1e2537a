package dev.alinea.align;

import java.util.List;

/**
 * Gale–Church's model of translated lengths: a target sentence run is expected to be
 * {@code ratio} times as long as its source run, with a variance of {@code variance} target units
 * squared per source unit.
 *
 * @param ratio expected target length per unit of source length, &gt; 0
 * @param variance variance of the target length per unit of source length, &gt; 0
 */
record LengthModel(double ratio, double variance) {

    private static final double MAX_COST = 50;
    private static final double CHI_SQUARE_1_MEDIAN = 0.455;

    /**
     * The cost of a source run of {@code srcLength} aligned to a target run of {@code tgtLength}:
     * {@code -ln} of the two-sided probability of a length difference at least this large; 0 for two
     * empty runs, at most {@value #MAX_COST}.
     */
    double lengthCost(int srcLength, int tgtLength) {
        if (srcLength == 0 && tgtLength == 0) {
            return 0;
        }
        double mean = (srcLength + tgtLength / ratio) / 2;
        double z = (tgtLength - ratio * srcLength) / Math.sqrt(variance * Math.max(mean, 1));
        return Math.min(MAX_COST, -Normal.logTwoSidedTail(Math.abs(z)));
    }

    /** Gale and Church's variance per source character for European language pairs of ratio 1. */
    static final double BASE_VARIANCE = 6.8;

    /** The model whose ratio is the pair's total length ratio, with Gale and Church's variance scaled to it. */
    static LengthModel fromTotals(int[] srcLengths, int[] tgtLengths) {
        long src = 0;
        long tgt = 0;
        for (int l : srcLengths) {
            src += l;
        }
        for (int l : tgtLengths) {
            tgt += l;
        }
        double ratio = Math.max(1e-3, (double) tgt / Math.max(1, src));
        return new LengthModel(ratio, BASE_VARIANCE * ratio);
    }

    /**
     * Fits ratio and variance on the 1-1 beads of an alignment, robustly (medians), so that the few
     * wrong beads of a first pass do not drag the model towards them. Returns {@code fallback} when
     * there are fewer than five 1-1 beads to fit on.
     */
    static LengthModel fit(List<Bead> beads, int[] srcLengths, int[] tgtLengths, LengthModel fallback) {
        List<int[]> pairs = beads.stream()
                .filter(b -> b.srcCount() == 1 && b.tgtCount() == 1 && srcLengths[b.srcStart()] > 0 && tgtLengths[b.tgtStart()] > 0)
                .map(b -> new int[] {srcLengths[b.srcStart()], tgtLengths[b.tgtStart()]})
                .toList();
        if (pairs.size() < 5) {
            return fallback;
        }
        double ratio = median(pairs.stream().mapToDouble(p -> (double) p[1] / p[0]).toArray());
        double[] scaledSquares = pairs.stream().mapToDouble(p -> {
            double deviation = p[1] - ratio * p[0];
            return deviation * deviation / p[0];
        }).toArray();
        // The median of a chi-square variable with one degree of freedom is 0.455 times its mean.
        double variance = median(scaledSquares) / CHI_SQUARE_1_MEDIAN;
        // Keep the variance within a sane range of the ratio-scaled default: a handful of beads can
        // make it collapse (every sentence then looks like an omission) or explode.
        double base = fallback.variance() / fallback.ratio() * ratio;
        variance = Math.max(base / 4, Math.min(base * 4, variance));
        return new LengthModel(ratio, variance);
    }

    /** {@code prefix[k]} = sum of the first k values; {@code prefix.length} = values.length + 1. */
    static int[] prefixSums(int[] values) {
        int[] prefix = new int[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            prefix[k + 1] = prefix[k] + values[k];
        }
        return prefix;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
