package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.cell;
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
 * link there and brings it back with Ctrl+Z; and a long run of rows without counterpart, folded
 * into one line, shown again from the keyboard.
 */
class LinkEndToEndIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    /** The project's runs of rows with one version's text only, folded in the grid. */
    private List<ReviewService.UnpairedRun> runs = List.of();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-links-");
    }

    private static void press(WebDriver driver, Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** The link markers under a cell, by their label (the button's own text, without its tooltip's). */
    private List<String> markers(WebDriver driver, int row, String language) {
        return cellAt(driver, runs, row, language).findElements(By.cssSelector(".link-marker")).stream()
                .map(button -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                        "return Array.from(arguments[0].childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();", button)))
                .toList();
    }

    private Optional<WebElement> marker(WebDriver driver, int row, String language, String selector) {
        return cellAt(driver, runs, row, language).findElements(By.cssSelector(selector)).stream().findFirst();
    }

    /** The grid line showing a row, with every run folded. */
    private static int line(List<ReviewService.UnpairedRun> runs, int position) {
        return position - runs.stream().filter(run -> run.first() + run.count() <= position).mapToInt(run -> run.count() - 1).sum();
    }

    /** A cell of the row a grid line shows, scrolled into view. */
    private static WebElement cellAt(WebDriver driver, List<ReviewService.UnpairedRun> runs, int row, String language) {
        WebElement grid = waiting(driver).withMessage("the alignment grid")
                .until(d -> d.findElements(By.cssSelector("vaadin-grid.alignment-grid")).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[1]);", grid, line(runs, row));
        return waiting(driver).withMessage(() -> "the " + language + " cell of row " + row).until(d -> d
                .findElements(By.cssSelector(".segment-cell[data-lang='" + language + "'][data-row='" + row + "']")).stream().findFirst().orElse(null));
    }

    /** Clicks a cell or a button inside the grid, brought to the middle of the grid's view first (the grid's edge would take the click). */
    private static void click(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private void focusAt(int row, String language) {
        for (int attempt = 1; ; attempt++) {
            try {
                click(cellAt(driver, runs, row, language));
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
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
        // The aligner's own links (facts the article tells elsewhere) removed first, so that the markers are the test's.
        reviews.links(id).forEach(found -> reviews.unlink(id, found.link()));
        // Two rows with text in both versions, far apart (never folded away: a fold holds one version's text only).
        List<AlignedRow> rows = reviews.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        int[] paired = IntStream.range(0, rows.size()).filter(r -> rows.get(r).cells().stream().noneMatch(List::isEmpty)).toArray();
        int from = paired[0];
        int to = paired[paired.length - 1];
        assertThat(to).as("two paired rows far apart").isGreaterThan(from + 5);
        int english = rows.get(from).firstSegments().get(0);
        int lastChinese = rows.get(to).firstSegments().get(1) + rows.get(to).cells().get(1).size() - 1;
        runs = reviews.unpairedRuns(id, 4);
        driver.get("http://localhost:" + port + "/projects/" + id);

        focusAt(from, "en");
        press(driver, Keys.ALT, "l");
        waiting(driver).withMessage("the link dialog, its number field focused").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const a = document.activeElement; return !!a && !!a.closest && !!a.closest('#link-number');")));
        new Actions(driver).sendKeys(Integer.toString(lastChinese + 1)).sendKeys(Keys.ENTER).perform();

        String linked = "Linked English sentence " + (english + 1) + " and Chinese sentence " + (lastChinese + 1);
        waitForText(driver, "last-change", linked);
        ReviewLink link = new ReviewLink(0, english, 1, lastChinese, 1, LinkOrigin.REVIEWER);
        assertThat(reviews.links(id)).containsExactly(new RowLink(link, from, to));
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage(() -> "the marker under the English cell of row " + from
                + ", not " + markers(driver, from, "en") + " in " + text(cellAt(driver, runs, from, "en"))).until(d -> markers(d, from, "en").contains("→ Chinese sentence " + (lastChinese + 1) + " (1.00)"));
        Screenshots.take(driver, "links-marker-1000x700", 1000, 700);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
        click(marker(driver, from, "en", ".link-marker").orElseThrow());

        waiting(driver).withMessage(() -> "the focus on row " + to + ", not " + focusedRow(driver)).until(d -> focusedRow(d) == line(runs, to));
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker shown from the Chinese row too")
                .until(d -> markers(d, to, "zh").contains("→ English sentence " + (english + 1) + " (1.00)"));
        Screenshots.take(driver, "links-followed-1600x1000", 1600, 1000);

        click(marker(driver, to, "zh", ".link-remove").orElseThrow());

        waitForText(driver, "last-change", "Removed the link of English sentence " + (english + 1) + " and Chinese sentence " + (lastChinese + 1));
        assertThat(reviews.links(id)).isEmpty();
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker gone").until(d -> markers(d, to, "zh").isEmpty());

        focusAt(to, "zh");
        press(driver, Keys.CONTROL, "z");

        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the marker back after undo")
                .until(d -> markers(d, to, "zh").contains("→ English sentence " + (english + 1) + " (1.00)"));
        assertThat(reviews.links(id)).extracting(RowLink::link).containsExactly(link);
        assertThat(text(driver.findElement(By.id("last-change")))).isNotEmpty();
    }

    /** How many lines the grid has. */
    private static long gridSize(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.querySelector('vaadin-grid.alignment-grid').size;")).longValue();
    }

    @Test
    void aLongRunOfRowsWithoutCounterpartIsOneLineUntilTheReviewerShowsItFromTheKeyboard() {
        long id = projects.createProject("Folds", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
        runs = reviews.unpairedRuns(id, 4);
        assertThat(runs).as("a run of rows with one version's text only").isNotEmpty();
        ReviewService.UnpairedRun run = runs.getFirst();
        String language = run.document() == 0 ? "en" : "zh";
        String name = run.document() == 0 ? "English" : "Chinese";
        int rows = projects.rowCount(id);
        driver.get("http://localhost:" + port + "/projects/" + id);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 700));
        WebElement fold = cellAt(driver, runs, run.first(), language);
        assertThat(text(fold)).startsWith(run.sentences() + " " + name + " sentences without counterpart (rows " + (run.first() + 1) + "–"
                + (run.first() + run.count()) + ") — show");
        assertThat(gridSize(driver)).isEqualTo(rows - runs.stream().mapToInt(r -> r.count() - 1).sum());
        Screenshots.take(driver, "folded-run-1000x700", 1000, 700);

        // From the keyboard: the line's other (empty) cell, an arrow key to the run's column, Enter into the cell, Enter on "show".
        focusAt(run.first(), run.document() == 0 ? "zh" : "en");
        new Actions(driver).sendKeys(run.document() == 0 ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT).sendKeys(Keys.ENTER).perform();
        waiting(driver).withMessage("the show button focused").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const a = document.activeElement; return !!a && !!a.closest && !!a.closest('.fold-show');")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waiting(driver).withMessage(() -> "every row of the run shown, not " + gridSize(driver) + " lines")
                .until(d -> gridSize(d) == rows - runs.stream().skip(1).mapToInt(r -> r.count() - 1).sum());
        AlignedRow second = reviews.row(id, run.first() + 1).orElseThrow();
        waiting(driver).ignoring(StaleElementReferenceException.class).withMessage("the run's second row")
                .until(d -> text(cell(d, run.first() + 1, language)).startsWith(second.cells().get(run.document()).getFirst()));
        cellAt(driver, List.of(), run.first(), language);
        Screenshots.take(driver, "unfolded-run-1000x700", 1000, 700);
    }
}
