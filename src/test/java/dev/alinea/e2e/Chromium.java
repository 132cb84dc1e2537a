package dev.alinea.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its ChromeDriver (never one Selenium Manager would download),
 * headless, with the flags a closed network needs, and what the tests do on the alignment screen.
 */
final class Chromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Starts a browser, or skips the test (fails it in CI) when chromium or chromium-driver is missing. */
    static ChromeDriver start() {
        BrowserRequirement.check(CHROMIUM, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory("alinea-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
    }

    static String text(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    /** A cell of the alignment grid, scrolled into view; 0-based row. */
    static WebElement cell(WebDriver driver, int row, String language) {
        WebElement grid = waiting(driver).withMessage(() -> "the alignment grid on " + driver.getCurrentUrl()).until(d -> d.findElements(By.cssSelector("vaadin-grid.alignment-grid")).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[1]);", grid, row);
        return waiting(driver).withMessage(() -> "the " + language + " cell of row " + row + " (0-based)")
                .until(d -> d.findElements(By.cssSelector(".segment-cell[data-lang='" + language + "'][data-row='" + row + "']"))
                .stream().findFirst().orElse(null));
    }

    /** Clicks a cell so that it has the keyboard focus. */
    static void focus(WebDriver driver, int row, String language) {
        // The grid may render the row anew (its divergences found) between finding the cell and clicking it.
        for (int attempt = 1; ; attempt++) {
            try {
                cell(driver, row, language).click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        waiting(driver).withMessage("the cell to have the focus").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const g = document.querySelector('vaadin-grid.alignment-grid');"
                        + "const active = g.shadowRoot.activeElement; return !!active && active.tagName === 'TD';")));
    }

    static String byId(WebDriver driver, String id) {
        return text(driver.findElement(By.id(id)));
    }

    /** Waits until the element with this id reads the text. */
    static void waitForText(WebDriver driver, String id, String expected) {
        waiting(driver).withMessage(() -> "#" + id + " to read \"" + expected + "\", not \""
                + driver.findElements(By.id(id)).stream().map(Chromium::text).findFirst().orElse("(missing)") + "\"").until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && text(found.getFirst()).equals(expected);
        });
    }

    static Optional<WebElement> notification(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("vaadin-notification-card")).stream().filter(c -> text(c).contains(text)).findFirst();
    }
}
