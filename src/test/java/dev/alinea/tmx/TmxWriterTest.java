package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxWriterTest {

    private static final TmxHeader HEADER = new TmxHeader("Alinea", "0.1.0", "en", Instant.parse("2026-11-22T04:05:06Z"));
    private static final List<String> LANGUAGES = List.of("en", "id", "zh-CN");

    @Test
    void exportedTmxValidatesAgainstTheDtd() throws Exception {
        byte[] tmx = write(List.of(
                List.of("Andrew Ng left Baidu.", "Wu Enda meninggalkan Baidu.", "吴恩达离开了百度。"),
                Arrays.asList("Li Lei, former director (Source: Sina)", "", null),
                List.of("", "", "这一趋势最早从吴恩达开始。")));

        Document document = TmxValidation.parseValid(tmx);

        Element header = (Element) document.getElementsByTagName("header").item(0);
        assertThat(header.getAttribute("srclang")).isEqualTo("en");
        assertThat(header.getAttribute("creationtool")).isEqualTo("Alinea");
        assertThat(header.getAttribute("creationtoolversion")).isEqualTo("0.1.0");
        assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
        assertThat(header.getAttribute("datatype")).isEqualTo("plaintext");
        assertThat(header.getAttribute("creationdate")).isEqualTo("20261122T040506Z");
        assertThat(document.getElementsByTagName("tu").getLength()).isEqualTo(3);
        assertThat(document.getElementsByTagName("tuv").getLength()).isEqualTo(5);
    }

    @Test
    void neverWritesAnEmptySegAndSkipsUnitsWithoutText() throws Exception {
        byte[] tmx = write(List.of(List.of("Only English.", " ", ""), List.of("", "", "")));

        Document document = TmxValidation.parseValid(tmx);

        assertThat(document.getElementsByTagName("tu").getLength()).isEqualTo(1);
        var segs = document.getElementsByTagName("seg");
        assertThat(segs.getLength()).isEqualTo(1);
        assertThat(((Element) segs.item(0).getParentNode()).getAttribute("xml:lang")).isEqualTo("en");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlForbids() throws Exception {
        byte[] tmx = write(List.of(List.of("R&D <b>bold</b> \u0001ctrl 😀", "tanda “kutip”", "他说：“好。”")));

        String xml = new String(tmx, StandardCharsets.UTF_8);
        Document document = TmxValidation.parseValid(tmx);

        assertThat(xml).contains("R&amp;D &lt;b&gt;bold&lt;/b&gt; ctrl 😀").doesNotContain("\u0001");
        assertThat(document.getElementsByTagName("seg").item(2).getTextContent()).isEqualTo("他说：“好。”");
    }

    @Test
    void refusesAUnitWithTheWrongNumberOfVariants() {
        assertThatThrownBy(() -> write(List.of(List.of("one", "two"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A unit has 2 variants for 3 languages");
    }

    @Test
    void mapsLanguagesToTheCodesCatToolsExpect() {
        assertThat(TmxLanguages.tmxCode("zh")).isEqualTo("zh-CN");
        assertThat(TmxLanguages.tmxCode("id")).isEqualTo("id");
        assertThat(TmxLanguages.tmxCode("in")).isEqualTo("id");
        assertThat(TmxLanguages.tmxCode("en")).isEqualTo("en");
    }

    @Test
    void writesIdsPropertiesAndNotesValidly() throws Exception {
        var unit = new TmxUnit("row-7", List.of("Andrew Ng", "Wu Enda", "吴恩达"),
                java.util.Map.of("x-alinea-status", "aligned"), List.of("Name rendered differently: Andrew Ng / Wu Enda"));
        var out = new ByteArrayOutputStream();
        new TmxWriter().write(HEADER, LANGUAGES, List.of(unit), out);

        Document document = TmxValidation.parseValid(out.toByteArray());

        Element tu = (Element) document.getElementsByTagName("tu").item(0);
        assertThat(tu.getAttribute("tuid")).isEqualTo("row-7");
        assertThat(document.getElementsByTagName("prop").item(0).getTextContent()).isEqualTo("aligned");
        assertThat(((Element) document.getElementsByTagName("prop").item(0)).getAttribute("type")).isEqualTo("x-alinea-status");
        assertThat(document.getElementsByTagName("note").item(0).getTextContent()).isEqualTo("Name rendered differently: Andrew Ng / Wu Enda");
    }

    @Test
    void writesOnlyTheFiveXmlEntities() {
        String xml = new String(write(List.of(List.of("a & b < c > d \" e ' f", "", ""))), StandardCharsets.UTF_8);

        assertThat(xml.replaceAll("&(amp|lt|gt|quot|apos);", "")).doesNotContain("&");
    }

    private static byte[] write(List<List<String>> units) {
        var out = new ByteArrayOutputStream();
        new TmxWriter().write(HEADER, LANGUAGES, units.stream().map(TmxUnit::of).toList(), out);
        return out.toByteArray();
    }
}
