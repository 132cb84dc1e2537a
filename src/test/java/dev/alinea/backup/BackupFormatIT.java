package dev.alinea.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.SharedLocalContext;
import dev.alinea.names.NameListService;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * Backups of every format version stay restorable: the committed fixtures
 * {@code formats/vN/backup/project.alinea.json.gz} are a small project (made from
 * {@code formats/v1/input}) with a few edits, one of them undone.
 */
class BackupFormatIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    NameListService names;

    @Autowired
    BackupService backups;

    /**
     * Writes the fixture of the current format: {@code mvn verify -Dit.test=BackupFormatIT
     * -Dalinea.formats.out=DIR} writes DIR/backup/project.alinea.json.gz.
     */
    @Test
    @EnabledIfSystemProperty(named = "alinea.formats.out", matches = ".+")
    void writeFixture() throws IOException {
        long id = projects.createProject("Format fixture", List.of(input("story.en.txt", "en"), input("story.id.txt", "id"), input("story.zh.txt", "zh")), 0);
        reviews.edit(id, refs(id, 2, 3), (a, r) -> a.mergeWithNext(r));
        reviews.edit(id, refs(id, 2), (a, r) -> a.split(r, 0, 1));
        reviews.edit(id, refs(id, 1), (a, r) -> a.editSegment(r, 1, 0, a.cell(r, 1).getFirst().text().replace("Baru-baru ini", "Belakangan ini")));
        reviews.edit(id, refs(id, 0), (a, r) -> a.setExcluded(r, 0, 0, true));
        reviews.edit(id, refs(id, 1), (a, r) -> a.splitSegment(r, 0, 0, 10));
        reviews.edit(id, refs(id, 1), (a, r) -> a.confirmUpTo(r));
        reviews.undo(id, null);
        names.reject(id, names.entries(id).getFirst());
        Path dir = Files.createDirectories(Path.of(System.getProperty("alinea.formats.out"), "backup"));
        try (var out = Files.newOutputStream(dir.resolve("project.alinea.json.gz"))) {
            backups.backup(id, out);
        }
    }

    private List<RowRef> refs(long projectId, int... positions) {
        return java.util.Arrays.stream(positions).mapToObj(p -> RowRef.of(reviews.row(projectId, p).orElseThrow())).toList();
    }

    static SourceFile input(String name, String language) {
        try (InputStream in = BackupFormatIT.class.getResourceAsStream("/formats/v1/input/" + name)) {
            return new SourceFile(name, language, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
