package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.alinea.problem.UserErrorException;

/**
 * The {@code report.json} of every format version stays readable: the committed fixtures
 * {@code formats/vN/report/report.json} are what {@code align} wrote for {@code formats/v1/input}.
 */
class ReportFormatTest {

    @TempDir
    Path dir;

    @Test
    void aVersion1ReportReadsIntoTheReportRecord() throws IOException {
        Path file = dir.resolve("report.json");
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("/formats/v1/report/report.json")) {
            Files.write(file, in.readAllBytes());
        }

        AlignReport report = AlignReport.read(file);

        assertThat(report.formatVersion()).isNull();
        assertThat(report.tool()).startsWith("Alinea ");
        assertThat(report.documents()).extracting(AlignReport.Document::file, AlignReport.Document::language, AlignReport.Document::translationOfPivot)
                .containsExactly(tuple("story.en.txt", "en", true), tuple("story.id.txt", "id", true), tuple("story.zh.txt", "zh", true));
        assertThat(report.documents().getFirst().segments().get(1))
                .isEqualTo(new AlignReport.Segment(1, "Recently, ByteDance has had a change up of personnel.", 104, 157));
        assertThat(report.rows()).extracting(AlignReport.Row::segments).containsExactly(
                List.of(List.of(0), List.of(0), List.of()), List.of(List.of(1, 2, 3), List.of(1, 2, 3), List.of(0)),
                List.of(List.of(4), List.of(4), List.of(1)), List.of(List.of(5), List.of(5), List.of(2)));
        assertThat(report.rows().get(3).confidence()).isEqualTo(0.965);
        assertThat(report.rows().stream().flatMap(row -> row.divergences().stream()))
                .allSatisfy(d -> assertThat(d.explanation()).isNotBlank()).flatMap(AlignReport.Divergence::sides).isNotEmpty();
        assertThat(report.nameList().getFirst()).isEqualTo(new AlignReport.Name(
                java.util.Map.of("en", List.of("Li Lei"), "id", List.of("Li Lei"), "zh", List.of("李磊")), 7));
    }

    @Test
    void aReportOfANewerFormatVersionIsRefusedNamingTheFileAndTheVersion() throws IOException {
        Path file = Files.writeString(dir.resolve("report.json"), "{\"formatVersion\": 3, \"tool\": \"Alinea 9\"}");

        assertThatThrownBy(() -> AlignReport.read(file)).isInstanceOf(UserErrorException.class)
                .hasMessage(file + ": report format version 3 is newer than this Alinea reads (up to 2); open it with a newer version of Alinea");
    }

    @Test
    void aVersion2ReportReadsWithItsLinks() throws IOException {
        Path file = dir.resolve("report.json");
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("/formats/v2/report/report.json")) {
            Files.write(file, in.readAllBytes());
        }

        AlignReport report = AlignReport.read(file);

        assertThat(report.formatVersion()).isEqualTo(2);
        assertThat(report.links()).containsExactly(new AlignReport.Link(0, 1, 2, 3, 0.86), new AlignReport.Link(0, 4, 2, 0, 0.912));
        assertThat(report.rows()).hasSize(4);
    }

    @Test
    void linksAreReportedWithTheirConfidenceRounded() {
        assertThat(AlignReport.Link.of(List.of(new dev.alinea.align.Link(0, 2, 1, 7, 0.123456))))
                .containsExactly(new AlignReport.Link(0, 2, 1, 7, 0.123));
    }

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
