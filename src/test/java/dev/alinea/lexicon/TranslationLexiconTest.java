package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslationLexiconTest {

    private final SentenceTokenizer english = new SentenceTokenizer("en");
    private final SentenceTokenizer indonesian = new SentenceTokenizer("id");

    @Test
    void chineseWordsTranslateToEnglishStemsFromCcCedict() {
        TranslationLexicon lexicon = TranslationLexicon.between("en", "zh");

        assertThat(lexicon.translatingLanguage()).isEqualTo("zh");
        assertThat(lexicon.translations("科学家")).contains(english.key("scientist"));
        assertThat(lexicon.translations("大学")).contains(english.key("university"));
    }

    @Test
    void englishWordsTranslateToIndonesianStemsFromFreeDict() {
        TranslationLexicon lexicon = TranslationLexicon.between("en", "id");

        assertThat(lexicon.translatingLanguage()).isEqualTo("en");
        assertThat(lexicon.translations(english.key("scientist"))).contains(indonesian.key("ilmuwan"));
    }

    @Test
    void chineseToIndonesianGoesThroughEnglish() {
        TranslationLexicon lexicon = TranslationLexicon.between("id", "zh");

        assertThat(lexicon.translatingLanguage()).isEqualTo("zh");
        assertThat(lexicon.translations("科学家")).contains(indonesian.key("ilmuwan"));
    }

    @Test
    void aPairWithoutDictionaryTranslatesNothing() {
        TranslationLexicon lexicon = TranslationLexicon.between("fr", "de");

        assertThat(lexicon.translatingLanguage()).isEmpty();
        assertThat(lexicon.translations("chat")).isEmpty();
    }

    @Test
    void isBuiltOncePerPair() {
        assertThat(TranslationLexicon.between("zh", "en")).isSameAs(TranslationLexicon.between("en", "zh"));
    }
}
