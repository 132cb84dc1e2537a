package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the path of a long text must pass, found from the sentences' features before any search:
 * sentence pairs that share keys few sentences near them offer (a number, a name, a Latin-script
 * word, a rare word and its dictionary translation, a chapter heading's number), chained in text
 * order. The search then keeps, between two consecutive anchors, to the rectangle they span: where
 * anchors are dense the band is narrow, where they are far apart (a passage one side left out) it
 * is as wide as the gap.
 *
 * <p>A key anchors a sentence when it occurs at most {@link #MAX_NEAR} times near it on each side,
 * so a word that is rare in one chapter anchors it even if other chapters have it too. Of all
 * candidate pairs, the chain is the heaviest one increasing on both sides (each pair weighs the
 * sum, over its shared keys, of one over the key's occurrences near it), and only runs of anchors
 * whose steps have about the texts' slope are kept. "Near" is first a wide corridor around the
 * diagonal, where few keys are rare and the chain is sparse; then the rectangles of that sparse
 * chain with a margin, where many more are, and the chain is dense.
 */
final class Anchors {

    /** Most occurrences of a key near a sentence, on either side, for it to anchor. */
    static final int MAX_NEAR = 8;
    /** Least half-width of the corridor around the diagonal in which candidate pairs are looked for, in target sentences. */
    private static final int MIN_CORRIDOR = 1000;
    /** Sentences of margin around the rectangle between two anchors (a bead holds up to four a side). */
    static final int MARGIN = 10;
    /** Sentences of margin around the rectangles of the first, sparse chain, in which the second chain looks for candidates. */
    private static final int SECOND_MARGIN = 100;
    /** Most cells of the rectangle between two anchors; a larger one is searched in a band along its diagonal. */
    private static final long MAX_RECTANGLE_CELLS = 4_000_000;
    /** Least anchors in a row with plausible steps for them to count. */
    private static final int MIN_RUN = 4;
    /** Slack of the slope check, in sentences. */
    private static final int SLOPE_SLACK = 6;

    private Anchors() {
    }

    /**
     * A sentence pair the path passes.
     *
     * @param source 0-based source sentence
     * @param target 0-based target sentence
     */
    record Anchor(int source, int target) {
    }

    /**
     * The anchors of a pair, in text order (both sides strictly increasing); empty when the sides share no rare key.
     *
     * @param ignored key ids that are no evidence of content (punctuation marks), indexed by key id
     */
    static Anchor[] find(SideFeatures source, SideFeatures target, int keyCount, boolean[] ignored) {
        int n = source.sentences();
        int m = target.sentences();
        if (n == 0 || m == 0) {
            return new Anchor[0];
        }
        Occurrences src = Occurrences.of(source, keyCount, ignored);
        Occurrences tgt = Occurrences.of(target, keyCount, ignored);
        int corridor = Math.max(MIN_CORRIDOR, Math.max(n, m) / 8);
        int[] low = new int[n + 1];
        int[] high = new int[n + 1];
        for (int s = 0; s <= n; s++) {
            int expected = (int) ((long) s * m / n);
            low[s] = expected - corridor;
            high[s] = expected + corridor;
        }
        double slope = (double) m / n;
        // Few keys are rare in a corridor that wide: the first chain is sparse. Keys are rare in
        // the narrow rectangles it spans far more often, and the second chain is dense.
        Anchor[] sparse = plausible(chain(candidates(src, tgt, keyCount, low, high, slope)), slope);
        int[][] near = rectangles(sparse, n, m, SECOND_MARGIN, Long.MAX_VALUE);
        return plausible(chain(candidates(src, tgt, keyCount, near[0], near[1], slope)), slope);
    }

    /**
     * Sentence pairs that share a key occurring at most {@link #MAX_NEAR} times in the target
     * sentences {@code [low[s], high[s]]} of source sentence s and in as many source sentences around s.
     */
    private static Candidates candidates(Occurrences src, Occurrences tgt, int keyCount, int[] low, int[] high, double slope) {
        Candidates candidates = new Candidates();
        for (int key = 0; key < keyCount; key++) {
            if (src.count(key) == 0 || tgt.count(key) == 0) {
                continue;
            }
            for (int p = src.start[key]; p < src.start[key + 1]; p++) {
                int s = src.sentences[p];
                int from = tgt.firstAtLeast(key, low[s]);
                int to = tgt.firstAtLeast(key, high[s] + 1);
                if (from == to || to - from > MAX_NEAR) {
                    continue;
                }
                int sourceHalf = (int) Math.max(1, (high[s] - low[s]) / slope / 2);
                int near = src.firstAtLeast(key, s + sourceHalf + 1) - src.firstAtLeast(key, s - sourceHalf);
                if (near > MAX_NEAR) {
                    continue;
                }
                int occurrences = Math.max(near, to - from);
                for (int q = from; q < to; q++) {
                    candidates.add(s, tgt.sentences[q], occurrences);
                }
            }
        }
        return candidates.merged();
    }

    /**
     * For each source position, the target positions the search may visit: between two
     * consecutive anchors (and the corners (0, 0) and (n, m)), the rectangle they span, with
     * {@link #MARGIN} around it; a rectangle of more than {@link #MAX_RECTANGLE_CELLS} cells (no
     * anchors at all in a long stretch) only in a band along its diagonal.
     *
     * @return {low, high}, each of length n + 1
     */
    static int[][] rectangles(Anchor[] anchors, int n, int m) {
        return rectangles(anchors, n, m, MARGIN, MAX_RECTANGLE_CELLS);
    }

    private static int[][] rectangles(Anchor[] anchors, int n, int m, int margin, long maxCells) {
        int[] low = new int[n + 1];
        int[] high = new int[n + 1];
        Arrays.fill(low, Integer.MAX_VALUE);
        Arrays.fill(high, Integer.MIN_VALUE);
        int previousSource = 0;
        int previousTarget = 0;
        for (int k = 0; k <= anchors.length; k++) {
            int nextSource = k < anchors.length ? anchors[k].source() : n;
            int nextTarget = k < anchors.length ? anchors[k].target() : m;
            int rows = nextSource - previousSource + 1;
            int columns = nextTarget - previousTarget + 2 * margin;
            // A rectangle too large to search (no anchor for thousands of sentences) becomes a band along its diagonal.
            int halfWidth = (long) rows * columns <= maxCells ? Integer.MAX_VALUE / 2 : (int) Math.max(margin, maxCells / (2L * rows));
            for (int i = previousSource; i <= nextSource; i++) {
                int diagonal = previousTarget + (int) ((long) (nextTarget - previousTarget) * (i - previousSource) / Math.max(1, rows - 1));
                low[i] = Math.min(low[i], Math.max(previousTarget - margin, diagonal - halfWidth));
                high[i] = Math.max(high[i], Math.min(nextTarget + margin, diagonal + halfWidth));
            }
            // The anchor's own pair lies inside its bead: the path passes (s, t) and (s + 1, t + 1) or near them.
            previousSource = Math.min(n, nextSource + 1);
            previousTarget = Math.min(m, nextTarget + 1);
            for (int i = nextSource; i <= previousSource; i++) {
                low[i] = Math.min(low[i], nextTarget - margin);
                high[i] = Math.max(high[i], previousTarget + margin);
            }
        }
        return new int[][] {low, high};
    }

    /** The heaviest chain of candidates increasing in both source and target, by dynamic programming over a Fenwick tree of prefix maxima. */
    private static Anchor[] chain(Candidates candidates) {
        int count = candidates.size;
        if (count == 0) {
            return new Anchor[0];
        }
        int columns = 0;
        for (int c = 0; c < count; c++) {
            columns = Math.max(columns, candidates.target(c) + 1);
        }
        double[] best = new double[count];
        int[] previous = new int[count];
        PrefixMax tree = new PrefixMax(columns);
        int groupStart = 0;
        while (groupStart < count) {
            int groupEnd = groupStart;
            while (groupEnd < count && candidates.source(groupEnd) == candidates.source(groupStart)) {
                groupEnd++;
            }
            // Pairs of one source sentence cannot follow each other: all look back first, then all enter.
            for (int c = groupStart; c < groupEnd; c++) {
                int before = tree.argMax(candidates.target(c) - 1);
                previous[c] = before;
                best[c] = candidates.weights[c] + (before < 0 ? 0 : best[before]);
            }
            for (int c = groupStart; c < groupEnd; c++) {
                tree.offer(candidates.target(c), best[c], c);
            }
            groupStart = groupEnd;
        }
        int last = 0;
        for (int c = 1; c < count; c++) {
            if (best[c] > best[last]) {
                last = c;
            }
        }
        int length = 0;
        for (int c = last; c >= 0; c = previous[c]) {
            length++;
        }
        Anchor[] anchors = new Anchor[length];
        for (int c = last, k = length - 1; c >= 0; c = previous[c], k--) {
            anchors[k] = new Anchor(candidates.source(c), candidates.target(c));
        }
        return anchors;
    }

    /**
     * The anchors of runs of at least {@link #MIN_RUN} whose steps from one to the next all have
     * about the texts' slope. A chance match far off the path, or a few of them in a row, has an
     * implausible step before or after; dropping a true anchor only widens the rectangle around it.
     */
    private static Anchor[] plausible(Anchor[] chain, double slope) {
        List<Anchor> kept = new ArrayList<>();
        int runStart = 0;
        for (int k = 1; k <= chain.length; k++) {
            if (k == chain.length || !plausibleStep(chain[k - 1], chain[k], slope)) {
                if (k - runStart >= MIN_RUN) {
                    kept.addAll(Arrays.asList(chain).subList(runStart, k));
                }
                runStart = k;
            }
        }
        return kept.toArray(Anchor[]::new);
    }

    private static boolean plausibleStep(Anchor from, Anchor to, double slope) {
        int sourceStep = to.source() - from.source();
        int targetStep = to.target() - from.target();
        return targetStep <= sourceStep * slope * 2 + SLOPE_SLACK && targetStep * 2 >= sourceStep * slope - SLOPE_SLACK;
    }

    /** For each key, the sentences of one side that offer it, sorted (compressed rows). */
    private record Occurrences(int[] start, int[] sentences) {

        static Occurrences of(SideFeatures side, int keyCount, boolean[] ignored) {
            int[] start = new int[keyCount + 1];
            forEachKey(side, keyCount, ignored, (s, key) -> start[key + 1]++);
            for (int key = 0; key < keyCount; key++) {
                start[key + 1] += start[key];
            }
            int[] next = Arrays.copyOf(start, keyCount);
            int[] sentences = new int[start[keyCount]];
            forEachKey(side, keyCount, ignored, (s, key) -> sentences[next[key]++] = s);
            return new Occurrences(start, sentences);
        }

        private interface KeyVisitor {
            void accept(int sentence, int key);
        }

        /** Tells each sentence's distinct keys, sentences in order, the ignored ones left out. */
        private static void forEachKey(SideFeatures side, int keyCount, boolean[] ignored, KeyVisitor visit) {
            int[] seen = new int[keyCount];
            Arrays.fill(seen, -1);
            for (int s = 0; s < side.sentences(); s++) {
                for (int[] item : side.offers[s]) {
                    for (int key : item) {
                        if (seen[key] != s && !(key < ignored.length && ignored[key])) {
                            seen[key] = s;
                            visit.accept(s, key);
                        }
                    }
                }
            }
        }

        int count(int key) {
            return start[key + 1] - start[key];
        }

        /** The position in {@link #sentences} of the key's first occurrence at or after sentence {@code s}. */
        int firstAtLeast(int key, int s) {
            int low = start[key];
            int high = start[key + 1];
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sentences[mid] < s) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    /**
     * Candidate sentence pairs with weights. While collecting, each is one long: source in the top
     * 28 bits, target in the next 32, and the key's occurrences near it (1 to {@link #MAX_NEAR},
     * the weight's denominator) in the low 4, so that sorting them is a primitive sort.
     */
    private static final class Candidates {
        private long[] codes = new long[1024];
        private float[] weights = new float[0];
        private int size;

        void add(int source, int target, int near) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, 2 * size);
            }
            codes[size++] = (long) source << 36 | (long) target << 4 | near;
        }

        int source(int c) {
            return (int) (codes[c] >>> 36);
        }

        int target(int c) {
            return (int) (codes[c] >>> 4);
        }

        /** The candidates sorted by source then target, each pair once, weighing the sum of one over its keys' occurrences near it. */
        Candidates merged() {
            Arrays.parallelSort(codes, 0, size);
            Candidates merged = new Candidates();
            merged.codes = new long[size];
            merged.weights = new float[size];
            for (int c = 0; c < size; c++) {
                long pair = codes[c] & ~0xFL;
                float weight = 1f / (codes[c] & 0xF);
                if (merged.size > 0 && merged.codes[merged.size - 1] == pair) {
                    merged.weights[merged.size - 1] += weight;
                } else {
                    merged.codes[merged.size] = pair;
                    merged.weights[merged.size++] = weight;
                }
            }
            return merged;
        }
    }
}
