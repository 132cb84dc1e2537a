package dev.alinea.align;

import java.util.StringJoiner;

/**
 * One aligned unit between a source and a target document: a run of source sentences and a run of
 * target sentences (either may be empty, never both).
 *
 * @param srcStart index of the first source sentence
 * @param srcCount number of source sentences, 0 for an addition (0-1)
 * @param tgtStart index of the first target sentence
 * @param tgtCount number of target sentences, 0 for an omission (1-0)
 * @param confidence how likely the bead is right, in [0, 1]
 */
public record Bead(int srcStart, int srcCount, int tgtStart, int tgtCount, double confidence) {

    public Bead {
        if (srcStart < 0 || tgtStart < 0 || srcCount < 0 || tgtCount < 0 || srcCount + tgtCount == 0) {
            throw new IllegalArgumentException("A bead needs non-negative positions and at least one sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be in [0, 1], was " + confidence);
        }
    }

    public int srcEnd() {
        return srcStart + srcCount;
    }

    public int tgtEnd() {
        return tgtStart + tgtCount;
    }

    /** The bead type as "source-target" counts, e.g. {@code 2-1} or {@code 1-0}. */
    public String type() {
        return srcCount + "-" + tgtCount;
    }

    /** The bead in the gold-standard notation: {@code [0,1]:[0]}, {@code [5]:[]}. */
    public String format() {
        return indexes(srcStart, srcCount) + ":" + indexes(tgtStart, tgtCount);
    }

    private static String indexes(int start, int count) {
        var joiner = new StringJoiner(",", "[", "]");
        for (int i = start; i < start + count; i++) {
            joiner.add(Integer.toString(i));
        }
        return joiner.toString();
    }
}
