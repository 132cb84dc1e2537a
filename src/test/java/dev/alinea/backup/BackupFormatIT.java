package dev.alinea.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.SharedLocalContext;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameStatus;
import dev.alinea.names.DivergenceService;
import dev.alinea.names.NameListService;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.RowStatus;
import dev.alinea.review.Verdict;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.HistoryEntry;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.reviewing.RowLink;
import dev.alinea.storage.StoredJson;

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

    @Autowired
    DivergenceService divergences;

    @Test
    void aVersion1BackupRestoresWithItsRowsHistoryAndUndo() {
        long id = backups.restore("project.alinea.json.gz", fixture("v1"));

        assertThat(projects.project(id).orElseThrow().documents()).extracting(DocumentInfo::fileName)
                .containsExactly("story.en.txt", "story.id.txt", "story.zh.txt");
        List<List<List<String>>> restored = texts(id);
        assertThat(restored).hasSize(4);
        assertThat(restored.get(1).get(0)).containsExactly("Recently,", "ByteDance has had a change up of personnel.",
                "Li Lei, ByteDance’s AI Lab director, left his post and joined the University of California, Santa Barbara (UCSB) as an assistant professor.",
                "His information as a teacher is now available on UCSB’s website.");
        assertThat(restored.get(1).get(1).getFirst()).isEqualTo("Belakangan ini, ByteDance melakukan pergantian personel.");
        assertThat(reviews.row(id, 0).orElseThrow().excluded().getFirst()).containsExactly(true);
        assertThat(reviews.history(id)).extracting(HistoryEntry::description, HistoryEntry::undone).containsExactly(
                tuple("Confirmed rows 1 to 2", true), tuple("Split an English sentence of row 2", false),
                tuple("Excluded an English sentence of row 1", false), tuple("Edited an Indonesian sentence of row 2", false),
                tuple("Split the English text after sentence 1 off row 3", false), tuple("Merged rows 3 and 4", false));
        assertThat(names.entries(id)).filteredOn(e -> e.status() == NameStatus.REJECTED).extracting(NameEntry::renderings)
                .containsExactly(java.util.Map.of("en", List.of("Li Lei"), "id", List.of("Li Lei"), "zh", List.of("李磊")));

        reviews.redo(id, null);
        assertThat(reviews.row(id, 1).orElseThrow().status()).isEqualTo(RowStatus.CONFIRMED);
        while (reviews.nextUndo(id).isPresent()) {
            reviews.undo(id, null);
        }
        List<List<List<String>>> start = texts(id);
        assertThat(start).hasSize(4);
        assertThat(start.get(1).get(0).getFirst()).isEqualTo("Recently, ByteDance has had a change up of personnel.");
        assertThat(start.get(1).get(1).getFirst()).isEqualTo("Baru-baru ini, ByteDance melakukan pergantian personel.");
        assertThat(reviews.row(id, 0).orElseThrow().excluded().getFirst()).containsExactly(false);
        while (reviews.nextRedo(id).isPresent()) {
            reviews.redo(id, null);
        }
        reviews.undo(id, null);
        assertThat(texts(id)).isEqualTo(restored);
    }

    @Test
    void aVersion2BackupRestoresWithItsDecisionsOnDivergencesAndUndoesThem() {
        long id = backups.restore("project.alinea.json.gz", fixture("v2"));

        assertThat(reviews.decisions(id).values()).containsExactly(new DivergenceDecision(Verdict.DISMISSED, "intended"));
        DivergenceService.RowDivergences found = divergences.byRow(id);
        assertThat(found.report().divergences()).filteredOn(found::dismissed).hasSize(1);
        assertThat(reviews.history(id)).extracting(HistoryEntry::description).contains("Dismissed a divergence");

        reviews.redo(id, null);
        while (reviews.nextUndo(id).isPresent()) {
            reviews.undo(id, null);
        }
        assertThat(reviews.decisions(id)).isEmpty();
        assertThat(texts(id)).hasSize(4);
    }

    @Test
    void aVersion3BackupRestoresWithItsLinksAndUndoesThem() {
        long id = backups.restore("project.alinea.json.gz", fixture("v3"));

        assertThat(reviews.links(id)).extracting(RowLink::link).containsExactly(new ReviewLink(0, 1, 2, 2, 1, LinkOrigin.REVIEWER));
        assertThat(reviews.history(id)).extracting(HistoryEntry::description).contains("Linked English sentence 2 and Chinese sentence 3");

        long copy = backups.duplicate(id);
        assertThat(reviews.links(copy)).isEqualTo(reviews.links(id));
        while (reviews.nextUndo(id).isPresent()) {
            reviews.undo(id, null);
        }
        assertThat(reviews.links(id)).isEmpty();
        assertThat(reviews.links(copy)).hasSize(1);
    }

    @Test
    void aBackupOfANewerFormatVersionIsRefusedNamingTheFileAndTheVersion() throws IOException {
        var file = new ByteArrayOutputStream();
        try (var zipped = new GZIPOutputStream(file)) {
            zipped.write("{\"format\":\"alinea-project-backup\",\"version\":4,\"projectName\":\"Later\"}".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> backups.restore("later.alinea.json.gz", new ByteArrayInputStream(file.toByteArray())))
                .isInstanceOf(UserErrorException.class).hasMessage("later.alinea.json.gz: project backup format version 4 is newer than "
                        + "this Alinea reads (up to 3); open it with a newer version of Alinea");
    }

    @Test
    void aBackupWritesEachHistoryEntryInTheCurrentHistoryFormat() throws IOException {
        long id = backups.restore("project.alinea.json.gz", fixture("v1"));
        reviews.edit(id, refs(id, 2, 3), (a, r) -> a.mergeWithNext(r));
        var file = new ByteArrayOutputStream();

        backups.backup(id, file);

        var backup = StoredJson.mapper().readTree(new GZIPInputStream(new ByteArrayInputStream(file.toByteArray())));
        assertThat(backup.get("version").intValue()).as("without decisions on divergences, still version 1").isEqualTo(ProjectBackup.WITHOUT_DECISIONS);
        assertThat(backup.has("decisions")).isFalse();
        var history = backup.get("history");
        assertThat(history.get(history.size() - 1).get("change").stringValue()).startsWith("{\"formatVersion\":1,\"description\":\"Merged rows 3 and 4\"");
    }

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
        DivergenceService.RowDivergences found = divergences.byRow(id);
        reviews.decide(id, java.util.Map.of(found.key(found.counted().getFirst()), new DivergenceDecision(Verdict.DISMISSED, "intended")),
                "Dismissed a divergence");
        reviews.edit(id, refs(id, 1), (a, r) -> a.link(r, 0, 0, 2, a.segments(2).size() - 1));
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

    private List<List<List<String>>> texts(long id) {
        return projects.rows(id, 0, Integer.MAX_VALUE).stream().map(AlignedRow::cells).toList();
    }

    private static InputStream fixture(String version) {
        return BackupFormatIT.class.getResourceAsStream("/formats/" + version + "/backup/project.alinea.json.gz");
    }

    static SourceFile input(String name, String language) {
        try (InputStream in = BackupFormatIT.class.getResourceAsStream("/formats/v1/input/" + name)) {
            return new SourceFile(name, language, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
