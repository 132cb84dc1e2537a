package dev.alinea.reviewing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several Alinea instances on one PostgreSQL database: each change one instance commits is told to
 * the others through PostgreSQL's {@code NOTIFY}, and each instance {@code LISTEN}s on a connection
 * of its own and tells its windows, so that a reviewer sees the edits made through another
 * instance live. (The project's lock already holds across instances: every change locks the
 * project's row, and every read checks the stored revision.) On H2 (one process) it does nothing.
 */
@Component
class PostgresChangeRelay implements SmartLifecycle {

    static final String CHANNEL = "alinea_project_changed";

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ProjectEvents events;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile boolean postgres;
    private Thread listener;

    PostgresChangeRelay(DataSource dataSource, JdbcClient jdbc, ProjectEvents events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            postgres = false;
        }
        if (postgres) {
            running = true;
            events.relayTo(this::send);
            listener = Thread.ofPlatform().daemon().name("alinea-change-relay").start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Tells the other instances; never fails the change, which is committed already. */
    private void send(long projectId, long revision) {
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, instance + ":" + projectId + ":" + revision).query(Object.class).optional();
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances of change {} of project {}", revision, projectId, e);
        }
    }

    /** Listens until stopped, on a connection of its own, opened again when it breaks. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for other instances' changes failed; trying again in a second", e);
                    sleep();
                }
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split(":");
        if (parts.length == 3 && !parts[0].equals(instance)) {
            events.deliver(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
