package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TmxReaderTest {

    private final TmxReader reader = new TmxReader();

    @Test
    void readsBackWhatAlineaWrites() {
        List<TmxUnit> units = List.of(
                new TmxUnit("row-1", List.of("R&D <b> 😀", "Penelitian", "研发。“好”"), Map.of("x-alinea-status", "aligned"), List.of()),
                new TmxUnit("row-2", Arrays.asList("Caption only", null, ""), Map.of(), List.of("an omission")));
        var out = new ByteArrayOutputStream();
        new TmxWriter().write(new TmxHeader("Alinea", "1", "en", Instant.EPOCH), List.of("en", "id", "zh-CN"), units, out);

        TmxDocument document = read(out.toString(StandardCharsets.UTF_8));

        assertThat(document.sourceLanguage()).isEqualTo("en");
        assertThat(document.languages()).containsExactly("en", "id", "zh-CN");
        assertThat(document.units().get(0).variants()).containsExactly("R&D <b> 😀", "Penelitian", "研发。“好”");
        assertThat(document.units().get(0).properties()).containsEntry("x-alinea-status", "aligned");
        assertThat(document.units().get(0).id()).isEqualTo("row-1");
        assertThat(document.units().get(1).variants()).containsExactly("Caption only", null, null);
        assertThat(document.units().get(1).notes()).containsExactly("an omission");
    }

    @Test
    void readsAnOmegaTStyleFile() {
        TmxDocument document = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx11.dtd">
                <tmx version="1.1">
                  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0" segtype="sentence" srclang="EN-US"/>
                  <body>
                    <tu>
                      <tuv lang="ID"><seg>Ilmuwan itu pergi.</seg></tuv>
                      <tuv lang="EN-US"><seg>The scientist left.</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """);

        assertThat(document.languages()).containsExactly("EN-US", "ID");
        assertThat(document.units().getFirst().variants()).containsExactly("The scientist left.", "Ilmuwan itu pergi.");
    }

    @Test
    void keepsTheTextOfInlineMarkupAndDropsNativeCodes() {
        TmxDocument document = read("""
                <tmx version="1.4"><header creationtool="Trados" creationtoolversion="1" segtype="sentence" o-tmf="TW4Win 2.0 Format"
                 adminlang="en-US" srclang="en-US" datatype="rtf"/><body>
                <tu><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph x="2">{1}</ph>.</seg></tuv>
                <tuv xml:lang="zh-CN"><seg>现在点击<hi>保存</hi>。</seg></tuv></tu>
                </body></tmx>
                """);

        assertThat(document.units().getFirst().variants()).containsExactly("Click Save now.", "现在点击保存。");
    }

    @Test
    void refusesABillionLaughs() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>
                """;

        assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageStartingWith("bad.tmx, line 7: ")
                .hasMessageContaining("lol3");
    }

    @Test
    void refusesAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>
                """;

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageStartingWith("bad.tmx, line 3: ")
                .hasMessageContaining("secret")
                .hasMessageNotContaining("root:");
    }

    @Test
    void aMalformedFileIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu>\n</body></tmx>"))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageStartingWith("bad.tmx, line 4: not well-formed XML");
    }

    @Test
    void xmlThatIsNotTmxIsRefused() {
        assertThatThrownBy(() -> read("<html><body>hello</body></html>"))
                .isInstanceOf(TmxFormatException.class)
                .hasMessage("bad.tmx: this is XML but not TMX (no <tmx> element)");
    }

    private TmxDocument read(String xml) {
        return reader.read("bad.tmx", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
