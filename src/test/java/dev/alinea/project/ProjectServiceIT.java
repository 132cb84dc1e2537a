package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.text.ExtractionException;

class ProjectServiceIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    dev.alinea.reviewing.ReviewService reviews;

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
        return DemoProject.find(projects);
    }

    private long twoVersions(String name) {
        return projects.createProject(name, List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
    }

    @Test
    void aProjectIsRenamedAndABlankNameIsRefused() {
        long id = twoVersions("Draft");

        projects.rename(id, "  The ByteDance story  ");

        assertThat(projects.project(id).orElseThrow().name()).isEqualTo("The ByteDance story");
        assertThatThrownBy(() -> projects.rename(id, " ")).isInstanceOf(dev.alinea.problem.UserErrorException.class)
                .hasMessage("A project needs a name");
    }

    @Test
    void aDeletedProjectLeavesNothingBehind() {
        long id = twoVersions("To delete");
        reviews.edit(id, List.of(dev.alinea.reviewing.ReviewService.RowRef.of(reviews.row(id, 0).orElseThrow())), (a, r) -> a.confirm(r));

        projects.delete(id);

        assertThat(projects.project(id)).isEmpty();
        assertThat(projects.projects()).extracting(ProjectSummary::id).doesNotContain(id);
        for (String table : List.of("document", "alignment_row", "history_entry", "name_entry", "project_member")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE project_id = ?").param(id).query(Integer.class).single())
                    .as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM segment s WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = s.document_id)")
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> projects.delete(id)).isInstanceOf(dev.alinea.problem.UserErrorException.class);
    }
}
