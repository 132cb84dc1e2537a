package dev.alinea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.alinea.TestDataDirectory;
import dev.alinea.TestDatabase;

/**
 * Issue 16, finding 16: a second Alinea on a data folder that another one uses says so, and how to
 * choose another folder, instead of a page of stack trace. Two processes of the packaged jar (H2
 * lets one process have a database file; PostgreSQL takes many, so this runs on H2 only).
 */
class DataFolderInUseIT {

    private static final Path JAR = Path.of("target", "alinea.jar");

    private static Process start(Path folder, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-jar", JAR.toString(), "--alinea.data-dir=" + folder, "--server.port=0", "--alinea.demo.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aSecondAlineaOnTheSameFolderSaysAnotherUsesItAndHowToChooseAnother() throws Exception {
        Assumptions.assumeFalse(TestDatabase.isPostgres(), "PostgreSQL serves several instances");
        Path folder = TestDataDirectory.create("in-use-");
        Process first = start(folder, folder.resolveSibling(folder.getFileName() + ".first.log"));
        try {
            Path firstLog = folder.resolveSibling(folder.getFileName() + ".first.log");
            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            while (!Files.readString(firstLog).contains("Alinea is ready") && Instant.now().isBefore(until) && first.isAlive()) {
                Thread.sleep(200);
            }
            Path secondLog = folder.resolveSibling(folder.getFileName() + ".second.log");
            Process second = start(folder, secondLog);

            assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the second one stops by itself").isTrue();
            String said = Files.readString(secondLog);
            assertThat(second.exitValue()).isNotZero();
            assertThat(said).contains("Another Alinea (or another program) is using the database in " + folder
                    + ": only one Alinea at a time can use a data folder.");
            assertThat(said).contains("--alinea.data-dir=/another/folder");
            assertThat(said).doesNotContain("Caused by:");
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
