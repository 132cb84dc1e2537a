package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.alinea.Seeds;

/** Segmentation cases per language, run under the English and the Turkish default locale (dotless i). */
class SegmentationTableTest {

    static Stream<Arguments> cases() {
        List<String[]> table = List.of(
                new String[] {"en", "Dr. Fei-Fei Li left Google. She returned to Stanford.", "Dr. Fei-Fei Li left Google. | She returned to Stanford."},
                new String[] {"en", "Mr. Ng and Prof. Li met in the U.S. in 2017. It was brief.", "Mr. Ng and Prof. Li met in the U.S. in 2017. | It was brief."},
                new String[] {"en", "Tools, e.g. Okapi, read the rules. INSTITUTE and Ideas matter.", "Tools, e.g. Okapi, read the rules. | INSTITUTE and Ideas matter."},
                new String[] {"en", "J. K. Rowling wrote it... and then left! Did she?", "J. K. Rowling wrote it... and then left! | Did she?"},
                new String[] {"id", "Dr. Li Feifei meninggalkan Google. Ia kembali ke Stanford.", "Dr. Li Feifei meninggalkan Google. | Ia kembali ke Stanford."},
                new String[] {"id", "Ia membeli buku, pena, dsb. di Jl. Sudirman No. 5. Selesai.", "Ia membeli buku, pena, dsb. di Jl. Sudirman No. 5. | Selesai."},
                new String[] {"id", "Pasien dr. Ilham sembuh. IBU dan Ibu pulang.", "Pasien dr. Ilham sembuh. | IBU dan Ibu pulang."},
                new String[] {"zh", "他说：“我很高兴。”然后离开了。", "他说：“我很高兴。” | 然后离开了。"},
                new String[] {"zh", "这是真的吗？（是的！）好。", "这是真的吗？ | （是的！） | 好。"},
                new String[] {"zh", "李飞飞回到斯坦福。吴恩达也离开了百度！", "李飞飞回到斯坦福。 | 吴恩达也离开了百度！"});
        return Stream.of(Locale.ENGLISH, Locale.forLanguageTag("tr")).flatMap(locale -> table.stream()
                .map(row -> Arguments.of(locale, row[0], row[1], Arrays.asList(row[2].split(" \\| ")))));
    }

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @MethodSource("cases")
    void splitsAsAReaderWould(Locale defaultLocale, String language, String text, List<String> expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(defaultLocale);
        try {
            assertThat(new SentenceSegmenter(language).segment(text)).extracting(Segment::text).containsExactlyElementsOf(expected);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theChineseSeedsHeadingsAreSegmentsOfTheirOwn() {
        String seed = new TikaTextExtractor().extract(Seeds.CHINESE, Seeds.stream(Seeds.CHINESE)).text();

        assertThat(new SentenceSegmenter("zh").segment(seed)).extracting(Segment::text).contains("1、谁是李磊？", "2、反映了怎样的趋势？")
                .noneMatch(s -> s.contains("http") || s.contains("<") || s.contains("headimg:"));
    }
}
