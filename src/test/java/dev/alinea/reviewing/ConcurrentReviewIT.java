package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.SharedServerContext;
import dev.alinea.SyntheticTmx;
import dev.alinea.project.ProjectService;
import dev.alinea.review.Change;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.reviewing.ReviewService.RowRef;
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

    private static void signIn(String name, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void twentyReviewersEditOneProjectAtOnceAndNoEditIsLost() throws Exception {
        int seconds = Integer.getInteger("alinea.load.seconds", 15);
        signIn("admin", "ADMIN");
        long id = projects.importTmx("load.tmx", SyntheticTmx.units(ROWS));
        for (int r = 0; r < REVIEWERS; r++) {
            users.assign(id, users.addUser("reviewer" + r, UserRole.REVIEWER, "a long enough password"), true);
        }
        SecurityContextHolder.clearContext();

        var accepted = new ConcurrentLinkedQueue<ReviewService.EditResult>();
        var roundTrips = new ConcurrentLinkedQueue<Double>();
        var stale = new AtomicInteger();
        var refused = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        List<Future<?>> reviewers = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            int reviewer = r;
            reviewers.add(pool.submit(() -> {
                signIn("reviewer" + reviewer, "REVIEWER");
                var random = new Random(reviewer);
                int step = 0;
                while (System.nanoTime() < deadline) {
                    int count = reviews.count(id, RowFilter.ALL);
                    List<AlignedRow> seen = reviews.rows(id, RowFilter.ALL, random.nextInt(count - 1), 2);
                    if (seen.isEmpty()) {
                        continue; // the rows shrank between counting and reading
                    }
                    Thread.sleep(random.nextInt(5)); // reading before acting: others may change the rows meanwhile
                    String marker = "reviewer" + reviewer + " edit " + step++;
                    int kind = random.nextInt(6);
                    int document = random.nextInt(3);
                    long start = System.nanoTime();
                    try {
                        accepted.add(reviews.edit(id, seen.stream().map(RowRef::of).toList(), (a, row) -> operation(a, row, kind, document, marker)));
                        roundTrips.add((System.nanoTime() - start) / 1e6);
                    } catch (EditRefusedException e) {
                        (e.getMessage().equals(ReviewService.STALE) ? stale : refused).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> reviewer : reviewers) {
            reviewer.get();
        }
        pool.shutdown();

        signIn("admin", "ADMIN");
        int history = jdbc.sql("SELECT COUNT(*) FROM history_entry WHERE project_id = ?").param(id).query(Integer.class).single();
        List<Long> revisions = jdbc.sql("SELECT revision FROM history_entry WHERE project_id = ? ORDER BY revision").param(id).query(Long.class).list();
        assertThat(accepted).isNotEmpty();
        assertThat(history).as("every accepted edit has its history entry").isEqualTo(accepted.size());
        assertThat(revisions).as("one revision per edit, none lost or doubled")
                .containsExactlyElementsOf(accepted.stream().map(ReviewService.EditResult::revision).sorted().toList());
        List<AlignedRow> shown = reviews.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        List<AlignedRow> stored = new ReviewService(repository, transactions, events, Clock.systemUTC(), access).rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        assertThat(stored).as("the database holds what the reviewers were shown, and keeps the invariant").isEqualTo(shown);
        SecurityContextHolder.clearContext();

        List<Double> sorted = roundTrips.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "LOAD-TEST %d reviewers, %d rows, %d s: %d edits accepted (%.1f per second), %d refused as stale, "
                + "%d refused as impossible; round trip median %.1f ms, slowest %.1f ms%n", REVIEWERS, ROWS, seconds, accepted.size(),
                accepted.size() / (double) seconds, stale.get(), refused.get(), sorted.get(sorted.size() / 2), Collections.max(sorted));
    }

    private static Change operation(ReviewAlignment alignment, int row, int kind, int document, String marker) {
        return switch (kind) {
            case 0 -> alignment.mergeWithNext(row);
            case 1 -> alignment.split(row, document, 0);
            case 2 -> alignment.shiftDown(row, document);
            case 3 -> alignment.editSegment(row, document, 0, marker);
            case 4 -> alignment.confirm(row);
            default -> alignment.unconfirm(row);
        };
    }
}
