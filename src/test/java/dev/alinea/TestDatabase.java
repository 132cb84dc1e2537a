package dev.alinea;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the Spring tests keep their data: a fresh H2 file database (the default), or, when the
 * build runs them against PostgreSQL ({@code -Dalinea.test.database=postgresql}, as CI does), a
 * fresh database on the server that {@code ALINEA_TEST_POSTGRES_URL}, {@code _USER} and
 * {@code _PASSWORD} name.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("alinea.test.database", ""));
    }

    /**
     * The Spring settings of a new, empty PostgreSQL database; empty when the tests run on H2.
     *
     * @throws IllegalStateException when PostgreSQL is asked for but cannot be reached
     */
    public static Optional<List<String[]>> newPostgresDatabase(String prefix) {
        if (!isPostgres()) {
            return Optional.empty();
        }
        String server = require("ALINEA_TEST_POSTGRES_URL");
        String user = require("ALINEA_TEST_POSTGRES_USER");
        String password = require("ALINEA_TEST_POSTGRES_PASSWORD");
        String name = (prefix.replaceAll("[^A-Za-z0-9]", "") + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (var connection = DriverManager.getConnection(server, user, password); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + server + ": " + e.getMessage(), e);
        }
        String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        return Optional.of(List.of(new String[] {"spring.datasource.url", url}, new String[] {"spring.datasource.username", user},
                new String[] {"spring.datasource.password", password}));
    }

    private static String require(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The tests run on PostgreSQL but " + variable + " is not set (.ci/run sets it)");
        }
        return value;
    }
}
