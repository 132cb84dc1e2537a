package dev.alinea.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Lets one set of Flyway migrations create the schema on H2 and on PostgreSQL: the migrations
 * write long texts as {@code CLOB}, a type PostgreSQL lacks, so there it is made a name for
 * {@code text} before migrating.
 */
@Component
class PostgresTypes implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        DO $$ BEGIN
                          IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                                         WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
                            CREATE DOMAIN clob AS text;
                          END IF;
                        END $$""");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare PostgreSQL for Alinea's schema: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "alinea-postgres-types";
    }
}
