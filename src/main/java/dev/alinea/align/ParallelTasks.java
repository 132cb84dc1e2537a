package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks at once (on virtual threads, so on every core) and hands back their
 * results in task order: the outcome does not depend on which finishes first.
 */
final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * @param done told, on the calling thread, the number of results collected so far, after each
     *        (in task order)
     * @return each task's result, in task order
     * @throws RuntimeException the first failed task's exception, in task order
     */
    static <T> List<T> run(List<Callable<T>> tasks, IntConsumer done) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = tasks.stream().map(executor::submit).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(result(future));
                done.accept(results.size());
            }
            return results;
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while aligning", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Two results of different types. */
    record Both<A, B>(A first, B second) {
    }

    /** Runs the second task on a virtual thread while the calling thread runs the first. */
    static <A, B> Both<A, B> both(Callable<A> first, Callable<B> second) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<B> other = executor.submit(second);
            A mine;
            try {
                mine = first.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new Both<>(mine, result(other));
        }
    }
}
