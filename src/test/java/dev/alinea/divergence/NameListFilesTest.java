package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.alinea.problem.UserErrorException;

class NameListFilesTest {

    private static final List<NameEntry> ENTRIES = List.of(
            new NameEntry(Map.of("en", List.of("Andrew Ng"), "id", List.of("Wu Enda"), "zh", List.of("吴恩达")), NameStatus.CONFIRMED, 3),
            new NameEntry(Map.of("en", List.of("Fei-Fei Li", "Li, Fei-Fei"), "id", List.of("Li Feifei")), NameStatus.REJECTED, 2));

    @Test
    void csvRoundTripsWithQuotingAndSeveralRenderings() {
        var out = new ByteArrayOutputStream();
        NameListFiles.writeCsv(ENTRIES, List.of("en", "id", "zh"), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        List<NameEntry> read = NameListFiles.readCsv("names.csv", new ByteArrayInputStream(out.toByteArray()));

        assertThat(csv).startsWith("status,en,id,zh\r\nconfirmed,Andrew Ng,Wu Enda,吴恩达\r\nrejected,\"Fei-Fei Li | Li, Fei-Fei\",Li Feifei,\r\n");
        assertThat(read).extracting(NameEntry::renderings).containsExactly(ENTRIES.get(0).renderings(), ENTRIES.get(1).renderings());
        assertThat(read).extracting(NameEntry::status).containsExactly(NameStatus.CONFIRMED, NameStatus.REJECTED);
    }

    @Test
    void tbxRoundTrips() {
        var out = new ByteArrayOutputStream();
        NameListFiles.writeTbx(ENTRIES.subList(0, 1), out);

        List<NameEntry> read = NameListFiles.readTbx("names.tbx", new ByteArrayInputStream(out.toByteArray()));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<conceptEntry id=\"c1\">", "<langSec xml:lang=\"zh\">", "<term>吴恩达</term>");
        assertThat(read).singleElement().satisfies(entry -> {
            assertThat(entry.renderings()).isEqualTo(ENTRIES.getFirst().renderings());
            assertThat(entry.status()).isEqualTo(NameStatus.CONFIRMED);
        });
    }

    @Test
    void readsTbxVersionTwo() {
        String tbx = """
                <martif type="TBX" xml:lang="en"><text><body>
                <termEntry id="t1"><langSet xml:lang="en"><tig><term>Tsinghua University</term></tig></langSet>
                <langSet xml:lang="zh"><tig><term>清华大学</term></tig></langSet></termEntry>
                </body></text></martif>""";

        List<NameEntry> read = NameListFiles.readTbx("old.tbx", new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).singleElement().extracting(NameEntry::renderings)
                .isEqualTo(Map.of("en", List.of("Tsinghua University"), "zh", List.of("清华大学")));
    }

    @Test
    void aMalformedTbxNamesTheFileAndLine() {
        assertThatThrownBy(() -> NameListFiles.readTbx("bad.tbx", new ByteArrayInputStream("<tbx>\n<text>\n</tbx>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("bad.tbx, line 3: not well-formed TBX");
    }

    @Test
    void aFormulaLikeRenderingIsWrittenAsTextAndReadBackAsItWas() {
        var out = new java.io.ByteArrayOutputStream();
        NameListFiles.writeCsv(List.of(new NameEntry(java.util.Map.of("en", List.of("=HYPERLINK(\"x\")")), NameStatus.CONFIRMED, 0)), List.of("en"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'=HYPERLINK");
        assertThat(NameListFiles.readCsv("names.csv", new ByteArrayInputStream(out.toByteArray())).getFirst().renderings().get("en"))
                .containsExactly("=HYPERLINK(\"x\")");
    }

    @Test
    void aBrokenCsvOrAnUnknownStatusIsToldInTheUsersWords() {
        assertThatThrownBy(() -> NameListFiles.readCsv("bad.csv", new ByteArrayInputStream("en,zh\n\"unclosed,x\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserErrorException.class).hasMessageStartingWith("bad.csv: not a name-list CSV (")
                .message().doesNotContain("Exception");
        assertThatThrownBy(() -> NameListFiles.readCsv("odd.csv", new ByteArrayInputStream("status,en\nmaybe,Disney\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserErrorException.class).hasMessage("odd.csv, line 2: the status \"maybe\" is none of suggested, confirmed, rejected");
    }

    @Test
    void aTermWithAnUndefinedEntityIsRefusedNotStoredAsNull() {
        String tbx = """
                <?xml version="1.0"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Caf&eacute;</term></termSec></langSec></conceptEntry>
                </body></text></tbx>""";

        assertThatThrownBy(() -> NameListFiles.readTbx("names.tbx", new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("names.tbx, line 3: the term uses the entity &eacute; which the file does not define (write the character itself)");
        assertThat(NameListFiles.readTbx("ok.tbx", new ByteArrayInputStream(tbx.replace("&eacute;", "&amp;é").getBytes(StandardCharsets.UTF_8)))
                .getFirst().renderings().get("en")).containsExactly("Caf&é");
    }
}
