package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code report.json} of every format version stays readable: the committed fixtures
 * {@code formats/vN/report/report.json} are what {@code align} wrote for {@code formats/v1/input}.
 */
class ReportFormatTest {

    @TempDir
    Path dir;

    /**
     * Writes the fixture of the current format: {@code mvn test -Dtest=ReportFormatTest
     * -Dalinea.formats.out=DIR} writes DIR/report/report.json.
     */
    @Test
    @EnabledIfSystemProperty(named = "alinea.formats.out", matches = ".+")
    void writeFixture() throws IOException {
        Path out = Path.of(System.getProperty("alinea.formats.out"), "report");
        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "align", "--out", dir.toString(),
                "--lang", "en,id,zh", input("story.en.txt"), input("story.id.txt"), input("story.zh.txt"));
        assertThat(code).isZero();
        Files.createDirectories(out);
        Files.copy(dir.resolve("report.json"), out.resolve("report.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String input(String name) throws IOException {
        Path file = dir.resolve("input").resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("/formats/v1/input/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file.toString();
    }
}
