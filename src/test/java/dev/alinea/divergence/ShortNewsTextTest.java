package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A text too short for the detector to learn from its own rows: 18 sentences of news in English
 * and Chinese (test resources, news-en-zh). Lengths are judged by the pair's median ratio alone.
 */
class ShortNewsTextTest {

    private static List<List<String>> rows() {
        return FixtureRows.read("news-en-zh", "jwst.en.txt", "jwst.zh.txt");
    }

    private static List<Divergence> detect(List<List<String>> rows) {
        return new DivergenceDetector().detect(List.of("en", "zh"), List.of(true, true), rows).divergences();
    }

    @Test
    void theFaithfulTranslationRaisesNoFlag() {
        assertThat(detect(rows())).isEmpty();
    }

    @Test
    void inIndonesianANameOfOrdinaryWordsInTheLanguagesOwnOrderIsNoNameWrittenSurnameFirst() {
        List<List<String>> rows = FixtureRows.read("news-en-zh", "jwst.en.txt", "jwst.id.txt");

        List<Divergence> found = new DivergenceDetector().detect(List.of("en", "id"), List.of(true, true), rows).divergences();

        // Carina Nebula, Nebula Carina: Indonesian puts the noun first. (Teleskop Luar Angkasa James Webb is still
        // reported as a name the English lacks: one flag in 18 rows.)
        assertThat(found).noneMatch(d -> d.type() == DivergenceType.NAME_ORDER).hasSizeLessThanOrEqualTo(1);
        assertThat(new DivergenceDetector().detect(List.of("en", "id"), List.of(true, true),
                List.of(List.of("Fei-Fei Li came.", "Li Feifei datang."))).divergences())
                .extracting(Divergence::type).containsExactly(DivergenceType.NAME_ORDER);
    }

    @Test
    void anEnglishSentenceCutShortBesideAShortChineseOneIsFound() {
        // 39 Chinese characters are a whole sentence: the cut English (32 characters) is judged against what they lead one to expect
        // (the 18 segments it leaves out are reported too).
        List<List<String>> rows = rows();
        rows.get(4).set(0, "Its primary mirror is 6.5 metres");

        List<Divergence> found = detect(rows);
        assertThat(found).allSatisfy(d -> assertThat(d.row()).isEqualTo(4));
        assertThat(found).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.LENGTH_OUTLIER);
            // The English is the first version: the Chinese reads as the one that says more.
            assertThat(d.explanation()).startsWith("The Chinese is much longer than the English leads one to expect");
        });
    }

    @Test
    void aLatinNameTheChineseKeepsAsWrittenAndTheEnglishLacksIsReported() {
        List<List<String>> rows = rows();
        String chinese = rows.get(12).get(1);
        rows.get(12).set(0, "One of them showed the galaxy cluster December 0723 as it was 4.6 billion years ago.");

        List<Divergence> found = detect(rows);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_MISSING);
            assertThat(d.row()).isEqualTo(12);
            assertThat(d.spans()).containsExactly(new Span(1, chinese.indexOf("SMACS"), chinese.indexOf("SMACS") + 5, "SMACS"));
            assertThat(d.explanation()).isEqualTo("The Chinese names \"SMACS\"; the English does not.");
        });
    }

    @Test
    void aUnitAfterANumberOrANameMisspeltByOneLetterIsNoMissingName() {
        List<Divergence> found = detect(List.of(
                List.of("The wavelength is seven centimetres.", "波长是7cm。"),
                List.of("The third satellite was Planck.", "第三颗卫星是普朗克卫星Planek。")));

        assertThat(found).isEmpty();
        assertThat(DivergenceDetector.oneEditApart("planek", "planck")).isTrue();
        assertThat(DivergenceDetector.oneEditApart("smacs", "december")).isFalse();
    }
}
