package dev.alinea.reviewing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells whoever shows a project (every open browser window) that it changed, once the change is
 * committed, so that they show it too. Listeners are told on threads of their own, never on the
 * thread that made the change: however many windows show the project, and however long they take
 * to show the change, the reviewer who made it does not wait for them.
 */
@Component
public class ProjectEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectEvents.class);

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Executor notifier = Executors.newVirtualThreadPerTaskExecutor();
    /** Tells other instances (on PostgreSQL, {@link PostgresChangeRelay}); by default nobody. */
    private volatile Relay relay = (projectId, revision) -> {
    };

    /** Passes a committed change on to other instances. */
    @FunctionalInterface
    interface Relay {
        void send(long projectId, long revision);
    }

    /** What {@link #subscribe} returns: call {@link #close()} to stop listening. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @param listener called with the project's newest revision after committed changes, on a
     *        thread of its own, one call at a time and with growing revisions: while it is busy,
     *        changes add up and it is then told the latest of them
     */
    public Subscription subscribe(long projectId, LongConsumer listener) {
        Listener told = new Listener(projectId, listener);
        listeners.computeIfAbsent(projectId, id -> new CopyOnWriteArrayList<>()).add(told);
        return () -> listeners.getOrDefault(projectId, List.of()).remove(told);
    }

    /** How many listeners the project has: windows showing it, and any other. */
    public int listenerCount(long projectId) {
        return listeners.getOrDefault(projectId, List.of()).size();
    }

    void relayTo(Relay relay) {
        this.relay = relay;
    }

    /** Tells this instance's windows and the other instances. */
    void publish(long projectId, long revision) {
        deliver(projectId, revision);
        relay.send(projectId, revision);
    }

    /** Tells this instance's windows; returns at once. */
    void deliver(long projectId, long revision) {
        for (Listener listener : listeners.getOrDefault(projectId, List.of())) {
            listener.tell(revision);
        }
    }

    /** One listener and the latest revision it is to be told. */
    private final class Listener {
        private final long projectId;
        private final LongConsumer consumer;
        private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long told = Long.MIN_VALUE;

        Listener(long projectId, LongConsumer consumer) {
            this.projectId = projectId;
            this.consumer = consumer;
        }

        void tell(long revision) {
            latest.accumulateAndGet(revision, Math::max);
            if (scheduled.compareAndSet(false, true)) {
                notifier.execute(this::run);
            }
        }

        /**
         * One run at a time: the flag is cleared only when the listener is done, and what came
         * meanwhile is then scheduled anew.
         */
        private void run() {
            long revision = latest.get();
            if (revision > told) {
                told = revision;
                try {
                    consumer.accept(revision);
                } catch (RuntimeException e) {
                    // One window that cannot be told must not keep the others from hearing of the change.
                    LOG.warn("A listener of project {} failed", projectId, e);
                }
            }
            scheduled.set(false);
            if (latest.get() > told && scheduled.compareAndSet(false, true)) {
                notifier.execute(this::run);
            }
        }
    }
}
