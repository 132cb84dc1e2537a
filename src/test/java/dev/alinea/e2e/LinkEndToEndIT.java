package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.text;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowFilter;
import dev.alinea.reviewing.RowLink;

/**
 * A reviewer in Debian's Chromium links an English sentence with a Chinese sentence far below it
 * (Alt+L), follows the link from its marker to the row holding the Chinese sentence, removes the
 * link there and brings it back with Ctrl+Z.
 */
class LinkEndToEndIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-links-");
    }

    private static void press(WebDriver driver, Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** The link markers under a cell, by their label (the button's own text, without its tooltip's). */
    private static List<String> markers(WebDriver driver, int row, String language) {
        return cell(driver, row, language).findElements(By.cssSelector(".link-marker")).stream()
                .map(button -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                        "return Array.from(arguments[0].childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();", button)))
                .toList();
    }

    private static Optional<WebElement> marker(WebDriver driver, int row, String language, String selector) {
        return cell(driver, row, language).findElements(By.cssSelector(selector)).stream().findFirst();
    }

    /** The grid row whose cell has the keyboard focus, or -1. */
    private static long focusedRow(WebDriver driver) {
        Object index = ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector('vaadin-grid.alignment-grid');
                const cell = grid && grid.shadowRoot ? grid.shadowRoot.activeElement : null;
                return cell && cell.parentElement && typeof cell.parentElement.index === 'number' ? cell.parentElement.index : -1;""");
        return ((Number) index).longValue();
    }

    @Test
    void followsACrossingLinkToItsRowRemovesItAndUndoesTheRemoval() {
        long id = projects.createProject("Links", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
        List<AlignedRow> rows = reviews.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        int from = IntStream.range(0, rows.size()).filter(r -> !rows.get(r).cells().get(0).isEmpty()).findFirst().orElseThrow();
        int lastChinese = projects.project(id).orElseThrow().documents().get(1).segmentCount() - 1;
        int to = rows.size() - 1 - IntStream.range(0, rows.size()).filter(r -> !rows.get(rows.size() - 1 - r).cells().get(1).isEmpty()).findFirst().orElseThrow();
        assertThat(to).as("the last Chinese sentence far below the first English one").isGreaterThan(from + 10);
        int english = rows.get(from).firstSegments().get(0);
        driver.get("http://localhost:" + port + "/projects/" + id);

        focus(driver, from, "en");
        press(driver, Keys.ALT, "l");
        waiting(driver).withMessage("the link dialog, its number field focused").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const a = document.activeElement; return !!a && !!a.closest && !!a.closest('#link-number');")));
        new Actions(driver).sendKeys(Integer.toString(lastChinese + 1)).sendKeys(Keys.ENTER).perform();

        String linked = "Linked English sentence " + (english + 1) + " and Chinese sentence " + (lastChinese + 1);
        waitForText(driver, "last-change", linked);
        ReviewLink link = new ReviewLink(0, english, 1, lastChinese, 1, LinkOrigin.REVIEWER);
        assertThat(reviews.links(id)).containsExactly(new RowLink(link, from, to));
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage(() -> "the marker under the English cell of row " + from
                + ", not " + markers(driver, from, "en") + " in " + text(cell(driver, from, "en"))).until(d -> markers(d, from, "en").contains("→ Chinese sentence " + (lastChinese + 1) + " (1.00)"));
        Screenshots.take(driver, "links-marker-1000x700", 1000, 700);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
        marker(driver, from, "en", ".link-marker").orElseThrow().click();

        waiting(driver).withMessage(() -> "the focus on row " + to + ", not " + focusedRow(driver)).until(d -> focusedRow(d) == to);
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker shown from the Chinese row too")
                .until(d -> markers(d, to, "zh").contains("→ English sentence " + (english + 1) + " (1.00)"));
        Screenshots.take(driver, "links-followed-1600x1000", 1600, 1000);

        marker(driver, to, "zh", ".link-remove").orElseThrow().click();

        waitForText(driver, "last-change", "Removed the link of English sentence " + (english + 1) + " and Chinese sentence " + (lastChinese + 1));
        assertThat(reviews.links(id)).isEmpty();
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker gone").until(d -> markers(d, to, "zh").isEmpty());

        focus(driver, to, "zh");
        press(driver, Keys.CONTROL, "z");

        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker back after undo")
                .until(d -> markers(d, to, "zh").contains("→ English sentence " + (english + 1) + " (1.00)"));
        assertThat(reviews.links(id)).extracting(RowLink::link).containsExactly(link);
        assertThat(text(driver.findElement(By.id("last-change")))).isNotEmpty();
    }
}
