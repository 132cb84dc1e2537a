package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.byId;
import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import dev.alinea.TestDataDirectory;

/**
 * Nothing is lost when the server dies: the packaged workbench is started as its own process, a
 * reviewer merges two rows in Chromium, the process is killed hard (SIGKILL) the moment the grid
 * shows the merge, and after a restart the merge, its history entry and its undo are all there.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target", "alinea.jar");

    private Process server;
    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void anEditSurvivesKillingTheServerRightAfterIt() throws Exception {
        driver = Chromium.start();
        assertThat(JAR).as("the packaged workbench (mvn verify packages it before the integration tests)").exists();
        Path dataDir = TestDataDirectory.create("crash-");
        int port = freePort();

        server = start(dataDir, port);
        driver.get("http://localhost:" + port + "/projects/1");
        cell(driver, 0, "en");
        String counts = waiting(driver).until(d -> {
            String text = byId(d, "review-counts");
            return text.isEmpty() ? null : text;
        });
        int rows = Integer.parseInt(counts.replaceAll(".* (\\d+) rows$", "$1"));

        focus(driver, 0, "en");
        new Actions(driver).keyDown(Keys.ALT).sendKeys("m").keyUp(Keys.ALT).perform();
        waitForText(driver, "last-change", "Merged rows 1 and 2");
        kill(server);

        server = start(dataDir, port);
        driver.get("http://localhost:" + port + "/projects/1");
        cell(driver, 0, "en");
        waitForText(driver, "review-counts", "0 confirmed · " + (rows - 1) + " unconfirmed · " + (rows - 1) + " rows");
        driver.findElement(By.id("history")).click();
        waiting(driver).until(d -> d.findElements(By.cssSelector("vaadin-grid.history-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> Chromium.text(c).equals("Merged rows 1 and 2")));
        driver.navigate().refresh();

        focus(driver, 0, "en");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        waitForText(driver, "review-counts", "0 confirmed · " + rows + " unconfirmed · " + rows + " rows");
        kill(server);

        server = start(dataDir, port);
        driver.get("http://localhost:" + port + "/projects/1");
        cell(driver, 0, "en");
        waitForText(driver, "review-counts", "0 confirmed · " + rows + " unconfirmed · " + rows + " rows");
    }

    private static Process start(Path dataDir, int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile(dataDir, "server-", ".log");
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--alinea.data-dir=" + dataDir, "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The workbench stopped at start: " + Files.readString(log));
            }
            // Ready once the demo project is made, which is after the port first answers.
            if (Files.readString(log).contains("Alinea is ready") && answers(port)) {
                return process;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The workbench did not answer on port " + port + " within 2 minutes: " + Files.readString(log)
                + "\nIts threads:\n" + threadDump(java, process));
    }

    /** What each thread of the process is doing (jstack, beside the java command), to tell where a start hangs. */
    private static String threadDump(String java, Process process) throws IOException, InterruptedException {
        Path jstack = Path.of(java).resolveSibling("jstack");
        if (!Files.isExecutable(jstack)) {
            return "(no jstack beside " + java + ")";
        }
        Process dump = new ProcessBuilder(jstack.toString(), Long.toString(process.pid())).redirectErrorStream(true).start();
        String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        dump.waitFor(30, TimeUnit.SECONDS);
        return threads;
    }

    private static boolean answers(int port) {
        try {
            var connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already written. */
    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
