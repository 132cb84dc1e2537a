package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IBM Model 1 word translation probabilities t(e | f), trained by expectation maximisation on
 * aligned sentence pairs of one document pair, so that words no dictionary knows (a novel's
 * names, its recurring expressions) become evidence for the next alignment pass.
 *
 * <p>Words are numbered once; t and the co-occurrence counts live in one sparse matrix in
 * compressed rows (for each source word, the sorted ids of the target words it was seen with),
 * and each sentence pair keeps the matrix positions of its word pairs, so an EM iteration is
 * array arithmetic without hashing or boxing.
 */
public final class Model1 {

    /** A training pair: the words of a source run and of a target run. */
    public record SentencePair(List<String> source, List<String> target) {
    }

    /** t(e | NULL): the empty word explains any target word a little. */
    private static final double NULL_PROBABILITY = 1e-3;

    private final Map<String, Integer> sourceIds;
    private final Map<String, Integer> targetIds;
    private final String[] targetWords;
    /** Row f of the matrix is the positions {@code rowStarts[f]} to {@code rowStarts[f + 1] - 1}. */
    private final int[] rowStarts;
    /** For each position, the target word id, sorted within a row. */
    private final int[] columns;
    /** For each position, the number of pairs in which both words occur. */
    private final int[] cooccurrences;
    /** For each position, t(e | f). */
    private final double[] probabilities;

    private Model1(Vocabulary sources, Vocabulary targets, int[] rowStarts, int[] columns, int[] cooccurrences, double[] probabilities) {
        this.sourceIds = sources.ids;
        this.targetIds = targets.ids;
        this.targetWords = targets.words.toArray(String[]::new);
        this.rowStarts = rowStarts;
        this.columns = columns;
        this.cooccurrences = cooccurrences;
        this.probabilities = probabilities;
    }

    /**
     * Trains the model.
     *
     * @param pairs aligned runs; words may repeat
     * @param iterations EM iterations, at least 1
     */
    public static Model1 train(List<SentencePair> pairs, int iterations) {
        Vocabulary sources = new Vocabulary();
        Vocabulary targets = new Vocabulary();
        int[][] src = new int[pairs.size()][];
        int[][] tgt = new int[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            src[p] = sources.ids(pairs.get(p).source());
            tgt[p] = targets.ids(pairs.get(p).target());
        }
        Model1 model = cooccurring(sources, targets, src, tgt);
        int[][] positions = positions(model, src, tgt);
        for (int iteration = 0; iteration < iterations; iteration++) {
            model.step(src, tgt, positions);
        }
        return model;
    }

    /** The co-occurrence matrix of the pairs, with t uniform over each source word's row. */
    private static Model1 cooccurring(Vocabulary sources, Vocabulary targets, int[][] src, int[][] tgt) {
        // Each pair's distinct words first, so that the cells are counted and allocated once.
        int[][] fss = new int[src.length][];
        int[][] ess = new int[tgt.length][];
        int[] sourceSeen = new int[sources.words.size()];
        int[] targetSeen = new int[targets.words.size()];
        long total = 0;
        for (int p = 0; p < src.length; p++) {
            fss[p] = distinct(src[p], sourceSeen, p + 1);
            ess[p] = distinct(tgt[p], targetSeen, p + 1);
            total += (long) fss[p].length * ess[p].length;
        }
        long[] cells = new long[Math.toIntExact(total)];
        int size = 0;
        for (int p = 0; p < src.length; p++) {
            for (int f : fss[p]) {
                for (int e : ess[p]) {
                    cells[size++] = (long) f << 32 | e;
                }
            }
        }
        // A sort of primitives has one result, on however many threads it runs.
        Arrays.parallelSort(cells, 0, size);
        int[] rowStarts = new int[sources.words.size() + 1];
        int[] columns = new int[size];
        int[] counts = new int[size];
        int cell = -1;
        for (int k = 0; k < size; k++) {
            if (k == 0 || cells[k] != cells[k - 1]) {
                cell++;
                columns[cell] = (int) cells[k];
                rowStarts[(int) (cells[k] >>> 32) + 1] = cell + 1;
            }
            counts[cell]++;
        }
        for (int f = 1; f < rowStarts.length; f++) {
            rowStarts[f] = Math.max(rowStarts[f], rowStarts[f - 1]);
        }
        int cellCount = cell + 1;
        double[] uniform = new double[cellCount];
        for (int f = 0; f + 1 < rowStarts.length; f++) {
            Arrays.fill(uniform, rowStarts[f], rowStarts[f + 1], 1.0 / (rowStarts[f + 1] - rowStarts[f]));
        }
        return new Model1(sources, targets, rowStarts, Arrays.copyOf(columns, cellCount), Arrays.copyOf(counts, cellCount), uniform);
    }

    /** For each pair, for each target word and then each source word, the matrix position of the two. */
    private static int[][] positions(Model1 model, int[][] src, int[][] tgt) {
        int[][] positions = new int[src.length][];
        for (int p = 0; p < src.length; p++) {
            int[] at = new int[src[p].length * tgt[p].length];
            int k = 0;
            for (int e : tgt[p]) {
                for (int f : src[p]) {
                    at[k++] = model.position(f, e);
                }
            }
            positions[p] = at;
        }
        return positions;
    }

    /**
     * One EM iteration: each target word's occurrence is shared among the source words of its
     * pair (and the empty word) in proportion to t, and t becomes the shares normalised per
     * source word.
     */
    private void step(int[][] src, int[][] tgt, int[][] positions) {
        double[] counts = new double[probabilities.length];
        for (int p = 0; p < src.length; p++) {
            int[] at = positions[p];
            int sources = src[p].length;
            for (int k = 0; k < tgt[p].length; k++) {
                int base = k * sources;
                double total = 0;
                for (int s = 0; s < sources; s++) {
                    total += probabilities[at[base + s]];
                }
                total += NULL_PROBABILITY;
                for (int s = 0; s < sources; s++) {
                    counts[at[base + s]] += probabilities[at[base + s]] / total;
                }
            }
        }
        for (int f = 0; f + 1 < rowStarts.length; f++) {
            double sum = 0;
            for (int c = rowStarts[f]; c < rowStarts[f + 1]; c++) {
                sum += counts[c];
            }
            for (int c = rowStarts[f]; c < rowStarts[f + 1]; c++) {
                probabilities[c] = sum == 0 ? 0 : counts[c] / sum;
            }
        }
    }

    /** The matrix position of (f, e), or -1 when they never occurred together. */
    private int position(int f, int e) {
        int found = Arrays.binarySearch(columns, rowStarts[f], rowStarts[f + 1], e);
        return found < 0 ? -1 : found;
    }

    /** t(e | f), 0 when unseen. */
    public double probability(String f, String e) {
        Integer source = sourceIds.get(f);
        Integer target = targetIds.get(e);
        int at = source == null || target == null ? -1 : position(source, target);
        return at < 0 ? 0 : probabilities[at];
    }

    /**
     * The likely translations of each source word: target words with t(e | f) at least
     * {@code minProbability} that co-occurred with it at least {@code minCount} times, best first,
     * at most {@code max} per word.
     */
    public Map<String, Set<String>> translations(double minProbability, int minCount, int max) {
        Map<String, Set<String>> result = new HashMap<>();
        sourceIds.forEach((word, f) -> {
            List<Integer> candidates = new ArrayList<>();
            for (int c = rowStarts[f]; c < rowStarts[f + 1]; c++) {
                if (probabilities[c] >= minProbability && cooccurrences[c] >= minCount) {
                    candidates.add(c);
                }
            }
            candidates.sort((a, b) -> Double.compare(probabilities[b], probabilities[a]));
            Set<String> best = new LinkedHashSet<>();
            candidates.stream().limit(max).forEach(c -> best.add(targetWords[columns[c]]));
            if (!best.isEmpty()) {
                result.put(word, best);
            }
        });
        return result;
    }

    /**
     * The ids once each, in order of first occurrence.
     *
     * @param seen per id, the last {@code stamp} it was seen under (a fresh stamp per call, so the array is never cleared)
     */
    private static int[] distinct(int[] ids, int[] seen, int stamp) {
        int[] result = new int[ids.length];
        int count = 0;
        for (int id : ids) {
            if (seen[id] != stamp) {
                seen[id] = stamp;
                result[count++] = id;
            }
        }
        return count == ids.length ? result : Arrays.copyOf(result, count);
    }

    /** Words numbered from 0 in order of first occurrence. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        int[] ids(List<String> sentence) {
            int[] result = new int[sentence.size()];
            for (int w = 0; w < sentence.size(); w++) {
                result[w] = ids.computeIfAbsent(sentence.get(w), word -> {
                    words.add(word);
                    return words.size() - 1;
                });
            }
            return result;
        }
    }
}
