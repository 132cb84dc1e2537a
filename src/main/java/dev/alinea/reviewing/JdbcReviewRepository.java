package dev.alinea.reviewing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.alinea.align.Row;
import dev.alinea.align.SegmentRange;
import dev.alinea.review.Change;
import dev.alinea.review.DecisionEdit;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.review.ReviewRow;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.review.SegmentEdit;
import dev.alinea.review.Verdict;
import dev.alinea.storage.Statements;

/**
 * Loads a project's alignment for review and stores the reviewer's changes and history with
 * plain SQL. Rows are ordered by a sparse key ({@code alignment_row.position}): a row put between
 * two others takes a key between theirs, and only when two keys leave no room are the project's
 * keys spread out again.
 */
@Repository
class JdbcReviewRepository {

    /** Distance between the keys of consecutive rows when they are numbered afresh. */
    static final long ROW_KEY_SPACING = 1L << 20;
    /** Keys beyond the first and last row, for rows added at either end. */
    private static final long KEY_LIMIT = 1L << 60;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcReviewRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts rows in this order, with their statuses ({@code statuses.get(k)} for row k). */
    void insertRows(long projectId, List<Row> rows, List<RowStatus> statuses) {
        for (int position = 0; position < rows.size(); position++) {
            Row row = rows.get(position);
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO alignment_row (project_id, position, confidence, status) VALUES (?, ?, ?, ?)")
                    .params(projectId, position * ROW_KEY_SPACING, row.confidence(), statuses.get(position).name())
                    .update(keys, "id");
            long rowId = keys.getKey().longValue();
            batch.batchUpdate(Statements.INSERT_ROW_CELL,
                    indexed(row.cells()), row.cells().size(), (ps, cell) -> {
                        ps.setLong(1, rowId);
                        ps.setInt(2, cell.position());
                        ps.setInt(3, cell.range().start());
                        ps.setInt(4, cell.range().end());
                    });
        }
    }

    /** Adds links between sentences. */
    void insertLinks(long projectId, List<ReviewLink> links) {
        batch.batchUpdate(Statements.INSERT_LINK, links, 500, (ps, link) -> {
            ps.setLong(1, projectId);
            ps.setInt(2, link.document());
            ps.setInt(3, link.segment());
            ps.setInt(4, link.otherDocument());
            ps.setInt(5, link.otherSegment());
            ps.setDouble(6, link.confidence());
            ps.setString(7, link.origin().name());
        });
    }

    private void deleteLinks(long projectId, List<ReviewLink> links) {
        batch.batchUpdate("DELETE FROM segment_link WHERE project_id = ? AND doc_position = ? AND seg_idx = ? AND other_doc_position = ? AND other_seg_idx = ?",
                links, 500, (ps, link) -> {
                    ps.setLong(1, projectId);
                    ps.setInt(2, link.document());
                    ps.setInt(3, link.segment());
                    ps.setInt(4, link.otherDocument());
                    ps.setInt(5, link.otherSegment());
                });
    }

    /** The project's links. */
    List<ReviewLink> links(long projectId) {
        return jdbc.sql("SELECT doc_position, seg_idx, other_doc_position, other_seg_idx, confidence, origin FROM segment_link WHERE project_id = ?")
                .param(projectId)
                .query((rs, n) -> new ReviewLink(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5),
                        LinkOrigin.valueOf(rs.getString(6))))
                .list();
    }

    /**
     * The project's revision, locking the project's row until the transaction ends; empty when there
     * is no such project. The lock is taken by an update, which on PostgreSQL waits for other
     * changes of the row only; {@code SELECT ... FOR UPDATE} also waited for every transaction that
     * had inserted rows referring to the project (an import of 20,000 names held every edit for as
     * long as it ran).
     */
    Optional<Long> lockRevision(long projectId) {
        if (jdbc.sql("UPDATE project SET revision = revision WHERE id = ?").param(projectId).update() == 0) {
            return Optional.empty();
        }
        return revision(projectId);
    }

    int pivot(long projectId) {
        return jdbc.sql("SELECT pivot_position FROM project WHERE id = ?").param(projectId).query(Integer.class).single();
    }

    Optional<Long> revision(long projectId) {
        return jdbc.sql("SELECT revision FROM project WHERE id = ?").param(projectId).query(Long.class).optional();
    }

    void setRevision(long projectId, long revision) {
        jdbc.sql("UPDATE project SET revision = ? WHERE id = ?").params(revision, projectId).update();
    }

    /** The project's documents, segments and rows, in order. */
    ReviewAlignment load(long projectId) {
        List<Map.Entry<Long, String>> documents = jdbc.sql("SELECT id, language FROM document WHERE project_id = ? ORDER BY position")
                .param(projectId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        List<String> languages = documents.stream().map(Map.Entry::getValue).toList();
        List<List<ReviewSegment>> segments = new ArrayList<>();
        for (Map.Entry<Long, String> document : documents) {
            segments.add(jdbc.sql("SELECT text, start_offset, end_offset, excluded FROM segment WHERE document_id = ? ORDER BY idx")
                    .param(document.getKey())
                    .query((rs, n) -> new ReviewSegment(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
                    .list());
        }
        int docs = documents.size();
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.confidence, r.status, r.version, c.doc_position, c.seg_start, c.seg_end
                FROM alignment_row r JOIN row_cell c ON c.row_id = r.id
                WHERE r.project_id = ?
                ORDER BY r.position, r.id, c.doc_position""")
                .param(projectId)
                .query(rs -> {
                    Object[] row = rows.computeIfAbsent(rs.getLong(1), id -> new Object[4]);
                    if (row[0] == null) {
                        row[0] = rs.getDouble(2);
                        row[1] = RowStatus.valueOf(rs.getString(3));
                        row[2] = rs.getLong(4);
                        row[3] = new SegmentRange[docs];
                    }
                    ((SegmentRange[]) row[3])[rs.getInt(5)] = new SegmentRange(rs.getInt(6), rs.getInt(7));
                });
        List<ReviewRow> loaded = new ArrayList<>();
        rows.forEach((id, row) -> loaded.add(new ReviewRow(id, List.of((SegmentRange[]) row[3]), (double) row[0], (RowStatus) row[1], (long) row[2])));
        return new ReviewAlignment(languages, segments, loaded, links(projectId));
    }

    /**
     * Makes a change in the database, as {@link ReviewAlignment#apply} makes it in memory.
     *
     * @param change the change, stamped with its version
     * @param predecessor id of the row just before the replaced rows, or null at the start
     * @param successor id of the row just after them, or null at the end
     * @return the ids the database gave the change's new rows (negative ids), by their negative id
     */
    Map<Long, Long> store(long projectId, Change change, Long predecessor, Long successor) {
        Map<Long, ReviewRow> before = new HashMap<>();
        change.before().forEach(row -> before.put(row.id(), row));
        Set<Long> kept = new HashSet<>();
        change.after().forEach(row -> kept.add(row.id()));
        Map<Long, Long> keys = keys(change.after().stream().map(ReviewRow::id).filter(before::containsKey).toList(), predecessor, successor);
        List<Long> removed = change.before().stream().map(ReviewRow::id).filter(id -> !kept.contains(id)).toList();
        batch.batchUpdate("DELETE FROM alignment_row WHERE id = ?", removed, 500, (ps, id) -> ps.setLong(1, id));
        deleteLinks(projectId, change.links().removed());
        for (SegmentEdit edit : change.segmentEdits()) {
            storeSegmentEdit(projectId, edit);
        }
        insertLinks(projectId, change.links().added());
        if (!roomForNewRows(change, before, keys, predecessor, successor)) {
            renumber(projectId);
            keys = keys(change.after().stream().map(ReviewRow::id).filter(before::containsKey).toList(), predecessor, successor);
        }
        return upsertRows(projectId, change, before, keys, predecessor, successor);
    }

    private Map<Long, Long> upsertRows(long projectId, Change change, Map<Long, ReviewRow> before, Map<Long, Long> keys, Long predecessor, Long successor) {
        boolean segmentsMoved = !change.segmentEdits().isEmpty();
        Map<Long, Long> newIds = new HashMap<>();
        List<ReviewRow> after = change.after();
        long low = predecessor == null ? -KEY_LIMIT : keys.get(predecessor);
        int i = 0;
        while (i < after.size()) {
            ReviewRow row = after.get(i);
            ReviewRow old = before.get(row.id());
            if (old != null) {
                if (!old.sameContent(row) || old.version() != row.version()) {
                    jdbc.sql("UPDATE alignment_row SET confidence = ?, status = ?, version = ? WHERE id = ?")
                            .params(row.confidence(), row.status().name(), row.version(), row.id()).update();
                }
                if (segmentsMoved || !old.cells().equals(row.cells())) {
                    updateCells(row);
                }
                low = keys.get(row.id());
                i++;
                continue;
            }
            int end = i;
            while (end < after.size() && !before.containsKey(after.get(end).id())) {
                end++;
            }
            long high = end < after.size() ? keys.get(after.get(end).id()) : successor == null ? KEY_LIMIT : keys.get(successor);
            int count = end - i;
            for (int k = 0; k < count; k++) {
                long key = low + (high - low) / (count + 1) * (k + 1);
                ReviewRow added = after.get(i + k);
                newIds.put(added.id(), insertRow(projectId, added, key));
            }
            i = end;
        }
        return newIds;
    }

    /** Whether every run of new rows fits between the keys around it. */
    private static boolean roomForNewRows(Change change, Map<Long, ReviewRow> before, Map<Long, Long> keys, Long predecessor, Long successor) {
        long low = predecessor == null ? -KEY_LIMIT : keys.get(predecessor);
        int run = 0;
        for (ReviewRow row : change.after()) {
            if (before.containsKey(row.id())) {
                long key = keys.get(row.id());
                if (key - low <= run) {
                    return false;
                }
                low = key;
                run = 0;
            } else {
                run++;
            }
        }
        long high = successor == null ? KEY_LIMIT : keys.get(successor);
        return high - low > run;
    }

    private Map<Long, Long> keys(List<Long> ids, Long predecessor, Long successor) {
        List<Long> wanted = new ArrayList<>(ids);
        if (predecessor != null) {
            wanted.add(predecessor);
        }
        if (successor != null) {
            wanted.add(successor);
        }
        Map<Long, Long> keys = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += 500) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
            jdbc.sql("SELECT id, position FROM alignment_row WHERE id IN (:ids)").param("ids", chunk)
                    .query(rs -> {
                        keys.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return keys;
    }

    /** Spreads the project's row keys out again, keeping their order. */
    private void renumber(long projectId) {
        List<Long> ids = jdbc.sql("SELECT id FROM alignment_row WHERE project_id = ? ORDER BY position, id").param(projectId).query(Long.class).list();
        List<long[]> updates = new ArrayList<>();
        for (int r = 0; r < ids.size(); r++) {
            updates.add(new long[] {r * ROW_KEY_SPACING, ids.get(r)});
        }
        batch.batchUpdate("UPDATE alignment_row SET position = ? WHERE id = ?", updates, 1000, (ps, u) -> {
            ps.setLong(1, u[0]);
            ps.setLong(2, u[1]);
        });
    }

    private long insertRow(long projectId, ReviewRow row, long key) {
        long id;
        if (row.id() > 0) {
            jdbc.sql(Statements.INSERT_ROW_WITH_ID)
                    .params(row.id(), projectId, key, row.confidence(), row.status().name(), row.version()).update();
            id = row.id();
        } else {
            var generated = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO alignment_row (project_id, position, confidence, status, version) VALUES (?, ?, ?, ?, ?)")
                    .params(projectId, key, row.confidence(), row.status().name(), row.version()).update(generated, "id");
            id = generated.getKey().longValue();
        }
        long rowId = id;
        batch.batchUpdate(Statements.INSERT_ROW_CELL,
                indexes(row.cells().size()), row.cells().size(), (ps, d) -> {
                    ps.setLong(1, rowId);
                    ps.setInt(2, d);
                    ps.setInt(3, row.cell(d).start());
                    ps.setInt(4, row.cell(d).end());
                });
        return id;
    }

    private void updateCells(ReviewRow row) {
        batch.batchUpdate("UPDATE row_cell SET seg_start = ?, seg_end = ? WHERE row_id = ? AND doc_position = ?",
                indexes(row.cells().size()), row.cells().size(), (ps, d) -> {
                    ps.setInt(1, row.cell(d).start());
                    ps.setInt(2, row.cell(d).end());
                    ps.setLong(3, row.id());
                    ps.setInt(4, d);
                });
    }

    /** Replaces the segments and moves the later ones, and every row boundary behind them, by the difference. */
    private void storeSegmentEdit(long projectId, SegmentEdit edit) {
        long documentId = jdbc.sql("SELECT id FROM document WHERE project_id = ? AND position = ?").params(projectId, edit.document())
                .query(Long.class).single();
        int end = edit.at() + edit.before().size();
        jdbc.sql("DELETE FROM segment WHERE document_id = ? AND idx >= ? AND idx < ?").params(documentId, edit.at(), end).update();
        int delta = edit.delta();
        if (delta != 0) {
            // Two steps through negative indexes, so that no moved index meets one not yet moved.
            jdbc.sql("UPDATE segment SET idx = -(idx + ?) - 1 WHERE document_id = ? AND idx >= ?").params(delta, documentId, end).update();
            jdbc.sql("UPDATE segment SET idx = -idx - 1 WHERE document_id = ? AND idx < 0").param(documentId).update();
            String rows = "row_id IN (SELECT id FROM alignment_row WHERE project_id = ?)";
            jdbc.sql("UPDATE row_cell SET seg_start = seg_start + ? WHERE doc_position = ? AND seg_start >= ? AND " + rows)
                    .params(delta, edit.document(), end, projectId).update();
            jdbc.sql("UPDATE row_cell SET seg_end = seg_end + ? WHERE doc_position = ? AND seg_end >= ? AND " + rows)
                    .params(delta, edit.document(), end, projectId).update();
            jdbc.sql("UPDATE segment_link SET seg_idx = seg_idx + ? WHERE project_id = ? AND doc_position = ? AND seg_idx >= ?")
                    .params(delta, projectId, edit.document(), end).update();
            jdbc.sql("UPDATE segment_link SET other_seg_idx = other_seg_idx + ? WHERE project_id = ? AND other_doc_position = ? AND other_seg_idx >= ?")
                    .params(delta, projectId, edit.document(), end).update();
        }
        List<ReviewSegment> added = edit.after();
        batch.batchUpdate(Statements.INSERT_SEGMENT,
                indexes(added.size()), 500, (ps, k) -> {
                    ReviewSegment segment = added.get(k);
                    ps.setLong(1, documentId);
                    ps.setInt(2, edit.at() + k);
                    ps.setString(3, segment.text());
                    ps.setInt(4, segment.start());
                    ps.setInt(5, segment.end());
                    ps.setBoolean(6, segment.excluded());
                });
    }

    private static List<IndexedRange> indexed(List<SegmentRange> cells) {
        List<IndexedRange> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            out.add(new IndexedRange(i, cells.get(i)));
        }
        return out;
    }

    private record IndexedRange(int position, SegmentRange range) {
    }

    private static List<Integer> indexes(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    // ---- history ------------------------------------------------------------------------------

    long insertEntry(long projectId, long revision, Instant madeAt, String author, String description, String changeData) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO history_entry (project_id, revision, made_at, author, description, change_data) VALUES (?, ?, ?, ?, ?, ?)")
                .params(projectId, revision, Timestamp.from(madeAt), author, description, changeData).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Forgets the changes that were undone: a new change makes them impossible to redo. */
    void deleteUndone(long projectId) {
        jdbc.sql("DELETE FROM history_entry WHERE project_id = ? AND undone").param(projectId).update();
    }

    void markUndone(long entryId, boolean undone, Instant at) {
        jdbc.sql("UPDATE history_entry SET undone = ?, undone_at = ? WHERE id = ?")
                .params(undone, undone ? Timestamp.from(at) : null, entryId).update();
    }

    /** The latest change that is not undone: what undo takes back. */
    Optional<HistoryEntry> latestDone(long projectId) {
        return entries("WHERE project_id = ? AND NOT undone ORDER BY id DESC", projectId, 0, 1).stream().findFirst();
    }

    /** The earliest undone change: what redo makes again. */
    Optional<HistoryEntry> earliestUndone(long projectId) {
        return entries("WHERE project_id = ? AND undone ORDER BY id", projectId, 0, 1).stream().findFirst();
    }

    /** The newest entries first, from the {@code offset}-th on, without their change data. */
    List<HistoryEntry> history(long projectId, int offset, int limit) {
        return entries("WHERE project_id = ? ORDER BY id DESC", projectId, offset, limit);
    }

    int countHistory(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM history_entry WHERE project_id = ?").param(projectId).query(Integer.class).single();
    }

    String changeData(long entryId) {
        return jdbc.sql("SELECT change_data FROM history_entry WHERE id = ?").param(entryId).query(String.class).single();
    }

    private List<HistoryEntry> entries(String where, long projectId, int offset, int limit) {
        return jdbc.sql("SELECT id, revision, made_at, author, description, undone, undone_at FROM history_entry " + where + " LIMIT ? OFFSET ?")
                .params(projectId, limit, offset)
                .query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Makes the decision edits: each key's decision replaced by the edit's {@code after} (none when null). */
    void storeDecisions(long projectId, List<DecisionEdit> edits) {
        for (DecisionEdit edit : edits) {
            jdbc.sql("DELETE FROM divergence_decision WHERE project_id = ? AND decision_key = ?").params(projectId, edit.key()).update();
            if (edit.after() != null) {
                jdbc.sql("INSERT INTO divergence_decision (project_id, decision_key, verdict, reason) VALUES (?, ?, ?, ?)")
                        .params(projectId, edit.key(), edit.after().verdict().name(), edit.after().reason()).update();
            }
        }
    }

    /** The project's decisions on divergences, by key. */
    Map<String, DivergenceDecision> decisions(long projectId) {
        Map<String, DivergenceDecision> decisions = new HashMap<>();
        jdbc.sql("SELECT decision_key, verdict, reason FROM divergence_decision WHERE project_id = ?").param(projectId)
                .query(rs -> {
                    decisions.put(rs.getString(1), new DivergenceDecision(Verdict.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return decisions;
    }
}
