package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;
import dev.alinea.text.Segment;

/** The acceptance points of the divergence issue, on the demo story (en 000, id 002, zh 003). */
class SeedDivergencesTest {

    private static DivergenceReport report;

    @BeforeAll
    static void detectOnTheSeeds() {
        AlignedSeeds seeds = AlignedSeeds.align();
        report = new DivergenceDetector().detect(seeds.languages(), seeds.translations(), seeds.rows());
    }

    @Test
    void andrewNgWuEndaAndWuEndaInChineseAreOneEntityWithDivergentRenderings() {
        assertThat(report.nameList()).anySatisfy(entity -> assertThat(entity.renderings())
                .containsEntry(0, List.of("Andrew Ng")).containsEntry(1, List.of("Wu Enda")).containsEntry(2, List.of("吴恩达")));
        assertThat(report.divergences()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Andrew Ng", "Wu Enda");
        });
    }

    @Test
    void feiFeiLiAndLiFeifeiAreAnOrderOrRomanisationVariant() {
        assertThat(report.divergences()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_ORDER);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Fei-Fei Li", "Li Feifei");
        });
        assertThat(report.nameList()).anySatisfy(entity -> assertThat(entity.renderings()).containsEntry(2, List.of("李飞飞")));
    }

    @Test
    void theEnglishCaptionIsOmittedInTheIndonesian() {
        assertThat(report.divergences()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.OMISSION);
            assertThat(d.explanation()).isEqualTo(
                    "The English sentence \"Li Lei, former ByteDance’s AI Lab director (Source: Sina)\" has no Indonesian counterpart.");
        });
    }

    @Test
    void liLeiMaWeiyingAndZhangTongMatchTheirChineseNamesWithoutDivergence() {
        for (String[] name : new String[][] {{"Li Lei", "李磊"}, {"Ma Weiying", "马维英"}, {"Zhang Tong", "张潼"}}) {
            assertThat(report.nameList()).anySatisfy(entity -> assertThat(entity.renderings())
                    .containsEntry(0, List.of(name[0])).containsEntry(1, List.of(name[0])).containsEntry(2, List.of(name[1])));
            assertThat(report.divergences()).noneSatisfy(d -> assertThat(d.spans()).extracting(Span::text).contains(name[0]));
        }
    }

    @Test
    void otherDifferencesAReviewerWouldFlagAreFound() {
        assertThat(report.divergences()).extracting(Divergence::explanation).contains(
                "The English writes \"Ji Qi Zhi Neng\" where the Indonesian writes \"Gigi Intelligent\": the same entity rendered differently.",
                "The English writes \"STAR Market\" where the Indonesian writes \"Star City\": the same entity rendered differently.",
                "The English names \"CSRC\"; the Indonesian does not.",
                "The Chinese writes \"ucsb\" here but \"UCSB\" elsewhere (1 time).");
    }

    @Test
    void theNameListSuggestsNoAcronymOrdinaryWordLoneSurnameOrHeadline() {
        List<String> english = report.nameList().stream().map(entity -> entity.renderings().getOrDefault(0, List.of()))
                .flatMap(List::stream).toList();

        assertThat(english).doesNotContain("AI", "CEO", "Li", "Technology", "Internet", "ByteDance AI Lab Director Confirms Resignation")
                .contains("ByteDance", "Google", "Baidu", "Andrew Ng", "Fei-Fei Li", "Li Lei");
    }
}
