package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 7: a cell a spreadsheet would run as a formula is written as text in CSV and
 * TSV exports, and NUL, ESC and the other control characters do not reach the file.
 */
class SpreadsheetInjectionTest {

    private static String write(TabularWriter.Format format, List<String> row) {
        var out = new ByteArrayOutputStream();
        new TabularWriter(format).write(List.of("row", "en", "id", "zh-CN"), List.of(row), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cellsStartingLikeAFormulaGetAnApostrophe() {
        String csv = write(TabularWriter.Format.CSV, List.of("1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "@SUM(A1)"));
        String tsv = write(TabularWriter.Format.TSV, List.of("1", "-2+3", "=1+1", "\tcmd"));

        assertThat(csv).endsWith("\r\n1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1+2,'@SUM(A1)\r\n");
        assertThat(tsv).endsWith("\n1\t'-2+3\t'=1+1\t cmd\n");
    }

    @Test
    void controlCharactersAreRemoved() {
        String csv = write(TabularWriter.Format.CSV, List.of("1", "a\u0000b", "c\u001b[31md", "e\u0007f"));
        String tsv = write(TabularWriter.Format.TSV, List.of("1", "a\u0000b", "\u001b=cmd", "ok"));

        assertThat(csv).endsWith("\r\n1,ab,c[31md,ef\r\n").doesNotContain("\u0000", "\u001b", "\u0007");
        assertThat(tsv).endsWith("\n1\tab\t'=cmd\tok\n");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(SpreadsheetCells.safe("Dr. Fei-Fei Li, 40 years")).isEqualTo("Dr. Fei-Fei Li, 40 years");
        assertThat(SpreadsheetCells.safe("吴恩达说：“=”")).isEqualTo("吴恩达说：“=”");
        assertThat(SpreadsheetCells.unsafe(SpreadsheetCells.safe("=A1"))).isEqualTo("=A1");
        assertThat(SpreadsheetCells.unsafe("'quoted")).isEqualTo("'quoted");
    }
}
