package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IBM Model 1 word translation probabilities t(e | f), trained by expectation maximisation on
 * aligned sentence pairs of one document pair, so that words no dictionary knows (a novel's
 * names, its recurring expressions) become evidence for the next alignment pass.
 */
public final class Model1 {

    /** A training pair: the words of a source run and of a target run. */
    public record SentencePair(List<String> source, List<String> target) {
    }

    private static final String NULL = "\u0000";

    private final Map<String, Map<String, Double>> probabilities;
    private final Map<String, Map<String, Integer>> cooccurrences;

    private Model1(Map<String, Map<String, Double>> probabilities, Map<String, Map<String, Integer>> cooccurrences) {
        this.probabilities = probabilities;
        this.cooccurrences = cooccurrences;
    }

    /**
     * Trains the model.
     *
     * @param pairs aligned runs; words may repeat
     * @param iterations EM iterations, at least 1
     */
    public static Model1 train(List<SentencePair> pairs, int iterations) {
        Map<String, Map<String, Integer>> cooccurrences = new HashMap<>();
        for (SentencePair pair : pairs) {
            for (String f : distinct(pair.source())) {
                Map<String, Integer> row = cooccurrences.computeIfAbsent(f, k -> new HashMap<>());
                for (String e : distinct(pair.target())) {
                    row.merge(e, 1, Integer::sum);
                }
            }
        }
        Map<String, Map<String, Double>> uniform = new HashMap<>();
        cooccurrences.forEach((f, row) -> {
            Map<String, Double> probs = new HashMap<>();
            row.keySet().forEach(e -> probs.put(e, 1.0 / row.size()));
            uniform.put(f, probs);
        });
        Map<String, Map<String, Double>> t = uniform;
        for (int iteration = 0; iteration < iterations; iteration++) {
            t = step(pairs, t);
        }
        return new Model1(t, cooccurrences);
    }

    private static Map<String, Map<String, Double>> step(List<SentencePair> pairs, Map<String, Map<String, Double>> t) {
        Map<String, Map<String, Double>> counts = new HashMap<>();
        for (SentencePair pair : pairs) {
            List<String> sources = new ArrayList<>(pair.source());
            sources.add(NULL);
            for (String e : pair.target()) {
                double total = 0;
                for (String f : sources) {
                    total += probability(t, f, e);
                }
                if (total == 0) {
                    continue;
                }
                for (String f : sources) {
                    double share = probability(t, f, e) / total;
                    if (share > 0) {
                        counts.computeIfAbsent(f, k -> new HashMap<>()).merge(e, share, Double::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Double>> next = new HashMap<>();
        counts.forEach((f, row) -> {
            double sum = row.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> probs = new HashMap<>();
            row.forEach((e, c) -> probs.put(e, c / sum));
            next.put(f, probs);
        });
        return next;
    }

    private static double probability(Map<String, Map<String, Double>> t, String f, String e) {
        if (f.equals(NULL)) {
            return 1e-3;
        }
        Map<String, Double> row = t.get(f);
        return row == null ? 0 : row.getOrDefault(e, 0.0);
    }

    /** t(e | f), 0 when unseen. */
    public double probability(String f, String e) {
        return probability(probabilities, f, e);
    }

    /**
     * The likely translations of each source word: target words with t(e | f) at least
     * {@code minProbability} that co-occurred with it at least {@code minCount} times, best first,
     * at most {@code max} per word.
     */
    public Map<String, Set<String>> translations(double minProbability, int minCount, int max) {
        Map<String, Set<String>> result = new HashMap<>();
        probabilities.forEach((f, row) -> {
            Map<String, Integer> seen = cooccurrences.getOrDefault(f, Map.of());
            Set<String> best = new LinkedHashSet<>();
            row.entrySet().stream()
                    .filter(entry -> entry.getValue() >= minProbability && seen.getOrDefault(entry.getKey(), 0) >= minCount)
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(max)
                    .forEach(entry -> best.add(entry.getKey()));
            if (!best.isEmpty()) {
                result.put(f, best);
            }
        });
        return result;
    }

    private static Set<String> distinct(List<String> words) {
        return new LinkedHashSet<>(words);
    }
}
