package dev.alinea.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the divergences found last for each project, with what they were found for. */
@Repository
class JdbcDivergenceRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcDivergenceRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * What a run was found for and what it found besides the divergences.
     *
     * @param checks JSON of {@link StoredDivergences.Checks}
     * @param nameList JSON of {@link StoredDivergences.NameList}
     */
    record Run(long alignmentKey, long namesKey, String detector, String checks, String nameList) {
    }

    /** One stored divergence, in the order found. */
    record Flag(long rowId, String type, String decisionKey, String spans, String explanation) {
    }

    /** The project's stored run, if it was made for these rows, this name list and this detector. */
    Optional<Run> run(long projectId, long alignmentKey, long namesKey, String detector) {
        return jdbc.sql("""
                SELECT alignment_key, names_key, detector, checks, name_list FROM divergence_run
                WHERE project_id = ? AND alignment_key = ? AND names_key = ? AND detector = ?""")
                .params(projectId, alignmentKey, namesKey, detector)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))).optional();
    }

    List<Flag> flags(long projectId) {
        List<Flag> flags = new ArrayList<>();
        jdbc.sql("SELECT row_id, type, decision_key, spans, explanation FROM stored_divergence WHERE project_id = ? ORDER BY ordinal")
                .param(projectId)
                .query(rs -> {
                    flags.add(new Flag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return flags;
    }

    /** Replaces the project's stored run and divergences; call in a transaction. */
    void replace(long projectId, Run run, List<Flag> flags) {
        jdbc.sql("DELETE FROM stored_divergence WHERE project_id = ?").param(projectId).update();
        jdbc.sql("DELETE FROM divergence_run WHERE project_id = ?").param(projectId).update();
        jdbc.sql("INSERT INTO divergence_run (project_id, alignment_key, names_key, detector, checks, name_list) VALUES (?, ?, ?, ?, ?, ?)")
                .params(projectId, run.alignmentKey(), run.namesKey(), run.detector(), run.checks(), run.nameList()).update();
        List<Object[]> values = new ArrayList<>();
        for (int k = 0; k < flags.size(); k++) {
            Flag flag = flags.get(k);
            values.add(new Object[] {projectId, k, flag.rowId(), flag.type(), flag.decisionKey(), flag.spans(), flag.explanation()});
        }
        batch.batchUpdate("""
                INSERT INTO stored_divergence (project_id, ordinal, row_id, type, decision_key, spans, explanation)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", values);
    }
}
