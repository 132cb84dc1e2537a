package dev.alinea.align;

import java.util.Arrays;

/**
 * Prefix maxima over target positions (a Fenwick tree), for chains increasing on both sides: the
 * best chain ending at or before a target, by the index of its last element.
 */
final class PrefixMax {
    private final double[] value;
    private final int[] index;

    PrefixMax(int size) {
        value = new double[size + 1];
        index = new int[size + 1];
        Arrays.fill(value, Double.NEGATIVE_INFINITY);
        Arrays.fill(index, -1);
    }

    void offer(int target, double score, int at) {
        for (int k = target + 1; k < value.length; k += k & -k) {
            if (score > value[k]) {
                value[k] = score;
                index[k] = at;
            }
        }
    }

    /** The chain end with the highest score among targets [0, target]; -1 if none. */
    int argMax(int target) {
        double bestValue = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int k = target + 1; k > 0; k -= k & -k) {
            if (value[k] > bestValue) {
                bestValue = value[k];
                best = index[k];
            }
        }
        return best;
    }
}
