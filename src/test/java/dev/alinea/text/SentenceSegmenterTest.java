package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;

class SentenceSegmenterTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @Test
    void keepsDrFeiFeiLiInOneSentence() {
        List<Segment> segments = segmentSeed(Seeds.ENGLISH, "en");

        assertThat(segments).anySatisfy(s -> assertThat(s.text())
                .contains("Andrew Ng, chief scientist of Baidu, Dr. Fei-Fei Li, a well-known scientist of Google")
                .endsWith("joined academia."));
        assertThat(segments).noneSatisfy(s -> assertThat(s.text()).endsWith("Dr."));
    }

    @Test
    void splitsTheEnglishSeedIntoSentencesWithinParagraphs() {
        List<Segment> segments = segmentSeed(Seeds.ENGLISH, "en");

        assertThat(segments.get(0).text()).isEqualTo("ByteDance AI Lab Director Confirms Resignation; Scientists Leave the Business Tower for the Ivory Tower");
        assertThat(segments.get(1).text()).isEqualTo("Recently, ByteDance has had a change up of personnel.");
        assertThat(segments).hasSize(22);
    }

    @Test
    void keepsDrLiFeifeiInOneIndonesianSentence() {
        List<Segment> segments = segmentSeed(Seeds.INDONESIAN, "id");

        assertThat(segments).anySatisfy(s -> assertThat(s.text()).contains("Wu Enda, kepala ilmuwan Baidu, dan Dr. Li Feifei, ilmuwan ternama Google"));
        assertThat(segments.get(1).text()).isEqualTo("Baru-baru ini, ByteDance melakukan pergantian personel.");
    }

    @Test
    void splitsChineseAfterFullStopsAndKeepsClosingQuotesWithTheirSentence() {
        SentenceSegmenter segmenter = new SentenceSegmenter("zh");

        List<Segment> segments = segmenter.segment("他说：“我很高兴。”然后离开了。这是真的吗？是的！");

        assertThat(segments).extracting(Segment::text)
                .containsExactly("他说：“我很高兴。”", "然后离开了。", "这是真的吗？", "是的！");
    }

    @Test
    void offsetsPointIntoTheExtractedText() {
        ExtractedText text = extractor.extract(Seeds.CHINESE, Seeds.stream(Seeds.CHINESE));
        List<Segment> segments = new SentenceSegmenter("zh").segment(text.text());

        assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(text.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(segments).extracting(Segment::index).containsExactlyElementsOf(java.util.stream.IntStream.range(0, segments.size()).boxed().toList());
        assertThat(segments.get(0).text()).isEqualTo(text.title());
    }

    @Test
    void neverSplitsAcrossBlocks() {
        List<Segment> segments = new SentenceSegmenter("en").segment("A title without a full stop\nThe first sentence. The second one.");

        assertThat(segments).extracting(Segment::text)
                .containsExactly("A title without a full stop", "The first sentence.", "The second one.");
    }

    private List<Segment> segmentSeed(String seed, String language) {
        return new SentenceSegmenter(language).segment(extractor.extract(seed, Seeds.stream(seed)).text());
    }
}
