package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TabularWriterTest {

    @Test
    void csvQuotesFieldsAsRfc4180Says() {
        String csv = write(TabularWriter.Format.CSV, List.of("1", "Hello, \"world\"", "line\nbreak", "你好"));

        assertThat(csv).isEqualTo("\uFEFFrow,en,id,zh-CN\r\n1,\"Hello, \"\"world\"\"\",\"line\nbreak\",你好\r\n");
    }

    @Test
    void tsvKeepsEachRowOnOneLine() {
        String tsv = write(TabularWriter.Format.TSV, List.of("1", "tab\there", "line\r\nbreak", "你好"));

        assertThat(tsv).isEqualTo("row\ten\tid\tzh-CN\n1\ttab here\tline break\t你好\n");
    }

    @Test
    void xlsxIsAWorkbookWithTheRows() throws Exception {
        var out = new ByteArrayOutputStream();

        int rows = new TabularWriter(TabularWriter.Format.XLSX).write(List.of("row", "en", "zh-CN"), List.of(List.of("1", "A & B", "你好")), out);

        assertThat(rows).isEqualTo(1);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("alinea", ".xlsx");
        java.nio.file.Files.write(file, out.toByteArray());
        String sheet;
        String strings;
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheet).contains("<row r=\"1\"", "<row r=\"2\"");
        // fastexcel writes non-ASCII characters as character references: 你好 is &#x4f60;&#x597d;
        assertThat(strings).contains("A &amp; B", "&#x4f60;&#x597d;", "zh-CN");
    }

    private static String write(TabularWriter.Format format, List<String> row) {
        var out = new ByteArrayOutputStream();
        int rows = new TabularWriter(format).write(List.of("row", "en", "id", "zh-CN"), List.of(row), out);
        assertThat(rows).isEqualTo(1);
        return out.toString(StandardCharsets.UTF_8);
    }
}
