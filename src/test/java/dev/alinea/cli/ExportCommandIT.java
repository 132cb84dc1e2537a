package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.alinea.Application;
import dev.alinea.TestDataDirectory;
import dev.alinea.tmx.TmxValidation;
import dev.alinea.tmx.XliffValidation;

/** The command line exports a project of the workbench's database without starting the web app. */
class ExportCommandIT {

    private static Path dataDir;

    @BeforeAll
    static void createTheDemoProject() {
        dataDir = TestDataDirectory.create("cli-export-");
        new SpringApplicationBuilder(Application.class).run("--alinea.data-dir=" + dataDir, "--server.port=0").close();
    }

    @Test
    void exportsTheOnlyProjectAsValidTmx() throws Exception {
        Path out = dataDir.resolve("demo.tmx");

        Result result = run("export", "--data-dir", dataDir.toString(), "--format", "tmx", "--comparable-min-confidence", "0", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("units of project 1");
        TmxValidation.parseValid(Files.readAllBytes(out));
        assertThat(Files.readString(out)).contains("xml:lang=\"zh-CN\"", "Wu Enda");
    }

    @Test
    void theComparableChineseArticleGivesItsTextOnlyFromRowsAtOrAboveTheThresholdAsked() throws Exception {
        Path every = dataDir.resolve("every.tmx");
        Path none = dataDir.resolve("none.tmx");

        Result all = run("export", "--data-dir", dataDir.toString(), "--comparable-min-confidence", "0", "--keep-single-language", "--out", every.toString());
        Result sure = run("export", "--data-dir", dataDir.toString(), "--comparable-min-confidence", "1", "--keep-single-language", "--out", none.toString());
        Result wrong = run("export", "--data-dir", dataDir.toString(), "--comparable-min-confidence", "2", "--out", none.toString());

        assertThat(all.code()).as(all.err()).isZero();
        assertThat(sure.code()).as(sure.err()).isZero();
        String everyRow = Files.readString(every);
        String sureRows = Files.readString(none);
        assertThat(everyRow).contains("xml:lang=\"zh-CN\"", "<prop type=\"x-alinea-comparable\">zh-CN</prop>");
        assertThat(count(sureRows, "xml:lang=\"zh-CN\"")).isLessThan(count(everyRow, "xml:lang=\"zh-CN\""));
        assertThat(count(sureRows, "xml:lang=\"id\"")).isEqualTo(count(everyRow, "xml:lang=\"id\""));
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("--comparable-min-confidence is between 0 and 1, not 2.0");
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void exportsCsvWithChineseCodeByScript() throws Exception {
        Path out = dataDir.resolve("demo.csv");

        Result result = run("export", "--data-dir", dataDir.toString(), "--format", "csv", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("\uFEFFrow,en,id,zh-CN,status,confidence");
    }

    @Test
    void exportsXliffPairsOfTheChosenLanguagesAboveAConfidence() throws Exception {
        Path out = dataDir.resolve("demo.xliff.zip");

        Result result = run("export", "--data-dir", dataDir.toString(), "--format", "xliff_pairs", "--languages", "en,id",
                "--min-confidence", "0.5", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(XliffValidation.readValid(zip.readAllBytes())).isNotEmpty();
            }
        }
        assertThat(names).hasSize(1).allSatisfy(name -> assertThat(name).endsWith(".en-id.xlf"));
    }

    @Test
    void aLanguageTheProjectLacksIsNamed() {
        Result result = run("export", "--data-dir", dataDir.toString(), "--languages", "fr", "--out", dataDir.resolve("x.tmx").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("has no fr document (languages: en, id, zh)");
    }

    @Test
    void anUnknownProjectIsNamed() {
        Result result = run("export", "--data-dir", dataDir.toString(), "--project", "42", "--out", dataDir.resolve("x.tmx").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("there is no project 42 (projects: 1 Demo:");
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
