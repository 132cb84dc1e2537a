package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much evidence every two sentences of two documents share, whatever their positions: for
 * texts that are not translations of each other, where a fact may be told anywhere. Each content
 * item of a sentence (a word through the dictionary, a number, a name, a Latin token) that finds a
 * counterpart in a sentence of the other document adds evidence in proportion to how rare that
 * match is: an item that matches one sentence of the other text says much, an item that matches
 * half of them (a name the whole story repeats) says little. Only pairs with evidence are kept
 * (a sparse matrix), so time grows with the matches, not with the product of the lengths.
 */
final class ContentPairs {

    /** Up to this many sentence pairs, the evidence is kept in two arrays over all pairs rather than in a map of the pairs with some. */
    private static final long DENSE_CELLS = 4_000_000;

    /** For each sentence pair with evidence (source * (m + 1) + target), the evidence of its source and of its target items (long texts). */
    private final Map<Long, double[]> pairs = new HashMap<>();
    /**
     * For short texts, the evidence of every pair (source * m + target) of its source and of its
     * target items: most pairs of a text share some frequent word, so a map of them would hold
     * nearly all, boxed.
     */
    private final double @org.jspecify.annotations.Nullable [] sourceEvidence;
    private final double @org.jspecify.annotations.Nullable [] targetEvidence;
    private final int n;
    private final int m;
    /** Per sentence of each document, the weight of all its content items (what a perfect counterpart would match). */
    private final double[] sourceMass;
    private final double[] targetMass;

    private ContentPairs(int n, int m) {
        this.n = n;
        this.m = m;
        this.sourceMass = new double[n];
        this.targetMass = new double[m];
        boolean dense = (long) n * m <= DENSE_CELLS;
        this.sourceEvidence = dense ? new double[n * m] : null;
        this.targetEvidence = dense ? new double[n * m] : null;
    }

    /**
     * @param source the first document's items
     * @param target the second document's items, over the same key ids
     * @param keyCount number of key ids
     * @param ignored keys that are no evidence of content (punctuation marks: a question, quoted speech), by id; may be shorter than the keys
     */
    static ContentPairs compute(SideFeatures source, SideFeatures target, int keyCount, boolean[] ignored) {
        ContentPairs result = new ContentPairs(source.sentences(), target.sentences());
        int[][] targetPostings = postings(target, keyCount);
        int[][] sourcePostings = postings(source, keyCount);
        result.addEvidence(source, targetPostings, ignored, false);
        result.addEvidence(target, sourcePostings, ignored, true);
        return result;
    }

    /** For each key, the sentences that offer it, ascending. */
    private static int[][] postings(SideFeatures side, int keyCount) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            lists.add(null);
        }
        int[] lastSentence = new int[keyCount];
        Arrays.fill(lastSentence, -1);
        for (int s = 0; s < side.sentences(); s++) {
            for (int[] item : side.offers[s]) {
                for (int key : item) {
                    if (lastSentence[key] != s) {
                        lastSentence[key] = s;
                        if (lists.get(key) == null) {
                            lists.set(key, new ArrayList<>());
                        }
                        lists.get(key).add(s);
                    }
                }
            }
        }
        int[][] postings = new int[keyCount][];
        for (int k = 0; k < keyCount; k++) {
            postings[k] = lists.get(k) == null ? new int[0] : lists.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        return postings;
    }

    /**
     * Adds, for each item of {@code side}, its weight to every sentence of the other document it
     * matches: ln((sentences of the other document + 1) / (sentences matched + 0.5)).
     */
    private void addEvidence(SideFeatures side, int[][] otherPostings, boolean[] ignored, boolean sideIsTarget) {
        int other = sideIsTarget ? n : m;
        int[] mark = new int[other];
        Arrays.fill(mark, -1);
        int stamp = 0;
        List<Integer> matched = new ArrayList<>();
        for (int s = 0; s < side.sentences(); s++) {
            for (int[] item : side.offers[s]) {
                stamp++;
                matched.clear();
                for (int key : item) {
                    if (key < ignored.length && ignored[key]) {
                        continue;
                    }
                    for (int o : otherPostings[key]) {
                        if (mark[o] != stamp) {
                            mark[o] = stamp;
                            matched.add(o);
                        }
                    }
                }
                if (ignoredItem(item, ignored)) {
                    continue;
                }
                double weight = Math.log((other + 1.0) / (matched.size() + 0.5));
                (sideIsTarget ? targetMass : sourceMass)[s] += Math.max(0, weight);
                if (matched.isEmpty() || weight <= 0) {
                    continue;
                }
                double[] evidence = sideIsTarget ? targetEvidence : sourceEvidence;
                for (int o : matched) {
                    int i = sideIsTarget ? o : s;
                    int j = sideIsTarget ? s : o;
                    if (evidence != null) {
                        evidence[i * m + j] += weight;
                    } else {
                        pairs.computeIfAbsent(key(i, j), k -> new double[2])[sideIsTarget ? 1 : 0] += weight;
                    }
                }
            }
        }
    }

    private static boolean ignoredItem(int[] item, boolean[] ignored) {
        for (int key : item) {
            if (key >= ignored.length || !ignored[key]) {
                return false;
            }
        }
        return true;
    }

    double sourceMass(int i) {
        return sourceMass[i];
    }

    double targetMass(int j) {
        return targetMass[j];
    }

    private long key(int i, int j) {
        return (long) i * (m + 1) + j;
    }

    /** One pair of sentences with evidence. */
    record Pair(int source, int target, double sourceEvidence, double targetEvidence) {
        /** The evidence both ways, in nats. */
        double evidence() {
            return sourceEvidence + targetEvidence;
        }
    }

    /** Every pair with evidence, in no particular order. */
    List<Pair> pairs() {
        if (sourceEvidence != null && targetEvidence != null) {
            List<Pair> list = new ArrayList<>();
            for (int k = 0; k < sourceEvidence.length; k++) {
                if (sourceEvidence[k] != 0 || targetEvidence[k] != 0) {
                    list.add(new Pair(k / m, k % m, sourceEvidence[k], targetEvidence[k]));
                }
            }
            return list;
        }
        List<Pair> list = new ArrayList<>(pairs.size());
        pairs.forEach((k, v) -> list.add(new Pair((int) (k / (m + 1)), (int) (k % (m + 1)), v[0], v[1])));
        return list;
    }

    int sourceSentences() {
        return n;
    }

    int targetSentences() {
        return m;
    }
}
