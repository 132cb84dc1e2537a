package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import dev.alinea.Seeds;
import dev.alinea.tmx.TmxValidation;

class AlignCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTmxAndAJsonReportWithDivergencesAndTheNameList() throws Exception {
        Path en = Files.write(dir.resolve("en.txt"), Seeds.bytes(Seeds.ENGLISH));
        Path id = Files.write(dir.resolve("id.txt"), Seeds.bytes(Seeds.INDONESIAN));
        Path zh = Files.write(dir.resolve("zh.txt"), Seeds.bytes(Seeds.CHINESE));
        Path out = dir.resolve("out");

        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "align", "--out", out.toString(), en.toString(), id.toString(), zh.toString());

        assertThat(code).isZero();
        String tmx = Files.readString(out.resolve("alignment.tmx"));
        TmxValidation.parseValid(tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tmx).contains("<note>The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": the same entity rendered differently.</note>");

        AlignReport written = AlignReport.read(out.resolve("report.json"));
        assertThat(written.formatVersion()).as("the Chinese article tells facts elsewhere: links").isEqualTo(AlignReport.VERSION);
        assertThat(written.links()).isNotEmpty().allSatisfy(link -> {
            assertThat(link.document()).as("from the English pivot").isZero();
            assertThat(link.otherDocument()).as("to the Chinese article").isEqualTo(2);
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> report = JsonMapper.builder().build().readValue(out.resolve("report.json").toFile(), Map.class);
        List<Map<String, Object>> documents = list(report.get("documents"));
        assertThat(documents).extracting(d -> d.get("language")).containsExactly("en", "id", "zh");
        assertThat(documents).extracting(d -> d.get("translationOfPivot")).containsExactly(true, true, false);
        List<Map<String, Object>> rows = list(report.get("rows"));
        List<Map<String, Object>> divergences = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            divergences.addAll(list(row.get("divergences")));
        }
        assertThat(divergences).anySatisfy(d -> {
            assertThat(d.get("type")).isEqualTo("NAME_RENDERING");
            assertThat(d.get("languages")).isEqualTo(List.of("en", "id"));
            List<Map<String, Object>> sides = list(d.get("sides"));
            assertThat(sides.stream().map(side -> side.get("text")).toList()).containsExactly("Andrew Ng", "Wu Enda");
        });
        List<Map<String, Object>> names = list(report.get("nameList"));
        assertThat(names).anySatisfy(entity -> assertThat(entity.get("renderings"))
                .isEqualTo(Map.of("en", List.of("Andrew Ng"), "id", List.of("Wu Enda"), "zh", List.of("吴恩达"))));
    }

    @Test
    void aFileWhoseLanguageCannotBeDetectedIsNamed() throws Exception {
        Path numbers = Files.writeString(dir.resolve("numbers.txt"), "1 2 3\n4 5 6\n");
        var err = new StringWriter();

        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "align", "--out", dir.resolve("o").toString(),
                numbers.toString(), numbers.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(numbers + ": the language could not be detected; give the languages with --lang");
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
