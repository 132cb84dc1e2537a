package dev.alinea.storage;

import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health ({@code databaseWrite}, part of readiness): whether the database takes a write now, not
 * only a read; a full disk, a database closed after an error, a server that is down or a lock held
 * too long make it DOWN, and it is UP again as soon as a write goes through (no restart). It
 * commits one small update of the {@code health_check} row, waiting at most a few seconds.
 */
@Component("databaseWrite")
class DatabaseWriteHealthIndicator implements HealthIndicator {

    static final int TIMEOUT_SECONDS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DatabaseWriteHealthIndicator(DataSource dataSource, TransactionTemplate transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            Integer updated = transactions.execute(status -> jdbc.update("UPDATE health_check SET checked_at = ? WHERE id = 1",
                    Timestamp.from(clock.instant())));
            return updated != null && updated == 1 ? Health.up().build()
                    : Health.down().withDetail("reason", "the health_check row is missing").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", "the database cannot be written").build();
        }
    }
}
