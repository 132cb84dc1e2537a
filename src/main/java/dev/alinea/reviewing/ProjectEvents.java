package dev.alinea.reviewing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells whoever shows a project (every open browser window) that it changed, once the change is
 * committed, so that they show it too.
 */
@Component
public class ProjectEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectEvents.class);

    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();
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
     * @param listener called with the project's new revision after each committed change, on the
     *        thread that made it; it must not block
     */
    public Subscription subscribe(long projectId, LongConsumer listener) {
        listeners.computeIfAbsent(projectId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(projectId, List.of()).remove(listener);
    }

    void relayTo(Relay relay) {
        this.relay = relay;
    }

    /** Tells this instance's windows and the other instances. */
    void publish(long projectId, long revision) {
        deliver(projectId, revision);
        relay.send(projectId, revision);
    }

    /** Tells this instance's windows. */
    void deliver(long projectId, long revision) {
        for (LongConsumer listener : listeners.getOrDefault(projectId, List.of())) {
            try {
                listener.accept(revision);
            } catch (RuntimeException e) {
                // One window that cannot be told must not keep the others from hearing of the change.
                LOG.warn("A listener of project {} failed", projectId, e);
            }
        }
    }
}
