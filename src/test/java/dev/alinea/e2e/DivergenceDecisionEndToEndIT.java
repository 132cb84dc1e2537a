package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.text;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.Seeds;
import dev.alinea.TestDataDirectory;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.Verdict;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowFilter;

/** A reviewer in Debian's Chromium dismisses a divergence from the Alt+D dialog (by mouse, then by keys only), sees it struck through, and undoes it. */
class DivergenceDecisionEndToEndIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-decisions-");
    }

    private static void press(WebDriver driver, Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** Whether the Indonesian cell of the row highlights "Wu Enda" as a dismissed divergence. */
    private static boolean dismissedInCell(WebDriver driver, int row) {
        return cell(driver, row, "id").findElements(By.cssSelector(".divergence")).stream()
                .anyMatch(span -> text(span).equals("Wu Enda") && span.getDomAttribute("class").contains("divergence-dismissed"));
    }

    @Test
    void dismissesADivergenceWithAltDAndUndoesItWithCtrlZ() {
        long id = projects.createProject("Decisions", List.of(
                new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
        int rows = projects.rowCount(id);
        int ngRow = IntStream.range(0, rows).filter(r -> reviews.rows(id, RowFilter.ALL, r, 1).getFirst().cells().get(1).stream()
                .anyMatch(s -> s.contains("Wu Enda"))).findFirst().orElseThrow();
        driver.get("http://localhost:" + port + "/projects/" + id);
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("Wu Enda highlighted").until(d -> !cell(d, ngRow, "id").findElements(By.cssSelector(".divergence")).isEmpty());

        focus(driver, ngRow, "id");
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the side panel to show the row's divergences").until(d -> text(d.findElement(By.id("row-divergences")))
                .contains("\"Andrew Ng\" where the Indonesian writes \"Wu Enda\""));
        press(driver, Keys.ALT, "d");
        WebElement item = waiting(driver).withMessage("the dialog with the row's divergences").until(d -> d
                .findElements(By.cssSelector("vaadin-dialog-overlay .row-divergence, #divergence-decisions-dialog .row-divergence")).stream()
                .filter(e -> text(e).contains("\"Andrew Ng\" where the Indonesian writes \"Wu Enda\"")).findFirst().orElse(null));
        item.findElement(By.cssSelector("vaadin-button.dismiss-divergence")).click();
        // The grid renders the row anew once the decision is made: cells found before it are stale, hence the waits ignore that.

        waitForText(driver, "last-change", "Dismissed the divergence \"Name rendered differently\" of row " + (ngRow + 1));
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("Wu Enda struck through as dismissed").until(d -> dismissedInCell(d, ngRow));
        assertThat(reviews.decisions(id).values()).extracting(d -> d.verdict()).containsExactly(Verdict.DISMISSED);

        focus(driver, ngRow, "id");
        press(driver, Keys.CONTROL, "z");

        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("Wu Enda no longer dismissed").until(d -> !dismissedInCell(d, ngRow));
        assertThat(reviews.decisions(id)).isEmpty();
        assertThat(reviews.history(id).getFirst().undone()).isTrue();

        // Keys only: Alt+D puts the focus on the first divergence's reason; type one, Tab to Dismiss, Enter.
        focus(driver, ngRow, "id");
        press(driver, Keys.ALT, "d");
        waiting(driver).withMessage("the reason box to have the focus").until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const a = document.activeElement; return !!a && !!a.closest && !!a.closest('.dismiss-reason');")));
        new Actions(driver).sendKeys("intended").sendKeys(Keys.ENTER).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        waiting(driver).withMessage(() -> "a dismissal made from the keys, not " + reviews.decisions(id))
                .until(d -> reviews.decisions(id).values().stream().anyMatch(decision -> decision.reason().equals("intended")));
    }
}
