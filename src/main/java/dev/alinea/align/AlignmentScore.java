package dev.alinea.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of a test alignment against a gold one, exactly as
 * Vecalign's {@code score.py} computes them (the metric of ../shared/gold/README.md): counts are
 * summed over files with {@link #plus}, and the ratios are taken from the sums.
 *
 * <p>Precision counts every non-empty test bead (omissions and additions included); recall swaps
 * the roles and counts only beads with two non-empty sides. A bead is a strict hit when the same
 * bead is in the reference; a lax hit when its target sentences overlap the reference targets of
 * its source sentences.
 */
public record AlignmentScore(Counts precision, Counts recall) {

    /** True and false positives, strict and lax. */
    public record Counts(int strictHits, int strictMisses, int laxHits, int laxMisses) {

        Counts plus(Counts other) {
            return new Counts(strictHits + other.strictHits, strictMisses + other.strictMisses,
                    laxHits + other.laxHits, laxMisses + other.laxMisses);
        }

        double strict() {
            return ratio(strictHits, strictMisses);
        }

        double lax() {
            return ratio(laxHits, laxMisses);
        }

        private static double ratio(int hits, int misses) {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }

    public static final AlignmentScore ZERO = new AlignmentScore(new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0));

    /** Scores one file's test beads against its gold beads. */
    public static AlignmentScore of(List<BeadIds> gold, List<BeadIds> test) {
        Counts precision = counts(gold, test);
        Counts recall = counts(test.stream().filter(BeadIds::hasBothSides).toList(), gold.stream().filter(BeadIds::hasBothSides).toList());
        return new AlignmentScore(precision, recall);
    }

    /** The counts of two sets of files together. */
    public AlignmentScore plus(AlignmentScore other) {
        return new AlignmentScore(precision.plus(other.precision), recall.plus(other.recall));
    }

    public double strictPrecision() {
        return precision.strict();
    }

    public double strictRecall() {
        return recall.strict();
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxPrecision() {
        return precision.lax();
    }

    public double laxRecall() {
        return recall.lax();
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Counts counts(List<BeadIds> reference, List<BeadIds> hypothesis) {
        Set<BeadIds> ref = withoutEmpty(reference);
        Map<Integer, List<Integer>> targetsOfSource = new HashMap<>();
        for (BeadIds bead : ref) {
            bead.source().forEach(id -> targetsOfSource.put(id, bead.target()));
        }
        int strictHits = 0;
        int strictMisses = 0;
        int laxHits = 0;
        int laxMisses = 0;
        for (BeadIds bead : withoutEmpty(hypothesis)) {
            if (ref.contains(bead)) {
                strictHits++;
                laxHits++;
                continue;
            }
            strictMisses++;
            Set<Integer> referenceTargets = new HashSet<>();
            bead.source().forEach(id -> referenceTargets.addAll(targetsOfSource.getOrDefault(id, List.of())));
            if (bead.target().stream().anyMatch(referenceTargets::contains)) {
                laxHits++;
            } else {
                laxMisses++;
            }
        }
        return new Counts(strictHits, strictMisses, laxHits, laxMisses);
    }

    private static Set<BeadIds> withoutEmpty(List<BeadIds> beads) {
        Set<BeadIds> set = new LinkedHashSet<>();
        beads.stream().filter(b -> !b.isEmpty()).forEach(set::add);
        return set;
    }
}
