package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.byId;
import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.TestDataDirectory;
import dev.alinea.project.ProjectService;
import dev.alinea.users.ProjectAccess;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;

/**
 * The team server in Chromium: sign-in, a reviewer and a reader on one project in two browsers,
 * the reader seeing the reviewer's edit live and no edit buttons, the health endpoint open to all.
 */
class ServerModeEndToEndIT extends BrowserTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    UserService users;

    @Autowired
    ProjectService projects;

    @DynamicPropertySource
    static void serverMode(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-server-");
        registry.add("alinea.mode", () -> "server");
    }

    private void signIn(WebDriver browser, String name, String password) {
        browser.get("http://localhost:" + port + "/");
        waiting(browser).until(d -> d.getCurrentUrl().endsWith("/login"));
        waiting(browser).until(d -> d.findElements(By.cssSelector("input[name='username']")).stream().findFirst().orElse(null)).sendKeys(name);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    @Test
    void aReviewerAndAReaderSignInAndTheReaderSeesTheReviewersEditLive() throws Exception {
        long demo = ProjectAccess.asSystem(() -> {
            long project = projects.projects().getFirst().id();
            users.assign(project, users.addUser("rita", UserRole.REVIEWER, PASSWORD), true);
            users.assign(project, users.addUser("remy", UserRole.READER, PASSWORD), true);
            return project;
        });
        ChromeDriver reader = Chromium.start();
        try {
            signIn(driver, "rita", "not her password");
            waiting(driver).until(d -> d.getCurrentUrl().contains("/login?error"));
            signIn(driver, "rita", PASSWORD);
            waitForText(driver, "signed-in-as", "rita (reviewer)");
            driver.get("http://localhost:" + port + "/projects/" + demo);
            cell(driver, 0, "en");
            String counts = waiting(driver).until(d -> byId(d, "review-counts").isEmpty() ? null : byId(d, "review-counts"));
            int rows = Integer.parseInt(counts.replaceAll(".* (\\d+) rows$", "$1"));

            signIn(reader, "remy", PASSWORD);
            waitForText(reader, "signed-in-as", "remy (reader)");
            assertThat(reader.findElements(By.id("new-project"))).as("only an administrator makes projects").noneMatch(WebElement::isDisplayed);
            reader.get("http://localhost:" + port + "/projects/" + demo);
            cell(reader, 0, "en");
            assertThat(reader.findElements(By.id("merge-next"))).as("a reader has no edit buttons").noneMatch(WebElement::isDisplayed);
            assertThat(reader.findElement(By.id("history")).isDisplayed()).isTrue();
            assertThat(reader.findElements(By.id("users-link"))).isEmpty();

            focus(driver, 0, "en");
            new Actions(driver).keyDown(Keys.ALT).sendKeys("m").keyUp(Keys.ALT).perform();
            waitForText(driver, "last-change", "Merged rows 1 and 2");

            waitForText(reader, "review-counts", "0 confirmed · " + (rows - 1) + " unconfirmed · " + (rows - 1) + " rows");
            reader.findElement(By.id("history")).click();
            waiting(reader).until(d -> d.findElements(By.cssSelector("vaadin-grid.history-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> Chromium.text(c).equals("rita")));
        } finally {
            reader.quit();
        }

        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        var projectsPage = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects/" + demo)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(projectsPage.statusCode()).as("a project needs a sign-in").isIn(302, 401, 403);
    }
}
