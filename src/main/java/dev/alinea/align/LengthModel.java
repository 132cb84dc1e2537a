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

    /**
     * Fits ratio and variance on the 1-1 beads of an alignment; returns {@code fallback} when there
     * are too few of them to trust.
     */
    static LengthModel fit(List<Bead> beads, int[] srcLengths, int[] tgtLengths, LengthModel fallback) {
        long srcTotal = 0;
        long tgtTotal = 0;
        int count = 0;
        for (Bead bead : beads) {
            if (bead.srcCount() == 1 && bead.tgtCount() == 1 && srcLengths[bead.srcStart()] > 0) {
                srcTotal += srcLengths[bead.srcStart()];
                tgtTotal += tgtLengths[bead.tgtStart()];
                count++;
            }
        }
        if (count < 5 || tgtTotal == 0) {
            return fallback;
        }
        double ratio = (double) tgtTotal / srcTotal;
        double squares = 0;
        for (Bead bead : beads) {
            if (bead.srcCount() == 1 && bead.tgtCount() == 1 && srcLengths[bead.srcStart()] > 0) {
                double s = srcLengths[bead.srcStart()];
                double deviation = tgtLengths[bead.tgtStart()] - ratio * s;
                squares += deviation * deviation / s;
            }
        }
        double variance = squares / count;
        // Keep the variance within a sane range of the ratio-scaled default: a handful of beads can
        // make it collapse (every sentence then looks like an omission) or explode.
        double base = fallback.variance() / fallback.ratio() * ratio;
        variance = Math.max(base / 4, Math.min(base * 4, variance));
        return new LengthModel(ratio, variance);
    }
}
