package dev.alinea.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameStatus;
import dev.alinea.storage.Statements;

/** Stores the reviewer's name-list decisions. */
@Repository
class JdbcNameListRepository {

    private final JdbcClient jdbc;

    JdbcNameListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long projectId, NameEntry entry) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(Statements.INSERT_NAME_ENTRY).params(projectId, entry.status().name()).update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (var language : entry.renderings().entrySet()) {
            for (String text : language.getValue()) {
                jdbc.sql(Statements.INSERT_NAME_RENDERING)
                        .params(id, position++, language.getKey(), text).update();
            }
        }
    }

    /** Deletes the stored entries that share a rendering with the given one. */
    void deleteOverlapping(long projectId, NameEntry entry) {
        for (StoredEntry stored : find(projectId)) {
            if (stored.entry().overlaps(entry)) {
                jdbc.sql("DELETE FROM name_entry WHERE id = ?").param(stored.id()).update();
            }
        }
    }

    /** Deletes the entries with these ids (their renderings go with them). */
    void deleteAll(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("DELETE FROM name_entry WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(chunk.toArray()).update();
        }
    }

    List<StoredEntry> find(long projectId) {
        Map<Long, String> statuses = new LinkedHashMap<>();
        Map<Long, Map<String, List<String>>> renderings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.id, e.status, r.language, r.text FROM name_entry e JOIN name_rendering r ON r.entry_id = e.id
                WHERE e.project_id = ? ORDER BY e.id, r.position""")
                .param(projectId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    statuses.put(id, rs.getString(2));
                    renderings.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getString(4));
                });
        List<StoredEntry> entries = new ArrayList<>();
        statuses.forEach((id, status) -> entries.add(new StoredEntry(id, new NameEntry(renderings.get(id), NameStatus.valueOf(status), 0))));
        return entries;
    }

    record StoredEntry(long id, NameEntry entry) {
    }
}
