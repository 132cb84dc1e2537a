package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** A word capitalised only because it opens a sentence is not part of a name. */
class NameOpenersTest {

    private static final List<String> BIBLE_ID = List.of("Lalu kata Stefanus kepada mereka.", "Ia melihat keturunan Yawan, tetapi tidak Elisa.");

    private static List<String> names(String language, String text, Predicate<String> onlyOpens) {
        return new MentionFinder(language, onlyOpens).find(text).stream().filter(m -> !m.isNumber()).map(Mention::text).toList();
    }

    @Test
    void anOpenerTheDocumentWritesInLowerCaseElsewhereIsLeftOutOfTheName() {
        Predicate<String> onlyOpens = MentionFinder.onlyOpens(BIBLE_ID);

        assertThat(onlyOpens).accepts("Keturunan", "Tetapi").rejects("Stefanus", "Yawan", "Andrew");
        assertThat(names("id", "Keturunan Yawan ialah Elisa.", onlyOpens)).containsExactly("Yawan", "Elisa");
        assertThat(names("id", "Tetapi Stefanus berkata.", onlyOpens)).containsExactly("Stefanus");
    }

    @Test
    void interjectionsAndSentenceOpenersAreNotNames() {
        assertThat(names("id", "Ya Tuhan, dengarlah.", word -> false)).containsExactly("Tuhan");
        assertThat(names("id", "Bukankah Ia yang berkata?", word -> false)).isEmpty();
        assertThat(names("en", "Do not fear. No one came. Let Moses go.", word -> false)).containsExactly("Moses");
    }

    @Test
    void aNameThatOpensTheSentenceStaysWhole() {
        Predicate<String> onlyOpens = MentionFinder.onlyOpens(List.of("Andrew Ng left. He met Ng later.", "Li Lei joined the lab."));

        assertThat(names("en", "Andrew Ng joined the lab.", onlyOpens)).containsExactly("Andrew Ng");
        assertThat(names("en", "Li Lei joined the lab.", onlyOpens)).containsExactly("Li Lei");
    }

    @Test
    void aStandardIndonesianSpellingOfAForeignNameIsNoDivergence() {
        DivergenceReport report = new DivergenceDetector().detect(List.of("en", "id"), List.of(true, true), List.of(
                List.of("Then Jacob and Manasseh went to Pharaoh.", "Lalu Yakub dan Manasye pergi kepada Firaun."),
                List.of("Then Reuben spoke.", "Lalu Yordan berbicara.")));

        assertThat(report.divergences()).singleElement().satisfies(d -> assertThat(d.row()).isEqualTo(1));
    }

    @Test
    void aNameTheDictionaryListsAsAPhraseIsTranslatedNotMissing() {
        DivergenceReport report = new DivergenceDetector().detect(List.of("en", "id"), List.of(true, true), List.of(
                List.of("Members of the United Nations have pledged this.", "Negara-negara anggota Perserikatan Bangsa-Bangsa telah berjanji.")));

        assertThat(report.divergences()).isEmpty();
    }
}
