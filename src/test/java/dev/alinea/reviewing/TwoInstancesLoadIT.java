package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.Application;
import dev.alinea.SyntheticTmx;
import dev.alinea.TestDataDirectory;
import dev.alinea.TestDatabase;
import dev.alinea.project.ProjectService;
import dev.alinea.users.ProjectAccess;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;

/**
 * Issue 16, beyond one machine, under load: two Alinea instances on one PostgreSQL database, ten
 * reviewers on each, editing one 5,000-row project for 15 seconds in the build
 * ({@code -Dalinea.load.seconds=60} for the README's measurement). The project's lock holds across
 * the instances: no accepted edit is lost or doubled, both instances end up showing the rows the
 * database holds, and the changes made through one instance reach the other's windows live, up to
 * the last.
 * (PostgreSQL only: H2 serves one process.)
 */
class TwoInstancesLoadIT {

    private static final int REVIEWERS_PER_INSTANCE = 10;
    private static final int ROWS = 5_000;

    /** One running instance: its reviewers' tally and the revisions its windows were told of. */
    private record Instance(String name, ConfigurableApplicationContext context, Reviewers.Tally tally, Set<Long> told) {

        static Instance start(String name, List<String> settings) {
            var context = new SpringApplicationBuilder(Application.class).run(settings.toArray(String[]::new));
            return new Instance(name, context, new Reviewers.Tally(), ConcurrentHashMap.newKeySet());
        }

        ReviewService reviews() {
            return context.getBean(ReviewService.class);
        }

        void listen(long projectId) {
            context.getBean(ProjectEvents.class).subscribe(projectId, told::add);
        }

        List<Future<?>> startReviewers(long projectId, List<String> names, long deadline) {
            return Reviewers.start(reviews(), projectId, names, deadline, tally);
        }
    }

    @Test
    void twentyReviewersOnTwoInstancesLoseAndDoubleNothing() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database");
        int seconds = Integer.getInteger("alinea.load.seconds", 15);
        List<String> settings = new ArrayList<>(TestDataDirectory.arguments("two-instances-load-"));
        settings.addAll(List.of("--server.port=0", "--alinea.mode=server", "--alinea.demo.enabled=false"));
        Instance one = Instance.start("one", settings);
        Instance other = Instance.start("other", settings);
        try {
            long id = projectWithReviewers(one, 2 * REVIEWERS_PER_INSTANCE);
            one.listen(id);
            other.listen(id);
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<?>> reviewers = new ArrayList<>(one.startReviewers(id, names(0, REVIEWERS_PER_INSTANCE), deadline));
            reviewers.addAll(other.startReviewers(id, names(REVIEWERS_PER_INSTANCE, 2 * REVIEWERS_PER_INSTANCE), deadline));
            Reviewers.await(reviewers);

            checkNothingLostOrDoubled(one, other, id);
            checkBothShowTheStoredRows(one, other, id);
            long last = Math.max(one.tally().revisions().getLast(), other.tally().revisions().getLast());
            waitUntilTold(one, last);
            waitUntilTold(other, last);
            assertThat(other.told()).as("changes made through one reached the other's windows, up to the last")
                    .containsAnyElementsOf(one.tally().revisions()).contains(last);
            assertThat(one.told()).as("and the other way round").containsAnyElementsOf(other.tally().revisions()).contains(last);
            for (Instance instance : List.of(one, other)) {
                System.out.printf(Locale.ROOT, "LOAD-TEST two instances, %d rows, %d s, instance %s with %d reviewers: %d edits accepted "
                        + "(%.1f per second), %d refused as stale, %d refused as impossible; round trip %s; its windows were told %d times%n", ROWS,
                        seconds, instance.name(), REVIEWERS_PER_INSTANCE, instance.tally().accepted().size(),
                        instance.tally().accepted().size() / (double) seconds, instance.tally().stale(), instance.tally().refused(),
                        instance.tally().roundTripSummary(), instance.told().size());
            }
        } finally {
            SecurityContextHolder.clearContext();
            other.context().close();
            one.context().close();
        }
    }

    /** A 5,000-row project and its reviewers, made through the first instance. */
    private static long projectWithReviewers(Instance instance, int reviewers) {
        Reviewers.signIn("admin", "ADMIN");
        long id = instance.context().getBean(ProjectService.class).importTmx("load.tmx", SyntheticTmx.units(ROWS));
        UserService users = instance.context().getBean(UserService.class);
        for (String name : names(0, reviewers)) {
            users.assign(id, users.addUser(name, UserRole.REVIEWER, "a long enough password"), true);
        }
        SecurityContextHolder.clearContext();
        return id;
    }

    /** Gives the notifications still on their way up to ten seconds to arrive. */
    private static void waitUntilTold(Instance listener, long revision) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!listener.told().contains(revision) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static List<String> names(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int r = from; r < to; r++) {
            names.add("reviewer" + r);
        }
        return names;
    }

    private static void checkNothingLostOrDoubled(Instance one, Instance other, long id) {
        List<Long> accepted = new ArrayList<>(one.tally().revisions());
        accepted.addAll(other.tally().revisions());
        List<Long> stored = one.context().getBean(JdbcClient.class).sql("SELECT revision FROM history_entry WHERE project_id = ? ORDER BY revision")
                .param(id).query(Long.class).list();
        assertThat(one.tally().accepted()).as("the first instance's reviewers made edits").isNotEmpty();
        assertThat(other.tally().accepted()).as("the other instance's reviewers made edits").isNotEmpty();
        assertThat(stored).as("one history entry, with its own revision, per accepted edit: none lost, none doubled")
                .containsExactlyElementsOf(accepted.stream().sorted().toList());
    }

    private static void checkBothShowTheStoredRows(Instance one, Instance other, long id) {
        Reviewers.signIn("admin", "ADMIN");
        var context = one.context();
        ReviewService fresh = new ReviewService(context.getBean(JdbcReviewRepository.class), context.getBean(TransactionTemplate.class),
                new ProjectEvents(), Clock.systemUTC(), context.getBean(ProjectAccess.class));
        List<AlignedRow> stored = fresh.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        assertThat(one.reviews().rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE)).as("the first instance shows what the database holds")
                .isEqualTo(stored);
        assertThat(other.reviews().rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE)).as("so does the other").isEqualTo(stored);
        SecurityContextHolder.clearContext();
    }
}
