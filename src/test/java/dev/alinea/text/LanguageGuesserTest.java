package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;

class LanguageGuesserTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @Test
    void detectsTheSeedLanguages() {
        assertThat(LanguageGuesser.guess(text(Seeds.ENGLISH))).hasValue("en");
        assertThat(LanguageGuesser.guess(text(Seeds.INDONESIAN))).hasValue("id");
        assertThat(LanguageGuesser.guess(text(Seeds.CHINESE))).hasValue("zh");
    }

    @Test
    void detectsOtherMajorLanguages() {
        assertThat(LanguageGuesser.guess("Le directeur du laboratoire a quitté l'entreprise pour rejoindre l'université de Californie."))
                .hasValue("fr");
        assertThat(LanguageGuesser.guess("Der Direktor des Labors hat das Unternehmen verlassen und ist an die Universität gegangen."))
                .hasValue("de");
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(LanguageGuesser.guess("1 2 3 4 5 6")).isEmpty();
    }

    private String text(String seed) {
        return extractor.extract(seed, Seeds.stream(seed)).text();
    }
}
