package dev.alinea.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.review.Change;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs a project up as one file (gzipped JSON: documents, sentences, rows, review history, name
 * list) and restores such a file as a project. The backup is consistent: it is read in one
 * transaction that holds the project's lock, so no edit lands half-way through it. A restored
 * project keeps its rows' ids when they are free (a new server), else all its rows move by the
 * same amount, its history with them, so that undo and redo go on working.
 */
@Service
public class BackupService {

    static final String FORMAT = "alinea-project-backup";
    static final int VERSION = 1;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final JdbcReviewRepository reviews;
    private final ProjectAccess access;
    private final JsonMapper json = ChangeCodec.mapper();

    BackupService(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, JdbcReviewRepository reviews, ProjectAccess access) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.reviews = reviews;
        this.access = access;
    }

    record Backup(String format, int version, String name, int pivotPosition, Instant createdAt, long revision, List<Document> documents,
            List<Row> rows, List<Entry> history, List<Name> names) {
    }

    record Document(int position, String language, String fileName, String title, String extractedText, double matchContrast,
            String detectedLanguage, List<Sentence> segments) {
    }

    record Sentence(String text, int start, int end, boolean excluded) {
    }

    record Row(long id, long key, double confidence, String status, long version, List<int[]> cells) {
    }

    record Entry(long revision, Instant madeAt, String author, String description, String change, boolean undone, Instant undoneAt) {
    }

    record Name(String status, List<String[]> renderings) {
    }

    /**
     * Writes the project as it is at one moment.
     *
     * @throws AccessDeniedException unless the caller is an administrator
     */
    public void backup(long projectId, OutputStream out) {
        access.checkAdmin("back up projects");
        Backup backup = transactions.execute(status -> read(projectId));
        try (var zipped = new GZIPOutputStream(out)) {
            json.writeValue(zipped, backup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Backup read(long projectId) {
        long revision = reviews.lockRevision(projectId).orElseThrow(() -> new NoSuchElementException("There is no project with id " + projectId));
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
        return new Backup(FORMAT, VERSION, (String) project.get("name"), (int) project.get("pivot"), (Instant) project.get("created"), revision,
                documents, List.copyOf(rows.values()), history, names);
    }

    private List<Sentence> sentences(long documentId) {
        return jdbc.sql("SELECT text, start_offset, end_offset, excluded FROM segment WHERE document_id = ? ORDER BY idx").param(documentId)
                .query((rs, n) -> new Sentence(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4))).list();
    }

    /**
     * Makes a project of a backup file, all or nothing.
     *
     * @param fileName the file's name, for messages
     * @return the new project's id
     * @throws IllegalArgumentException naming the file when it is not an Alinea backup
     * @throws AccessDeniedException unless the caller is an administrator
     */
    public long restore(String fileName, InputStream in) {
        access.checkAdmin("restore projects");
        Backup backup;
        try (var unzipped = new GZIPInputStream(in)) {
            backup = json.readValue(unzipped, Backup.class);
        } catch (ZipException | JacksonException e) {
            throw new IllegalArgumentException(fileName + ": not an Alinea project backup (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(backup.format()) || backup.version() != VERSION) {
            throw new IllegalArgumentException(fileName + ": not an Alinea project backup of version " + VERSION);
        }
        List<Change> changes = backup.history().stream().map(entry -> ChangeCodec.read(entry.change())).toList();
        long shift = rowIdShift(backup, changes);
        return transactions.execute(status -> write(backup, changes, shift));
    }

    /**
     * How far the backup's row ids move so that none meets a row of this database: not at all when
     * they are free. The database's row numbering then starts past them. (Done before the restore's
     * transaction, as some databases commit around a change of the numbering.)
     */
    private long rowIdShift(Backup backup, List<Change> changes) {
        long highest = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM alignment_row").query(Long.class).single();
        long lowest = backup.rows().stream().mapToLong(Row::id).min().orElse(1);
        long largest = backup.rows().stream().mapToLong(Row::id).max().orElse(0);
        for (Change change : changes) {
            for (var row : change.before()) {
                lowest = Math.min(lowest, row.id());
                largest = Math.max(largest, row.id());
            }
            for (var row : change.after()) {
                lowest = Math.min(lowest, row.id());
                largest = Math.max(largest, row.id());
            }
        }
        boolean free = jdbc.sql("SELECT COUNT(*) FROM alignment_row WHERE id BETWEEN ? AND ?").params(lowest, largest).query(Integer.class).single() == 0;
        long shift = free ? 0 : highest + 1 - lowest;
        jdbc.sql("ALTER TABLE alignment_row ALTER COLUMN id RESTART WITH " + (Math.max(highest, largest + shift) + 1)).update();
        return shift;
    }

    /** @param changes the history's changes, as read from {@code backup} */
    private long write(Backup backup, List<Change> changes, long shift) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project (name, pivot_position, created_at, revision) VALUES (?, ?, ?, ?)")
                .params(backup.name(), backup.pivotPosition(), Timestamp.from(backup.createdAt()), backup.revision()).update(keys, "id");
        long projectId = keys.getKey().longValue();
        for (Document document : backup.documents()) {
            var documentKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO document (project_id, position, language, file_name, title, extracted_text, match_contrast, detected_language)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(projectId, document.position(), document.language(), document.fileName(), document.title(), document.extractedText(),
                            document.matchContrast(), document.detectedLanguage())
                    .update(documentKey, "id");
            long documentId = documentKey.getKey().longValue();
            List<Sentence> sentences = document.segments();
            batch.batchUpdate("INSERT INTO segment (document_id, idx, text, start_offset, end_offset, excluded) VALUES (?, ?, ?, ?, ?, ?)",
                    java.util.stream.IntStream.range(0, sentences.size()).boxed().toList(), 1000, (ps, i) -> {
                        ps.setLong(1, documentId);
                        ps.setInt(2, i);
                        ps.setString(3, sentences.get(i).text());
                        ps.setInt(4, sentences.get(i).start());
                        ps.setInt(5, sentences.get(i).end());
                        ps.setBoolean(6, sentences.get(i).excluded());
                    });
        }
        batch.batchUpdate("INSERT INTO alignment_row (id, project_id, position, confidence, status, version) VALUES (?, ?, ?, ?, ?, ?)",
                backup.rows(), 1000, (ps, row) -> {
                    ps.setLong(1, row.id() + shift);
                    ps.setLong(2, projectId);
                    ps.setLong(3, row.key());
                    ps.setDouble(4, row.confidence());
                    ps.setString(5, row.status());
                    ps.setLong(6, row.version());
                });
        List<long[]> cells = backup.rows().stream().flatMap(row -> row.cells().stream().map(c -> new long[] {row.id() + shift, c[0], c[1], c[2]})).toList();
        batch.batchUpdate("INSERT INTO row_cell (row_id, doc_position, seg_start, seg_end) VALUES (?, ?, ?, ?)", cells, 1000, (ps, c) -> {
            ps.setLong(1, c[0]);
            ps.setInt(2, (int) c[1]);
            ps.setInt(3, (int) c[2]);
            ps.setInt(4, (int) c[3]);
        });
        for (int k = 0; k < changes.size(); k++) {
            Entry entry = backup.history().get(k);
            String change = shift == 0 ? entry.change() : ChangeCodec.write(changes.get(k).withRowIds(id -> id + shift));
            jdbc.sql("""
                    INSERT INTO history_entry (project_id, revision, made_at, author, description, change_data, undone, undone_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(projectId, entry.revision(), Timestamp.from(entry.madeAt()), entry.author(), entry.description(), change, entry.undone(),
                            entry.undoneAt() == null ? null : Timestamp.from(entry.undoneAt()))
                    .update();
        }
        for (Name name : backup.names()) {
            var nameKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO name_entry (project_id, status) VALUES (?, ?)").params(projectId, name.status()).update(nameKey, "id");
            long entryId = nameKey.getKey().longValue();
            for (int k = 0; k < name.renderings().size(); k++) {
                jdbc.sql("INSERT INTO name_rendering (entry_id, position, language, text) VALUES (?, ?, ?, ?)")
                        .params(entryId, k, name.renderings().get(k)[0], name.renderings().get(k)[1]).update();
            }
        }
        return projectId;
    }
}
