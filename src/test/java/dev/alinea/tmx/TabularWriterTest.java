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

    private static String write(TabularWriter.Format format, List<String> row) {
        var out = new ByteArrayOutputStream();
        int rows = new TabularWriter(format).write(List.of("row", "en", "id", "zh-CN"), List.of(row), out);
        assertThat(rows).isEqualTo(1);
        return out.toString(StandardCharsets.UTF_8);
    }
}
