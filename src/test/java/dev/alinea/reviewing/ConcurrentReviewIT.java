package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.SharedServerContext;
import dev.alinea.SyntheticTmx;
import dev.alinea.project.ProjectService;
import dev.alinea.users.ProjectAccess;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;

/**
 * A bounded load test on this machine: 20 reviewers edit one 5,000-row project at once for
 * 15 seconds in the build ({@code -Dalinea.load.seconds=60} for the README's measurement), each acting on the rows as they last saw
 * them. No accepted edit may be lost, every refusal must say why, and the alignment must keep its
 * invariant; edits per second and round trips are printed.
 */
class ConcurrentReviewIT extends SharedServerContext {

    private static final int REVIEWERS = 20;
    private static final int ROWS = 5_000;

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcReviewRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProjectEvents events;

    @Autowired
    ProjectAccess access;

    @Test
    void twentyReviewersEditOneProjectAtOnceAndNoEditIsLost() throws Exception {
        int seconds = Integer.getInteger("alinea.load.seconds", 15);
        Reviewers.signIn("admin", "ADMIN");
        long id = projects.importTmx("load.tmx", SyntheticTmx.units(ROWS));
        List<String> names = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            names.add("reviewer" + r);
            users.assign(id, users.addUser(names.getLast(), UserRole.REVIEWER, "a long enough password"), true);
        }
        SecurityContextHolder.clearContext();

        var tally = new Reviewers.Tally();
        Reviewers.await(Reviewers.start(reviews, id, names, System.nanoTime() + seconds * 1_000_000_000L, tally));

        Reviewers.signIn("admin", "ADMIN");
        int history = jdbc.sql("SELECT COUNT(*) FROM history_entry WHERE project_id = ?").param(id).query(Integer.class).single();
        List<Long> revisions = jdbc.sql("SELECT revision FROM history_entry WHERE project_id = ? ORDER BY revision").param(id).query(Long.class).list();
        assertThat(tally.accepted()).isNotEmpty();
        assertThat(history).as("every accepted edit has its history entry").isEqualTo(tally.accepted().size());
        assertThat(revisions).as("one revision per edit, none lost or doubled").containsExactlyElementsOf(tally.revisions());
        List<AlignedRow> shown = reviews.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        List<AlignedRow> stored = new ReviewService(repository, transactions, events, Clock.systemUTC(), access).rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        assertThat(stored).as("the database holds what the reviewers were shown, and keeps the invariant").isEqualTo(shown);
        SecurityContextHolder.clearContext();

        System.out.printf(Locale.ROOT, "LOAD-TEST %d reviewers, %d rows, %d s: %d edits accepted (%.1f per second), %d refused as stale, "
                + "%d refused as impossible; round trip %s%n", REVIEWERS, ROWS, seconds, tally.accepted().size(),
                tally.accepted().size() / (double) seconds, tally.stale(), tally.refused(), tally.roundTripSummary());
    }
}
