package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.SharedLocalContext;
import dev.alinea.SyntheticTmx;
import dev.alinea.project.ProjectService;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * Issue 16, finding 17 (an edit's round trip went from 0.23–0.48 s to 0.47–0.99 s with 400
 * abandoned pages): one reviewer's edits, first with nobody else watching the project, then with
 * 400 pages that each read the rows again at every change they are told of, as a page does. Every
 * page is told of the last change; the round trips of both are printed.
 */
class LingeringPagesIT extends SharedLocalContext {

    private static final int PAGES = 400;
    private static final int EDITS = 100;

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectEvents events;

    @Test
    void fourHundredPagesAreToldOfTheLastChangeWhileTheReviewerEdits() throws Exception {
        long id = projects.importTmx("pages.tmx", SyntheticTmx.units(5_000));
        var alone = new Reviewers.Tally();
        edit(id, alone);

        var refreshes = new AtomicInteger();
        var shown = new ConcurrentHashMap<Integer, Long>();
        List<ProjectEvents.Subscription> pages = new ArrayList<>();
        for (int p = 0; p < PAGES; p++) {
            int page = p;
            pages.add(events.subscribe(id, revision -> {
                reviews.count(id, RowFilter.ALL);
                reviews.rows(id, RowFilter.ALL, 0, 50);
                refreshes.incrementAndGet();
                shown.merge(page, revision, Math::max);
            }));
        }
        var watched = new Reviewers.Tally();
        edit(id, watched);
        long last = watched.revisions().getLast();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (shown.values().stream().filter(revision -> revision == last).count() < PAGES && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        pages.forEach(ProjectEvents.Subscription::close);

        assertThat(shown).as("every page").hasSize(PAGES);
        assertThat(shown.values()).as("shows the last change").containsOnly(last);
        assertThat(events.listenerCount(id)).as("closed pages are told nothing more").isZero();
        System.out.printf(Locale.ROOT, "PAGES-TEST %d edits on a 5,000-row project: nobody watching, round trip %s; %d pages watching, "
                + "round trip %s (%d page refreshes, %d without the pages adding up changes)%n", EDITS, alone.roundTripSummary(), PAGES,
                watched.roundTripSummary(), refreshes.get(), PAGES * EDITS);
    }

    /** One reviewer confirms and unconfirms rows, pausing a little between edits as a person does. */
    private void edit(long id, Reviewers.Tally tally) throws InterruptedException {
        for (int k = 0; k < EDITS; k++) {
            RowRef row = RowRef.of(reviews.row(id, k).orElseThrow());
            long start = System.nanoTime();
            tally.accepted.add(reviews.edit(id, List.of(row), (alignment, r) -> alignment.row(r).status() == dev.alinea.review.RowStatus.CONFIRMED
                    ? alignment.unconfirm(r) : alignment.confirm(r)));
            tally.roundTripsMillis.add((System.nanoTime() - start) / 1e6);
            Thread.sleep(20);
        }
    }
}
