package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class Model1Test {

    @Test
    void learnsWordTranslationsFromAlignedPairs() {
        List<Model1.SentencePair> pairs = List.of(
                new Model1.SentencePair(List.of("黑", "猫"), List.of("black", "cat")),
                new Model1.SentencePair(List.of("白", "猫"), List.of("white", "cat")),
                new Model1.SentencePair(List.of("黑", "狗"), List.of("black", "dog")),
                new Model1.SentencePair(List.of("白", "狗"), List.of("white", "dog")),
                new Model1.SentencePair(List.of("猫"), List.of("cat")));

        Model1 model = Model1.train(pairs, 10);

        assertThat(model.probability("猫", "cat")).isGreaterThan(0.8);
        assertThat(model.probability("猫", "black")).isLessThan(0.1);
        assertThat(model.translations(0.5, 2, 3)).containsEntry("猫", java.util.Set.of("cat")).containsEntry("黑", java.util.Set.of("black"));
    }

    @Test
    void needsWordsSeenTogetherOftenEnough() {
        Model1 model = Model1.train(List.of(new Model1.SentencePair(List.of("猫"), List.of("cat"))), 5);

        assertThat(model.translations(0.5, 2, 3)).isEmpty();
        assertThat(model.translations(0.5, 1, 3)).containsKey("猫");
    }

    @Test
    void givesTheProbabilitiesOfTheTextbookAlgorithm() {
        java.util.Random random = new java.util.Random(7);
        List<Model1.SentencePair> pairs = new java.util.ArrayList<>();
        for (int p = 0; p < 200; p++) {
            List<String> source = new java.util.ArrayList<>();
            List<String> target = new java.util.ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                int word = random.nextInt(40);
                source.add("f" + word);
                target.add("e" + (random.nextInt(4) == 0 ? random.nextInt(40) : word));
            }
            pairs.add(new Model1.SentencePair(source, target));
        }

        Model1 model = Model1.train(pairs, 5);
        Map<String, Map<String, Double>> expected = TextbookModel1.train(pairs, 5);

        for (var row : expected.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                assertThat(model.probability(row.getKey(), cell.getKey())).as(row.getKey() + " -> " + cell.getKey()).isCloseTo(cell.getValue(), within(1e-12));
            }
        }
        assertThat(model.probability("f1", "no such word")).isZero();
        assertThat(model.translations(0.3, 2, 2)).containsEntry("f1", Set.of("e1"));
    }

    /** IBM Model 1 EM written as in the textbook, on maps, to check the array version against. */
    private static final class TextbookModel1 {

        static Map<String, Map<String, Double>> train(List<Model1.SentencePair> pairs, int iterations) {
            Map<String, Map<String, Double>> t = new HashMap<>();
            for (Model1.SentencePair pair : pairs) {
                for (String f : pair.source()) {
                    for (String e : pair.target()) {
                        t.computeIfAbsent(f, k -> new HashMap<>()).put(e, 0.0);
                    }
                }
            }
            t.values().forEach(row -> row.replaceAll((e, p) -> 1.0 / row.size()));
            for (int iteration = 0; iteration < iterations; iteration++) {
                Map<String, Map<String, Double>> counts = new HashMap<>();
                for (Model1.SentencePair pair : pairs) {
                    for (String e : pair.target()) {
                        double total = 1e-3;
                        for (String f : pair.source()) {
                            total += t.get(f).get(e);
                        }
                        for (String f : pair.source()) {
                            counts.computeIfAbsent(f, k -> new HashMap<>()).merge(e, t.get(f).get(e) / total, Double::sum);
                        }
                    }
                }
                counts.values().forEach(row -> {
                    double sum = row.values().stream().mapToDouble(Double::doubleValue).sum();
                    row.replaceAll((e, c) -> c / sum);
                });
                t = counts;
            }
            return t;
        }
    }
}
