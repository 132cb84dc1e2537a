package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;

import dev.alinea.SyntheticTmx;
import dev.alinea.project.ProjectService;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ProjectEvents;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.ui.SpringViewTest;

/**
 * Issue 16, finding 17: an open page shows a change made elsewhere; a page closed without a word
 * (no more heartbeats) stops listening at the next change and leaves its session, instead of
 * being told of every change and holding its memory until the whole session times out.
 */
@ViewPackages(classes = AlignmentView.class)
class LiveUpdatesTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectEvents events;

    /** Confirms the first row, as a reviewer in another window would. */
    private void confirmFirstRowElsewhere(long id) {
        reviews.edit(id, List.of(RowRef.of(reviews.row(id, 0).orElseThrow())), (alignment, row) -> alignment.confirm(row));
    }

    /** Runs the page's pending tasks (the test holds the page's lock) until the condition holds, for at most ten seconds. */
    private static boolean eventually(VaadinSession session, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            session.getService().runPendingAccessTasks(session);
        }
        return condition.getAsBoolean();
    }

    @SuppressWarnings("unchecked")
    private String firstRowStatus() {
        Grid<AlignedRow> grid = find(Grid.class).withClassName("alignment-grid").single();
        return test(grid).getCellText(0, 5);
    }

    @Test
    void anOpenPageShowsAChangeMadeElsewhere() throws Exception {
        long id = projects.importTmx("live.tmx", SyntheticTmx.units(10));
        navigate(AlignmentView.class, id);
        assertThat(firstRowStatus()).isEqualTo("aligned");

        confirmFirstRowElsewhere(id);

        assertThat(eventually(VaadinSession.getCurrent(), () -> firstRowStatus().equals("✓ confirmed"))).as("the page shows the change").isTrue();
        assertThat(events.listenerCount(id)).as("and goes on listening").isEqualTo(1);
    }

    @Test
    void aPageThatMissedItsHeartbeatsStopsListeningAndLeavesItsSession() throws Exception {
        long id = projects.importTmx("abandoned.tmx", SyntheticTmx.units(10));
        navigate(AlignmentView.class, id);
        UI page = UI.getCurrent();
        VaadinSession session = page.getSession();
        assertThat(events.listenerCount(id)).isEqualTo(1);
        page.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - Duration.ofMinutes(10).toMillis());

        confirmFirstRowElsewhere(id);

        assertThat(eventually(session, () -> events.listenerCount(id) == 0)).as("the page stopped listening").isTrue();
        assertThat(eventually(session, () -> !session.getUIs().contains(page))).as("and left its session").isTrue();
        assertThat(page.isClosing()).isTrue();
    }
}
