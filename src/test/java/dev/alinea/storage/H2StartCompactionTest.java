package dev.alinea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

class H2StartCompactionTest {

    @TempDir
    Path folder;

    @Test
    void theFileGrowsWithEveryChangeAndTheStartRewritesItWithWhatIsLive() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("alinea") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
        Path file = folder.resolve("alinea.mv.db");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE cell(id INT PRIMARY KEY, text VARCHAR(2000))");
            }
            // Each commit replaces the same rows: without reuse of old space, the file only grows.
            for (int round = 0; round < 100; round++) {
                replaceCells(connection, round);
            }
        }
        long grown = Files.size(file);

        var environment = new MockEnvironment().withProperty("spring.datasource.url", url).withProperty("spring.datasource.username", "sa")
                .withProperty("spring.datasource.password", "");
        var compaction = new H2StartCompaction(environment);
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        assertThat(compaction.postProcessBeforeInitialization(dataSource, "dataSource")).isSameAs(dataSource);

        assertThat(Files.size(file)).isLessThan(grown / 4);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet cells = connection.createStatement().executeQuery("SELECT COUNT(*), MIN(text) FROM cell")) {
            cells.next();
            assertThat(cells.getInt(1)).isEqualTo(50);
            assertThat(cells.getString(2)).endsWith("round 99");
        }
    }

    @Test
    void anotherDatabaseIsLeftAlone() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://localhost:1/none");
        var dataSource = new DriverManagerDataSource("jdbc:postgresql://localhost:1/none");
        assertThat(new H2StartCompaction(environment).postProcessBeforeInitialization(dataSource, "dataSource")).isSameAs(dataSource);
    }

    private static void replaceCells(Connection connection, int round) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM cell");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cell VALUES (?, ?)")) {
            for (int id = 0; id < 50; id++) {
                insert.setInt(1, id);
                insert.setString(2, "x".repeat(1000) + " round " + round);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }
}
