package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
