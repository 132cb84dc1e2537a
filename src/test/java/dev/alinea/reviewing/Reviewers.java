package dev.alinea.reviewing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.alinea.review.Change;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * Reviewers for load tests: each on a thread of its own, signed in under its own name, reads two
 * rows at a random place, pauses as a person reading would (others may change the rows meanwhile)
 * and acts on the rows as it saw them: merge, split, shift, edit a sentence, confirm, unconfirm.
 * What was accepted and refused, and how long each accepted edit took, is kept in a {@link Tally}.
 */
public final class Reviewers {

    private Reviewers() {
    }

    /** What a group of reviewers did. Thread-safe. */
    public static final class Tally {
        final ConcurrentLinkedQueue<ReviewService.EditResult> accepted = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> roundTripsMillis = new ConcurrentLinkedQueue<>();
        final AtomicInteger stale = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();

        public List<ReviewService.EditResult> accepted() {
            return List.copyOf(accepted);
        }

        /** The accepted edits' revisions, in order. */
        public List<Long> revisions() {
            return accepted.stream().map(ReviewService.EditResult::revision).sorted().toList();
        }

        /** Round trips of the accepted edits in milliseconds, in increasing order. */
        public List<Double> roundTrips() {
            return roundTripsMillis.stream().sorted().toList();
        }

        public int stale() {
            return stale.get();
        }

        public int refused() {
            return refused.get();
        }

        /** "median 12.3 ms, p95 40.1 ms, slowest 80.2 ms" (NaN when nothing was accepted). */
        public String roundTripSummary() {
            List<Double> sorted = roundTrips();
            return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, slowest %.1f ms", quantile(sorted, 0.5), quantile(sorted, 0.95),
                    quantile(sorted, 1));
        }

        public double slowest() {
            return quantile(roundTrips(), 1);
        }

        private static double quantile(List<Double> sorted, double q) {
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
        }
    }

    /** Signs this thread in under a name with a role, as a sign-in form would. */
    public static void signIn(String name, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Starts reviewers {@code names} on a project; they stop at {@code deadline} ({@link System#nanoTime()}).
     *
     * @return one future per reviewer, done when it stops (failed when a reviewer met an unexpected error)
     */
    public static List<Future<?>> start(ReviewService reviews, long projectId, List<String> names, long deadline, Tally tally) {
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        List<Future<?>> running = new ArrayList<>();
        for (String name : names) {
            running.add(pool.submit(() -> {
                review(reviews, projectId, name, deadline, tally);
                return null;
            }));
        }
        pool.shutdown();
        return running;
    }

    /** Waits for every reviewer, failing with the first one's error. */
    public static void await(List<Future<?>> reviewers) throws Exception {
        for (Future<?> reviewer : reviewers) {
            reviewer.get();
        }
    }

    private static void review(ReviewService reviews, long projectId, String name, long deadline, Tally tally) throws InterruptedException {
        signIn(name, "REVIEWER");
        var random = new Random(name.hashCode());
        int step = 0;
        while (System.nanoTime() < deadline) {
            int count = reviews.count(projectId, RowFilter.ALL);
            List<AlignedRow> seen = reviews.rows(projectId, RowFilter.ALL, random.nextInt(count - 1), 2);
            if (seen.isEmpty()) {
                continue; // the rows shrank between counting and reading
            }
            Thread.sleep(random.nextInt(5));
            String marker = name + " edit " + step++;
            int kind = random.nextInt(6);
            int document = random.nextInt(3);
            long start = System.nanoTime();
            try {
                tally.accepted.add(reviews.edit(projectId, seen.stream().map(RowRef::of).toList(), (a, row) -> operation(a, row, kind, document, marker)));
                tally.roundTripsMillis.add((System.nanoTime() - start) / 1e6);
            } catch (EditRefusedException e) {
                (e.getMessage().equals(ReviewService.STALE) ? tally.stale : tally.refused).incrementAndGet();
            }
        }
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
