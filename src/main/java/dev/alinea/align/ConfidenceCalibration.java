package dev.alinea.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How often beads of each confidence are right: beads are put in confidence bins and counted as
 * correct when the gold standard has exactly the same bead. A calibrated aligner's beads of
 * confidence 0.9 and above are right at least 90% of the time.
 */
public final class ConfidenceCalibration {

    /** Lower bounds of the bins, ascending; the last bin ends at 1 inclusive. */
    private static final double[] BOUNDS = {0, 0.5, 0.7, 0.8, 0.9, 0.95};

    private final int[] beads = new int[BOUNDS.length];
    private final int[] correct = new int[BOUNDS.length];

    /** One bin of the table. */
    public record Bin(double from, double to, int beads, int correct) {

        /** Share of the bin's beads that are correct, in [0, 1]; 0 for an empty bin. */
        public double precision() {
            return beads == 0 ? 0 : (double) correct / beads;
        }
    }

    /** Counts the test beads of one file against its gold beads. */
    public void add(List<Bead> test, List<BeadIds> gold) {
        Set<BeadIds> reference = new HashSet<>(gold);
        for (Bead bead : test) {
            int bin = bin(bead.confidence());
            beads[bin]++;
            if (reference.contains(BeadIds.of(bead))) {
                correct[bin]++;
            }
        }
    }

    public List<Bin> bins() {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BOUNDS.length; b++) {
            bins.add(new Bin(BOUNDS[b], b + 1 < BOUNDS.length ? BOUNDS[b + 1] : 1, beads[b], correct[b]));
        }
        return bins;
    }

    /** The beads with confidence at least {@code threshold} (one of the bin bounds), as one bin. */
    public Bin atLeast(double threshold) {
        int total = 0;
        int right = 0;
        for (int b = 0; b < BOUNDS.length; b++) {
            if (BOUNDS[b] >= threshold) {
                total += beads[b];
                right += correct[b];
            }
        }
        return new Bin(threshold, 1, total, right);
    }

    private static int bin(double confidence) {
        for (int b = BOUNDS.length - 1; b > 0; b--) {
            if (confidence >= BOUNDS[b]) {
                return b;
            }
        }
        return 0;
    }
}
