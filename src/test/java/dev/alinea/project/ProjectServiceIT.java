package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.alinea.Seeds;
import dev.alinea.TestDataDirectory;
import dev.alinea.text.ExtractionException;
import dev.alinea.tmx.TmxValidation;

@SpringBootTest
class ProjectServiceIT {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "service-");
    }

    @Autowired
    ProjectService projects;

    @Test
    void theDemoProjectIsCreatedFromTheSeedsOnFirstStart() {
        ProjectSummary demo = demo();

        assertThat(demo.name()).isEqualTo(DemoProjectInitializer.DEMO_NAME);
        assertThat(demo.documents()).extracting(DocumentInfo::language).containsExactly("en", "id", "zh");
        assertThat(demo.pivot().language()).isEqualTo("en");
        assertThat(demo.documents()).extracting(DocumentInfo::segmentCount).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(demo.rowCount()).isPositive();
    }

    @Test
    void everySegmentOfEveryDocumentAppearsExactlyOnceAcrossTheStoredRows() {
        ProjectSummary demo = demo();
        List<AlignedRow> rows = projects.rows(demo.id(), 0, demo.rowCount() + 10);

        assertThat(rows).hasSize(demo.rowCount());
        assertThat(rows).extracting(AlignedRow::position).containsExactlyElementsOf(java.util.stream.IntStream.range(0, rows.size()).boxed().toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.confidence()).isBetween(0.0, 1.0));
        for (DocumentInfo document : demo.documents()) {
            int total = rows.stream().mapToInt(r -> r.cells().get(document.position()).size()).sum();
            assertThat(total).as("segments of %s across rows", document.language()).isEqualTo(document.segmentCount());
        }
    }

    @Test
    void pagesOfRowsJoinUpToTheWhole() {
        ProjectSummary demo = demo();
        List<AlignedRow> all = projects.rows(demo.id(), 0, demo.rowCount());

        List<AlignedRow> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < demo.rowCount(); offset += 7) {
            paged.addAll(projects.rows(demo.id(), offset, 7));
        }

        assertThat(paged).isEqualTo(all);
        assertThat(projects.rows(demo.id(), demo.rowCount(), 10)).isEmpty();
    }

    @Test
    void wuEndaIsAlignedWithAndrewNg() {
        ProjectSummary demo = demo();
        AlignedRow row = projects.rows(demo.id(), 0, demo.rowCount()).stream()
                .filter(r -> String.join(" ", r.cells().get(1)).contains("Wu Enda"))
                .findFirst().orElseThrow();

        assertThat(String.join(" ", row.cells().get(0))).contains("Andrew Ng");
    }

    @Test
    void exportsTheDemoAsValidTmxWithThreeLanguages() throws Exception {
        ProjectSummary demo = demo();
        var out = new ByteArrayOutputStream();

        int units = projects.exportTmx(demo.id(), out);

        Document tmx = TmxValidation.parseValid(out.toByteArray());
        assertThat(units).isEqualTo(tmx.getElementsByTagName("tu").getLength()).isEqualTo(demo.rowCount());
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("en");
        Set<String> languages = new HashSet<>();
        var tuvs = tmx.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            languages.add(((Element) tuvs.item(i)).getAttribute("xml:lang"));
        }
        assertThat(languages).containsExactlyInAnyOrder("en", "id", "zh-CN");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("吴恩达", "Wu Enda", "Andrew Ng");
    }

    @Test
    void aFileWithoutTextIsRefusedByNameAndNothingIsStored() {
        int before = projects.projects().size();
        List<SourceFile> files = List.of(
                new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile("blank.txt", "id", "\n\n   \n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> projects.createProject("Broken", files, 0))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("blank.txt: the file contains no text");
        assertThat(projects.projects()).hasSize(before);
    }

    private ProjectSummary demo() {
        return projects.projects().stream().filter(p -> p.name().equals(DemoProjectInitializer.DEMO_NAME)).findFirst().orElseThrow();
    }
}
