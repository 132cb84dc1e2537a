package dev.alinea.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.names.NameListService;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.HistoryEntry;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;

/** A project backed up and restored is the same project, history and undo included. */
class BackupIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    NameListService names;

    @Autowired
    BackupService backups;

    private RowRef ref(long id, int position) {
        return RowRef.of(reviews.row(id, position).orElseThrow());
    }

    @Test
    void aRestoredProjectHasTheSameRowsHistoryAndNameListAndItsUndoWorks() {
        long id = projects.createProject("Backed up", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN)), new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
        reviews.edit(id, List.of(ref(id, 2), ref(id, 3)), (a, r) -> a.mergeWithNext(r));
        reviews.edit(id, List.of(ref(id, 4)), (a, r) -> a.splitSegment(r, 0, 0, 6));
        reviews.edit(id, List.of(ref(id, 0)), (a, r) -> a.confirmUpTo(r));
        reviews.undo(id, null);
        names.reject(id, names.entries(id).getFirst());

        var file = new ByteArrayOutputStream();
        backups.backup(id, file);
        long restored = backups.restore("backup.json.gz", new ByteArrayInputStream(file.toByteArray()));

        assertThat(restored).isNotEqualTo(id);
        assertThat(texts(restored)).isEqualTo(texts(id));
        assertThat(reviews.counts(restored)).isEqualTo(reviews.counts(id));
        assertThat(reviews.history(restored)).extracting(HistoryEntry::description, HistoryEntry::undone)
                .isEqualTo(reviews.history(id).stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.description(), e.undone())).toList());
        assertThat(names.entries(restored)).isEqualTo(names.entries(id));
        assertThat(projects.project(restored).orElseThrow().documents()).extracting(DocumentInfo::fileName)
                .containsExactly(Seeds.ENGLISH, Seeds.INDONESIAN, Seeds.CHINESE);

        reviews.redo(restored, null);
        reviews.redo(id, null);
        reviews.undo(restored, null);
        reviews.undo(id, null);
        reviews.undo(restored, null);
        reviews.undo(id, null);
        assertThat(texts(restored)).isEqualTo(texts(id));
        reviews.edit(restored, List.of(ref(restored, 1)), (a, r) -> a.mergeWithNext(r));
        assertThat(texts(restored)).isNotEqualTo(texts(id));
    }

    @Test
    void aDuplicatedProjectIsACopyOfItsOwnUnderAnotherName() {
        long id = projects.createProject("Original", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
        reviews.edit(id, List.of(ref(id, 2), ref(id, 3)), (a, r) -> a.mergeWithNext(r));

        long copy = backups.duplicate(id);

        assertThat(projects.project(copy).orElseThrow().name()).isEqualTo("Original (copy)");
        assertThat(texts(copy)).isEqualTo(texts(id));
        assertThat(reviews.history(copy)).extracting(HistoryEntry::description).containsExactly("Merged rows 3 and 4");
        reviews.edit(copy, List.of(ref(copy, 0), ref(copy, 1)), (a, r) -> a.mergeWithNext(r));
        assertThat(texts(copy)).isNotEqualTo(texts(id));
        reviews.undo(copy, null);
        reviews.undo(copy, null);
        assertThat(reviews.history(id).getFirst().undone()).isFalse();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedByName() {
        assertThatThrownBy(() -> backups.restore("notes.txt", new ByteArrayInputStream("hello".getBytes())))
                .isInstanceOf(UserErrorException.class).hasMessageStartingWith("notes.txt: not an Alinea project backup");
    }

    private List<List<List<String>>> texts(long id) {
        return projects.rows(id, 0, Integer.MAX_VALUE).stream().map(AlignedRow::cells).toList();
    }
}
