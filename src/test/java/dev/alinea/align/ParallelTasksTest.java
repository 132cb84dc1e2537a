package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    @Test
    void givesResultsInTaskOrderWhenALaterTaskFinishesFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Callable<String>> tasks = List.of(
                () -> secondDone.await(10, TimeUnit.SECONDS) ? "first, after the second" : "first, alone",
                () -> {
                    secondDone.countDown();
                    return "second";
                });
        List<Integer> told = new ArrayList<>();

        List<String> results = ParallelTasks.run(tasks, told::add);

        assertThat(results).containsExactly("first, after the second", "second");
        assertThat(told).containsExactly(1, 2);
    }

    @Test
    void aFailedTaskThrowsItsOwnException() {
        List<Callable<String>> tasks = List.of(() -> "fine", () -> {
            throw new IllegalArgumentException("bad pair");
        });

        assertThatThrownBy(() -> ParallelTasks.run(tasks, n -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad pair");
    }

    @Test
    void runsTwoTasksAtOnce() {
        CountDownLatch started = new CountDownLatch(2);
        Callable<Boolean> meet = () -> {
            started.countDown();
            return started.await(10, TimeUnit.SECONDS);
        };

        ParallelTasks.Both<Boolean, Boolean> both = ParallelTasks.both(meet, meet);

        assertThat(both.first()).isTrue();
        assertThat(both.second()).isTrue();
    }
}
