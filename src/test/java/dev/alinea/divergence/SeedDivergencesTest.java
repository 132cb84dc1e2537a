package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;
import dev.alinea.align.Aligners;
import dev.alinea.align.LexicalAligner;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.TikaTextExtractor;

/** The acceptance points of the divergence issue, on the demo story (en 000, id 002, zh 003). */
class SeedDivergencesTest {

    private static final List<String> LANGUAGES = List.of("en", "id", "zh");
    private static DivergenceReport report;

    @BeforeAll
    static void detectOnTheSeeds() {
        List<List<String>> documents = new ArrayList<>();
        String[] seeds = {Seeds.ENGLISH, Seeds.INDONESIAN, Seeds.CHINESE};
        for (int d = 0; d < seeds.length; d++) {
            String text = new TikaTextExtractor().extract(seeds[d], Seeds.stream(seeds[d])).text();
            documents.add(new SentenceSegmenter(LANGUAGES.get(d)).segment(text).stream().map(Segment::text).toList());
        }
        MultiAlignment alignment = new MultiAligner(Aligners::forPair).align(documents, LANGUAGES, 0);
        List<List<String>> rows = alignment.cellTexts(documents, LANGUAGES);
        report = new DivergenceDetector().detect(LANGUAGES,
                alignment.contrast().stream().map(c -> c >= LexicalAligner.TRANSLATION_CONTRAST).toList(), rows);
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
}
