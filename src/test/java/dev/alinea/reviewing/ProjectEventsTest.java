package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 17: telling the windows of a change does not add to the round trip of the
 * reviewer who made it, however many windows there are and however slow they are.
 */
class ProjectEventsTest {

    private final ProjectEvents events = new ProjectEvents();
    private final List<Long> told = new CopyOnWriteArrayList<>();

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("released in time").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilTold(long revision) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!told.contains(revision) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(told).contains(revision);
    }

    @Test
    void publishingReturnsWhileAWindowIsStillBusyShowingTheChange() throws Exception {
        var released = new CountDownLatch(1);
        events.subscribe(1, revision -> {
            await(released); // a window that takes its time (before: the reviewer waited for it)
            told.add(revision);
        });

        CompletableFuture.runAsync(() -> events.publish(1, 5)).get(5, TimeUnit.SECONDS);

        assertThat(told).isEmpty();
        released.countDown();
        waitUntilTold(5);
    }

    @Test
    void aBusyWindowIsToldTheLatestRevisionOnceItIsDoneNotEachOneInTurn() throws Exception {
        var busy = new CountDownLatch(1);
        var released = new CountDownLatch(1);
        events.subscribe(1, revision -> {
            if (revision == 1) {
                busy.countDown();
                await(released);
            }
            told.add(revision);
        });
        events.publish(1, 1);
        await(busy);
        events.publish(1, 2);
        events.publish(1, 4);
        events.publish(1, 3);

        released.countDown();
        waitUntilTold(4);
        Thread.sleep(100);

        assertThat(told).containsExactly(1L, 4L);
    }

    @Test
    void aWindowThatFailsDoesNotKeepTheOthersFromHearing() throws Exception {
        events.subscribe(1, revision -> {
            throw new IllegalStateException("this window is gone");
        });
        events.subscribe(1, told::add);

        events.publish(1, 7);

        waitUntilTold(7);
    }

    @Test
    void aClosedSubscriptionIsToldNothingAndCountsNoMore() throws Exception {
        var closed = events.subscribe(1, revision -> told.add(-revision));
        events.subscribe(1, told::add);
        events.subscribe(2, told::add);
        assertThat(events.listenerCount(1)).isEqualTo(2);

        closed.close();
        events.publish(1, 3);

        waitUntilTold(3);
        assertThat(told).containsExactly(3L);
        assertThat(events.listenerCount(1)).isEqualTo(1);
    }
}
