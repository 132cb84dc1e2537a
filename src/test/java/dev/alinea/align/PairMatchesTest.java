package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.lexicon.NameLexicon;
import dev.alinea.lexicon.TranslationLexicon;

class PairMatchesTest {

    @Test
    void cognatesMatchBetweenEnglishAndIndonesian() {
        assertThat(similarity("en", "id", "The university", "Sebuah universitas")).isEqualTo(1.0);
    }

    @Test
    void dictionaryTranslationsMatch() {
        assertThat(similarity("zh", "en", "科学家", "scientist")).isEqualTo(1.0);
    }

    @Test
    void chineseNamesMatchTheirPinyinInEitherOrder() {
        assertThat(similarity("zh", "en", "李飞飞", "Fei-Fei Li")).isGreaterThan(0.5);
        assertThat(similarity("zh", "id", "吴恩达", "Wu Enda")).isGreaterThan(0.5);
    }

    @Test
    void numbersMatchByValue() {
        assertThat(similarity("zh", "en", "四十", "40")).isEqualTo(1.0);
    }

    @Test
    void questionsAndQuotedSpeechMatchAcrossScripts() {
        assertThat(similarity("zh", "en", "“？”", "“?”")).isEqualTo(1.0);
        assertThat(similarity("zh", "en", "“？”", "!")).isZero();
    }

    @Test
    void unrelatedSentencesDoNotMatch() {
        assertThat(similarity("zh", "en", "科学家", "the boots reached the door")).isZero();
    }

    @Test
    void aManyToOneBeadCountsEverySentencesMatches() {
        SideFeatures.KeyIds keys = new SideFeatures.KeyIds();
        TranslationLexicon lexicon = TranslationLexicon.between("en", "id");
        SideFeatures en = SideFeatures.extract(List.of("university", "scientist"), "en", lexicon, NameLexicon.EMPTY, true, true, keys);
        SideFeatures id = SideFeatures.extract(List.of("universitas ilmuwan"), "id", lexicon, NameLexicon.EMPTY, false, true, keys);
        PairMatches matches = PairMatches.compute(SearchSpace.full(2, 1), en, id, keys.size());

        assertThat(matches.similarity(0, 2, 0, 1)).isEqualTo(1.0);
        assertThat(matches.similarity(0, 1, 0, 1)).isEqualTo(2 / 3.0);
    }

    private static double similarity(String sourceLanguage, String targetLanguage, String source, String target) {
        TranslationLexicon lexicon = TranslationLexicon.between(sourceLanguage, targetLanguage);
        SideFeatures.KeyIds keys = new SideFeatures.KeyIds();
        boolean sourceTranslates = lexicon.translatingLanguage().equals(sourceLanguage);
        boolean bothLatin = !sourceLanguage.equals("zh") && !targetLanguage.equals("zh");
        SideFeatures src = SideFeatures.extract(List.of(source), sourceLanguage, lexicon, NameLexicon.EMPTY, sourceTranslates, bothLatin, keys);
        SideFeatures tgt = SideFeatures.extract(List.of(target), targetLanguage, lexicon, NameLexicon.EMPTY, !sourceTranslates, bothLatin, keys);
        return PairMatches.compute(SearchSpace.full(1, 1), src, tgt, keys.size()).similarity(0, 1, 0, 1);
    }
}
