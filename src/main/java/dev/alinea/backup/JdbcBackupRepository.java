package dev.alinea.backup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.alinea.backup.ProjectBackup.Document;
import dev.alinea.backup.ProjectBackup.Entry;
import dev.alinea.backup.ProjectBackup.Name;
import dev.alinea.backup.ProjectBackup.Row;
import dev.alinea.backup.ProjectBackup.Sentence;
import dev.alinea.storage.Statements;

/**
 * Reads a whole project, every table of it, into a backup and writes a backup back as a new
 * project, with plain SQL. A backup spans what the project, review and name-list features store,
 * so it reads and writes their tables itself rather than through their services: it must copy them
 * as they are, row keys and history included.
 */
@Repository
class JdbcBackupRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcBackupRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The project's revision, locking the project's row (and so its edits) until the transaction ends; empty when there is no such project. */
    Optional<Long> lockRevision(long projectId) {
        return jdbc.sql("SELECT revision FROM project WHERE id = ? FOR UPDATE").param(projectId).query(Long.class).optional();
    }

    /** The project at this revision; call holding its lock. */
    ProjectBackup read(long projectId, long revision) {
        Map<String, Object> project = jdbc.sql("SELECT name, pivot_position, created_at FROM project WHERE id = ?").param(projectId)
                .query((rs, n) -> Map.<String, Object>of("name", rs.getString(1), "pivot", rs.getInt(2), "created", rs.getTimestamp(3).toInstant()))
                .single();
        List<Document> documents = jdbc.sql("""
                SELECT id, position, language, file_name, title, extracted_text, match_contrast, detected_language
                FROM document WHERE project_id = ? ORDER BY position""").param(projectId)
                .query((rs, n) -> new Document(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7),
                        rs.getString(8), sentences(rs.getLong(1))))
                .list();
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.position, r.confidence, r.status, r.version, c.doc_position, c.seg_start, c.seg_end
                FROM alignment_row r JOIN row_cell c ON c.row_id = r.id WHERE r.project_id = ? ORDER BY r.position, r.id, c.doc_position""")
                .param(projectId)
                .query(rs -> {
                    Row row = rows.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new Row(id, rs.getLong(2), rs.getDouble(3), rs.getString(4), rs.getLong(5), new java.util.ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.cells().add(new int[] {rs.getInt(6), rs.getInt(7), rs.getInt(8)});
                });
        List<Entry> history = jdbc.sql("""
                SELECT revision, made_at, author, description, change_data, undone, undone_at FROM history_entry WHERE project_id = ? ORDER BY id""")
                .param(projectId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        List<Name> names = jdbc.sql("SELECT id, status FROM name_entry WHERE project_id = ? ORDER BY id").param(projectId)
                .query((rs, n) -> new Name(rs.getString(2), jdbc.sql("SELECT language, text FROM name_rendering WHERE entry_id = ? ORDER BY position")
                        .param(rs.getLong(1)).query((r, k) -> new String[] {r.getString(1), r.getString(2)}).list()))
                .list();
        List<ProjectBackup.Decision> decisions = jdbc.sql("SELECT decision_key, verdict, reason FROM divergence_decision WHERE project_id = ? ORDER BY decision_key")
                .param(projectId).query((rs, n) -> new ProjectBackup.Decision(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<ProjectBackup.Link> links = jdbc.sql("""
                SELECT doc_position, seg_idx, other_doc_position, other_seg_idx, confidence, origin FROM segment_link WHERE project_id = ?
                ORDER BY doc_position, seg_idx, other_doc_position, other_seg_idx""")
                .param(projectId)
                .query((rs, n) -> new ProjectBackup.Link(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5), rs.getString(6)))
                .list();
        int version = !links.isEmpty() ? ProjectBackup.VERSION : !decisions.isEmpty() ? ProjectBackup.WITHOUT_LINKS : ProjectBackup.WITHOUT_DECISIONS;
        return new ProjectBackup(ProjectBackup.FORMAT, version, (String) project.get("name"), (int) project.get("pivot"), (Instant) project.get("created"),
                revision, documents, List.copyOf(rows.values()), history, names, version == ProjectBackup.WITHOUT_DECISIONS ? null : decisions,
                links.isEmpty() ? null : links);
    }

    private List<Sentence> sentences(long documentId) {
        return jdbc.sql("SELECT text, start_offset, end_offset, excluded FROM segment WHERE document_id = ? ORDER BY idx").param(documentId)
                .query((rs, n) -> new Sentence(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4))).list();
    }

    /** The highest row id of the whole database; 0 when there are no rows. */
    long highestRowId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM alignment_row").query(Long.class).single();
    }

    /** Whether no row of the database has an id in {@code [lowest, largest]}. */
    boolean rowIdsFree(long lowest, long largest) {
        return jdbc.sql("SELECT COUNT(*) FROM alignment_row WHERE id BETWEEN ? AND ?").params(lowest, largest).query(Integer.class).single() == 0;
    }

    /** Makes the database number new rows from {@code next} on. */
    void restartRowIds(long next) {
        jdbc.sql("ALTER TABLE alignment_row ALTER COLUMN id RESTART WITH " + next).update();
    }

    /**
     * Stores the backup as a new project.
     *
     * @param history each history entry's change, as stored, with the row ids moved by {@code shift}
     * @param shift how far the rows' ids move
     * @return the new project's id
     */
    long insert(ProjectBackup backup, List<String> history, long shift) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project (name, pivot_position, created_at, revision) VALUES (?, ?, ?, ?)")
                .params(backup.name(), backup.pivotPosition(), Timestamp.from(backup.createdAt()), backup.revision()).update(keys, "id");
        long projectId = keys.getKey().longValue();
        for (Document document : backup.documents()) {
            var documentKey = new GeneratedKeyHolder();
            jdbc.sql(Statements.INSERT_DOCUMENT)
                    .params(projectId, document.position(), document.language(), document.fileName(), document.title(), document.extractedText(),
                            document.matchContrast(), document.detectedLanguage())
                    .update(documentKey, "id");
            long documentId = documentKey.getKey().longValue();
            List<Sentence> sentences = document.segments();
            batch.batchUpdate(Statements.INSERT_SEGMENT,
                    java.util.stream.IntStream.range(0, sentences.size()).boxed().toList(), 1000, (ps, i) -> {
                        ps.setLong(1, documentId);
                        ps.setInt(2, i);
                        ps.setString(3, sentences.get(i).text());
                        ps.setInt(4, sentences.get(i).start());
                        ps.setInt(5, sentences.get(i).end());
                        ps.setBoolean(6, sentences.get(i).excluded());
                    });
        }
        batch.batchUpdate(Statements.INSERT_ROW_WITH_ID,
                backup.rows(), 1000, (ps, row) -> {
                    ps.setLong(1, row.id() + shift);
                    ps.setLong(2, projectId);
                    ps.setLong(3, row.key());
                    ps.setDouble(4, row.confidence());
                    ps.setString(5, row.status());
                    ps.setLong(6, row.version());
                });
        List<long[]> cells = backup.rows().stream().flatMap(row -> row.cells().stream().map(c -> new long[] {row.id() + shift, c[0], c[1], c[2]})).toList();
        batch.batchUpdate(Statements.INSERT_ROW_CELL, cells, 1000, (ps, c) -> {
            ps.setLong(1, c[0]);
            ps.setInt(2, (int) c[1]);
            ps.setInt(3, (int) c[2]);
            ps.setInt(4, (int) c[3]);
        });
        for (int k = 0; k < history.size(); k++) {
            Entry entry = backup.history().get(k);
            String change = history.get(k);
            jdbc.sql("""
                    INSERT INTO history_entry (project_id, revision, made_at, author, description, change_data, undone, undone_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(projectId, entry.revision(), Timestamp.from(entry.madeAt()), entry.author(), entry.description(), change, entry.undone(),
                            entry.undoneAt() == null ? null : Timestamp.from(entry.undoneAt()))
                    .update();
        }
        for (Name name : backup.names()) {
            var nameKey = new GeneratedKeyHolder();
            jdbc.sql(Statements.INSERT_NAME_ENTRY).params(projectId, name.status()).update(nameKey, "id");
            long entryId = nameKey.getKey().longValue();
            for (int k = 0; k < name.renderings().size(); k++) {
                jdbc.sql(Statements.INSERT_NAME_RENDERING)
                        .params(entryId, k, name.renderings().get(k)[0], name.renderings().get(k)[1]).update();
            }
        }
        batch.batchUpdate(Statements.INSERT_LINK, backup.links() == null ? List.of() : backup.links(), 500, (ps, link) -> {
            ps.setLong(1, projectId);
            ps.setInt(2, link.document());
            ps.setInt(3, link.segment());
            ps.setInt(4, link.otherDocument());
            ps.setInt(5, link.otherSegment());
            ps.setDouble(6, link.confidence());
            ps.setString(7, link.origin());
        });
        for (ProjectBackup.Decision decision : backup.decisions() == null ? List.<ProjectBackup.Decision>of() : backup.decisions()) {
            jdbc.sql("INSERT INTO divergence_decision (project_id, decision_key, verdict, reason) VALUES (?, ?, ?, ?)")
                    .params(projectId, decision.key(), decision.verdict(), decision.reason()).update();
        }
        return projectId;
    }
}
