package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Which content items of two sentences find a counterpart in each other, for every sentence pair
 * a search can put in one bead. Items are bits of a long (items past 64 share bits), so that the
 * similarity of a many-to-many bead is a few ORs and popcounts.
 */
final class PairMatches {

    /** The most sentences one side of a bead can hold. */
    static final int MAX_BEAD_SIDE = 4;
    /** Least source sentences per piece when a long text's matches are worked out in pieces. */
    private static final int PIECE_SENTENCES = 1000;

    private final SideFeatures source;
    private final SideFeatures target;
    private final int[] firstTarget;
    private final long[][] sourceBits;
    private final long[][] targetBits;

    private PairMatches(SideFeatures source, SideFeatures target, int[] firstTarget, long[][] sourceBits, long[][] targetBits) {
        this.source = source;
        this.target = target;
        this.firstTarget = firstTarget;
        this.sourceBits = sourceBits;
        this.targetBits = targetBits;
    }

    static PairMatches compute(SearchSpace space, SideFeatures source, SideFeatures target, int keyCount) {
        int n = source.sentences();
        int[] firstTarget = new int[n];
        long[][] sourceBits = new long[n][];
        long[][] targetBits = new long[n][];
        // Each source sentence's row is its own: long texts are done in pieces on all cores.
        int pieces = n < PIECE_SENTENCES ? 1 : Math.min(n / PIECE_SENTENCES, 4 * Runtime.getRuntime().availableProcessors());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < pieces; p++) {
            int from = (int) ((long) n * p / pieces);
            int to = (int) ((long) n * (p + 1) / pieces);
            tasks.add(() -> {
                computeRows(space, source, target, new long[keyCount], from, to, firstTarget, sourceBits, targetBits);
                return null;
            });
        }
        ParallelTasks.run(tasks, done -> { });
        return new PairMatches(source, target, firstTarget, sourceBits, targetBits);
    }

    /** The rows of source sentences [from, to); {@code keyMask} is all zero before and after. */
    private static void computeRows(SearchSpace space, SideFeatures source, SideFeatures target, long[] keyMask, int from, int to,
            int[] firstTarget, long[][] sourceBits, long[][] targetBits) {
        int n = source.sentences();
        int m = target.sentences();
        for (int i = from; i < to; i++) {
            int first = space.low(Math.max(0, i - MAX_BEAD_SIDE));
            int last = Math.min(m, space.high(Math.min(n, i + MAX_BEAD_SIDE + 1)));
            firstTarget[i] = first;
            sourceBits[i] = new long[Math.max(0, last - first)];
            targetBits[i] = new long[Math.max(0, last - first)];
            int[][] items = source.offers[i];
            for (int p = 0; p < items.length; p++) {
                long bit = 1L << bucket(p, items.length);
                for (int key : items[p]) {
                    keyMask[key] |= bit;
                }
            }
            for (int j = first; j < last; j++) {
                int[][] targetItems = target.offers[j];
                long matchedSource = 0;
                long matchedTarget = 0;
                for (int q = 0; q < targetItems.length; q++) {
                    for (int key : targetItems[q]) {
                        long mask = keyMask[key];
                        if (mask != 0) {
                            matchedSource |= mask;
                            matchedTarget |= 1L << bucket(q, targetItems.length);
                        }
                    }
                }
                sourceBits[i][j - first] = matchedSource;
                targetBits[i][j - first] = matchedTarget;
            }
            for (int[] item : items) {
                for (int key : item) {
                    keyMask[key] = 0;
                }
            }
        }
    }

    /**
     * The share of content items of source sentences [i, i + a) and target sentences [j, j + b)
     * that find a counterpart on the other side, in [0, 1]; 0 when neither side has content. On a
     * side with several sentences, a sentence whose counterparts are all matched by its neighbours
     * already counts as unmatched: a caption that repeats the names of the next sentence does not
     * belong with that sentence's translation.
     */
    double similarity(int i, int a, int j, int b) {
        double matched = 0;
        int total = 0;
        for (int s = i; s < i + a; s++) {
            total += source.items(s);
            if (a == 1 || addsTargetCoverage(s, i, a, j, b)) {
                long bits = 0;
                for (int t = j; t < j + b; t++) {
                    bits |= sourceBits(s, t);
                }
                matched += share(bits, source.items(s));
            }
        }
        for (int t = j; t < j + b; t++) {
            total += target.items(t);
            if (b == 1 || addsSourceCoverage(t, i, a, j, b)) {
                long bits = 0;
                for (int s = i; s < i + a; s++) {
                    bits |= targetBits(s, t);
                }
                matched += share(bits, target.items(t));
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** Whether source sentence s matches some target item that no other source sentence of the bead matches. */
    private boolean addsTargetCoverage(int s, int i, int a, int j, int b) {
        for (int t = j; t < j + b; t++) {
            long others = 0;
            for (int o = i; o < i + a; o++) {
                if (o != s) {
                    others |= targetBits(o, t);
                }
            }
            if ((targetBits(s, t) & ~others) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether target sentence t matches some source item that no other target sentence of the bead matches. */
    private boolean addsSourceCoverage(int t, int i, int a, int j, int b) {
        for (int s = i; s < i + a; s++) {
            long others = 0;
            for (int o = j; o < j + b; o++) {
                if (o != t) {
                    others |= sourceBits(s, o);
                }
            }
            if ((sourceBits(s, t) & ~others) != 0) {
                return true;
            }
        }
        return false;
    }

    private long sourceBits(int s, int t) {
        int k = t - firstTarget[s];
        return k >= 0 && k < sourceBits[s].length ? sourceBits[s][k] : 0;
    }

    private long targetBits(int s, int t) {
        int k = t - firstTarget[s];
        return k >= 0 && k < targetBits[s].length ? targetBits[s][k] : 0;
    }

    /** Matched items of a sentence with {@code items} items, from its matched bits. */
    private static double share(long bits, int items) {
        if (items <= 64) {
            return Long.bitCount(bits);
        }
        return Long.bitCount(bits) * items / 64.0;
    }

    private static int bucket(int item, int items) {
        return items <= 64 ? item : (int) ((long) item * 64 / items);
    }
}
