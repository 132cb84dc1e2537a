package dev.alinea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.TestDataDirectory;

/**
 * Issue 16, finding 9: readiness and health say DOWN while the database can be read but not
 * written (here: another connection holds the row the check writes), and UP again, without a
 * restart, as soon as it can.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseHealthIT {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "health-");
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsDownWhileTheDatabaseCannotBeWrittenAndUpAgainAfter() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var statement = blocker.createStatement()) {
                statement.executeUpdate("UPDATE health_check SET checked_at = checked_at WHERE id = 1");
            }

            var readiness = get("/actuator/health/readiness");
            var health = get("/actuator/health");
            var liveness = get("/actuator/health/liveness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(liveness.statusCode()).as("a restart would not help").isEqualTo(200);
            blocker.rollback();
        }

        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }
}
