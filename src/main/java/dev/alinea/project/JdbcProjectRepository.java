package dev.alinea.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.alinea.storage.Statements;
import dev.alinea.text.ExtractedText;
import dev.alinea.text.Segment;

/** Stores projects, their documents and the documents' segments with plain SQL. */
@Repository
class JdbcProjectRepository {

    /** The pivot's contrast with itself is infinite; the database keeps a large finite stand-in. */
    private static final double MAX_STORED_CONTRAST = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcProjectRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insertProject(String name, int pivotPosition, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project (name, pivot_position, created_at) VALUES (?, ?, ?)")
                .params(name, pivotPosition, Timestamp.from(createdAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A document's title column holds this many characters; a longer title (a file's metadata) is cut. */
    private static final int MAX_TITLE = 2000;

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    long insertDocument(long projectId, int position, String language, ExtractedText text, double matchContrast, String detectedLanguage) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(Statements.INSERT_DOCUMENT)
                .params(projectId, position, language, text.fileName(), shortened(text.title(), MAX_TITLE), text.text(),
                        Math.min(matchContrast, MAX_STORED_CONTRAST),
                        detectedLanguage)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertSegments(long documentId, List<Segment> segments, java.util.Set<Integer> excluded) {
        batch.batchUpdate(Statements.INSERT_SEGMENT,
                segments, 1000, (ps, s) -> {
                    ps.setLong(1, documentId);
                    ps.setInt(2, s.index());
                    ps.setString(3, s.text());
                    ps.setInt(4, s.start());
                    ps.setInt(5, s.end());
                    ps.setBoolean(6, excluded.contains(s.index()));
                });
    }

    List<ProjectRecord> findProjects() {
        return jdbc.sql("SELECT id, name, created_at, pivot_position FROM project ORDER BY id")
                .query((rs, n) -> new ProjectRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
                .list();
    }

    Optional<ProjectRecord> findProject(long projectId) {
        return jdbc.sql("SELECT id, name, created_at, pivot_position FROM project WHERE id = ?")
                .param(projectId)
                .query((rs, n) -> new ProjectRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
                .optional();
    }

    List<DocumentInfo> findDocuments(long projectId) {
        return jdbc.sql("""
                SELECT d.id, d.position, d.language, d.file_name, d.title,
                       (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id), d.match_contrast, d.detected_language
                FROM document d WHERE d.project_id = ? ORDER BY d.position""")
                .param(projectId)
                .query((rs, n) -> new DocumentInfo(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getDouble(7), rs.getString(8)))
                .list();
    }

    /** @return whether the project was there */
    boolean updateName(long projectId, String name) {
        return jdbc.sql("UPDATE project SET name = ? WHERE id = ?").params(name, projectId).update() == 1;
    }

    /** Deletes the project; its documents, sentences, rows, history, name list and members go with it (ON DELETE CASCADE). */
    boolean deleteProject(long projectId) {
        return jdbc.sql("DELETE FROM project WHERE id = ?").param(projectId).update() == 1;
    }

    int countRows(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM alignment_row WHERE project_id = ?").param(projectId).query(Integer.class).single();
    }

    record ProjectRecord(long id, String name, Instant createdAt, int pivotPosition) {
    }
}
