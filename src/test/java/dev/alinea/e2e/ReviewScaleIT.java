package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.byId;
import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.SyntheticTmx;
import dev.alinea.TestDataDirectory;
import dev.alinea.names.DivergenceService;
import dev.alinea.project.ProjectService;
import dev.alinea.users.ProjectAccess;

/**
 * Measures, in Chromium, how long a 10,000-row project takes to open (right after it is made,
 * while its divergences are found, and then with them found) and an edit to come back, and prints
 * the medians (goals: under 1 s and under 200 ms). The page itself notes when the rows are shown.
 * A measurement, not a timed test: it asserts only that the screen shows what it should.
 */
class ReviewScaleIT extends BrowserTest {

    private static final int ROWS = 10_000;
    @Autowired
    ProjectService projects;
    @Autowired
    DivergenceService divergences;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "scale-");
    }

    @Test
    void tenThousandRowsOpenAndEditRoundTrips() {
        long started = System.nanoTime();
        long id = projects.importTmx("scale.tmx", SyntheticTmx.units(ROWS));
        System.out.printf(Locale.ROOT, "REVIEW-SCALE created %d rows in %.0f ms%n", ROWS, millis(started));
        assertThat(projects.rowCount(id)).isEqualTo(ROWS);
        String url = "http://localhost:" + port + "/projects/" + id;

        // The browser's first visit loads the workbench's scripts; a reviewer pays that once, not per project.
        driver.get("http://localhost:" + port + "/");
        waiting(driver).until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("vaadin-grid.project-list")).isEmpty());
        System.out.printf(Locale.ROOT, "REVIEW-SCALE first visit of the workbench (project list): %.0f ms in the page%n",
                ((Number) driver.executeScript("return performance.now();")).doubleValue());
        // The page notes when the first row's cells and the counts are shown, without the driver's polling.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__shownAt = null;
                const shown = () => {
                  const counts = document.getElementById('review-counts');
                  return document.querySelector(".segment-cell[data-lang='en'][data-row='0']") !== null
                      && counts !== null && counts.textContent.includes('10000 rows');
                };
                const watch = () => {
                  if (shown()) { window.__shownAt = performance.now(); } else { requestAnimationFrame(watch); }
                };
                requestAnimationFrame(watch);"""));
        // The first open starts finding the 10,000 rows' divergences, in the background.
        System.out.printf(Locale.ROOT, "REVIEW-SCALE first open, its divergences being found: %.0f ms in the page%n", open(url));
        long finding = System.nanoTime();
        ProjectAccess.asSystem(() -> divergences.byRow(id));
        System.out.printf(Locale.ROOT, "REVIEW-SCALE divergences found %.0f ms after that open%n", millis(finding));
        List<Double> opens = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            opens.add(open(url));
        }

        List<Double> confirms = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            int row = 100 + k;
            focus(driver, row, "en");
            watchRoundTrip();
            new Actions(driver).keyDown(Keys.ALT).sendKeys("c").keyUp(Keys.ALT).perform();
            waitForText(driver, "review-counts", (k + 1) + " confirmed · " + (ROWS - k - 1) + " unconfirmed · 10000 rows");
            confirms.add(roundTrip());
        }
        List<Double> merges = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            focus(driver, 5_000, "id");
            watchRoundTrip();
            new Actions(driver).keyDown(Keys.ALT).sendKeys("m").keyUp(Keys.ALT).perform();
            waitForText(driver, "review-counts", "15 confirmed · " + (ROWS - 16 - k) + " unconfirmed · " + (ROWS - 1 - k) + " rows");
            merges.add(roundTrip());
        }
        assertThat(byId(driver, "last-change")).isEqualTo("Merged rows 5001 and 5002");
        System.out.printf(Locale.ROOT, "REVIEW-SCALE open in the page, divergences found: %s ms; median %.0f ms%n", rounded(opens), median(opens));
        System.out.printf(Locale.ROOT, "REVIEW-SCALE confirm round trip: median %.0f ms, slowest %.0f ms (%d runs)%n", median(confirms),
                Collections.max(confirms), confirms.size());
        System.out.printf(Locale.ROOT, "REVIEW-SCALE merge round trip: median %.0f ms, slowest %.0f ms (%d runs)%n", median(merges),
                Collections.max(merges), merges.size());
    }

    /** Opens the project in a page of its own; returns the time from the start of the page's load until the rows are shown. */
    private static double open(String url) {
        driver.get("about:blank");
        long start = System.nanoTime();
        driver.get(url);
        cell(driver, 0, "en");
        waitForText(driver, "review-counts", "0 confirmed · 10000 unconfirmed · 10000 rows");
        double shown = ((Number) waiting(driver).until(d -> driver.executeScript("return window.__shownAt;"))).doubleValue();
        System.out.printf(Locale.ROOT, "REVIEW-SCALE open: %.0f ms in the page, %.0f ms with the driver%n", shown, millis(start));
        return shown;
    }

    /**
     * Notes, in the page, when the next key goes down and when the counts change after it: the
     * round trip the reviewer sees, without the time the driver takes to send the keys and look.
     */
    private static void watchRoundTrip() {
        driver.executeScript("""
                window.__keyAt = null; window.__shownAt = null;
                document.addEventListener('keydown', () => { if (window.__keyAt === null) window.__keyAt = performance.now(); },
                    {capture: true, once: true});
                const counts = document.getElementById('review-counts');
                const observer = new MutationObserver(() => {
                  if (window.__shownAt === null) { window.__shownAt = performance.now(); observer.disconnect(); }
                });
                observer.observe(counts, {childList: true, characterData: true, subtree: true});""");
    }

    private static double roundTrip() {
        return ((Number) driver.executeScript("return window.__shownAt - window.__keyAt;")).doubleValue();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
