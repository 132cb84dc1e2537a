package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.byId;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.TestDataDirectory;
import dev.alinea.project.ProjectService;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowFilter;

/**
 * A reviewer corrects the demo with the keyboard only, in Chromium: from the projects page to the
 * grid, between rows, every review operation, the filter, the search, a divergence dismissed, the
 * export dialog and the name list. Nothing is clicked. Screenshots at 1000 and 1600 px wide.
 */
class KeyboardReviewEndToEndIT extends BrowserTest {

    private static final int MOST_TABS = 40;

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-keyboard-");
    }

    @Test
    void aReviewerCorrectsTheDemoByKeyboardOnly() {
        long demo = projects.projects().getFirst().id();
        int rows = projects.rowCount(demo);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
        driver.get("http://localhost:" + port + "/");
        waiting(driver).until(d -> !d.findElements(By.cssSelector("vaadin-grid.project-list vaadin-grid-cell-content")).isEmpty());

        tabUntil("a row of the project list", d -> gridCellFocused(d, "vaadin-grid.project-list"));
        Screenshots.take(driver, "keyboard-projects-1000", 1000, 700);
        keys(Keys.ENTER);
        waiting(driver).withMessage(() -> "the demo's alignment; " + screen()).until(d -> !d.findElements(By.cssSelector(".segment-cell[data-lang='zh']")).isEmpty());

        tabUntil("the skip link", d -> "skip-to-grid".equals(activeId(d)));
        keys(Keys.ENTER);
        waiting(driver).withMessage(() -> "the grid's first row; " + screen()).until(d -> focusedRow(d) == 0);
        // The first row whose English and the next row's English are both there: merged, then split again.
        int row = firstOfTwoEnglishRows(demo);
        for (int down = 0; down < row; down++) {
            keys(Keys.ARROW_DOWN);
        }
        waiting(driver).withMessage(() -> "row " + (row + 1) + "; " + screen()).until(d -> focusedRow(d) == row);

        alt("m");
        waitForText(driver, "last-change", "Merged rows " + (row + 1) + " and " + (row + 2));
        waitForText(driver, "review-counts", counts(0, rows - 1));
        alt("s");
        // A cell of more than two sentences asks before which one: the first choice has the focus.
        waiting(driver).withMessage(() -> "a split or the sentence chooser; " + screen())
                .until(d -> activeInside(d, ".sentence-choice") || byId(d, "last-change").startsWith("Split"));
        if (activeInside(driver, ".sentence-choice")) {
            keys(Keys.ENTER);
        }
        waitUntilLastChange("a split", text -> text.startsWith("Split the English text"));
        waitForText(driver, "review-counts", counts(0, rows));
        ctrl("z");
        waitForText(driver, "review-counts", counts(0, rows - 1));
        ctrl("y");
        waitForText(driver, "review-counts", counts(0, rows));
        ctrl("z");
        waitForText(driver, "review-counts", counts(0, rows - 1));
        ctrl("z");
        waitForText(driver, "review-counts", counts(0, rows));
        assertThat(reviews.history(demo)).allSatisfy(entry -> assertThat(entry.undone()).isTrue());

        alt(Keys.ARROW_DOWN);
        waitUntilLastChange("a shift down", text -> text.startsWith("Shifted an English sentence from row " + (row + 1) + " down"));
        ctrl("z");
        waiting(driver).withMessage(() -> "the shift undone; " + screen()).until(d -> reviews.history(demo).getFirst().undone());

        alt("e");
        waiting(driver).withMessage(() -> "the editor; " + screen()).until(d -> activeInside(d, "#cell-editor-text"));
        keys(Keys.END, " Checked by keyboard.");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        waitForText(driver, "last-change", "Edited the English (en) text of row " + (row + 1));
        assertThat(String.join(" ", reviews.row(demo, row).orElseThrow().cells().getFirst())).endsWith("Checked by keyboard.");
        waiting(driver).withMessage(() -> "the focus back on the grid after editing; " + screen()).until(d -> focusedRow(d) == row);

        alt("c");
        waitForText(driver, "last-change", "Confirmed row " + (row + 1));
        waitForText(driver, "review-counts", counts(1, rows));
        Screenshots.take(driver, "keyboard-grid-1000", 1000, 700);
        Screenshots.take(driver, "keyboard-grid-1600", 1600, 1000);

        chooseFilter(1);
        waitForText(driver, "shown-count", (rows - 1) + " of " + rows + " rows");

        alt("f");
        waiting(driver).withMessage(() -> "the search field; " + screen()).until(d -> activeInside(d, "#search"));
        keys("Wu Enda");
        waiting(driver).withMessage(() -> "the search to narrow the rows; " + screen()).until(d -> byId(d, "shown-count").matches("[1-9] of " + rows + " rows"));
        keys(Keys.ENTER);
        waiting(driver).withMessage(() -> "Enter in the search to go to the first row found; " + screen()).until(d -> focusedRow(d) == 0);
        alt("d");
        waiting(driver).withMessage(() -> "the reason box; " + screen()).until(d -> activeInside(d, ".dismiss-reason"));
        Screenshots.take(driver, "keyboard-divergence-1000", 1000, 700);
        new Actions(driver).sendKeys("intended").sendKeys(Keys.ENTER).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        waitUntilLastChange("a dismissal", text -> text.startsWith("Dismissed the divergence") && text.endsWith("(intended)"));
        keys(Keys.ESCAPE);
        waiting(driver).withMessage(() -> "the dialog closed; " + screen()).until(d -> d.findElements(By.id("divergence-decisions-dialog")).isEmpty());

        alt("g");
        waiting(driver).withMessage(() -> "the row field; " + screen()).until(d -> activeInside(d, "#jump-to-row"));
        keys("5", Keys.ENTER);
        waiting(driver).withMessage(() -> "row 5, all rows shown again; " + screen()).until(d -> focusedRow(d) == 4 && byId(d, "shown-count").isEmpty());

        keys("?");
        waiting(driver).withMessage(() -> "the list of keys; " + screen()).until(d -> !d.findElements(By.id("shortcut-help")).isEmpty());
        keys(Keys.ESCAPE);
        waiting(driver).withMessage(() -> "the list of keys closed; " + screen()).until(d -> d.findElements(By.id("shortcut-help")).isEmpty());

        fromTheTop();
        tabUntil("the export button", d -> "export-options".equals(activeId(d)));
        keys(Keys.ENTER);
        waiting(driver).withMessage(() -> "the export dialog; " + screen()).until(d -> !d.findElements(By.id("export-dialog")).isEmpty());
        tabUntil("the download link", d -> "export-download".equals(activeId(d)));
        Screenshots.take(driver, "keyboard-export-1000", 1000, 700);
        Screenshots.take(driver, "keyboard-export-1600", 1600, 1000);
        keys(Keys.ESCAPE);
        waiting(driver).withMessage(() -> "the export dialog closed; " + screen()).until(d -> d.findElements(By.id("export-dialog")).isEmpty());

        // The export dialog gives the focus back to its button; the name list link stands just before it.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        tabUntil("the name list link", d -> "name-list-link".equals(activeId(d)));
        keys(Keys.ENTER);
        waiting(driver).withMessage(() -> "the name list; " + screen()).until(d -> d.getCurrentUrl().endsWith("/names") || d.getCurrentUrl().contains("/names"));
        tabUntil("a row of the name list", d -> gridCellFocused(d, "vaadin-grid"));
        Screenshots.take(driver, "keyboard-names-1000", 1000, 700);
        Screenshots.take(driver, "keyboard-names-1600", 1600, 1000);
    }

    private int firstOfTwoEnglishRows(long demo) {
        for (int r = 0; r + 1 < projects.rowCount(demo); r++) {
            if (!reviews.rows(demo, RowFilter.ALL, r, 1).getFirst().cells().getFirst().isEmpty()
                    && !reviews.rows(demo, RowFilter.ALL, r + 1, 1).getFirst().cells().getFirst().isEmpty()) {
                return r;
            }
        }
        throw new AssertionError("No two rows with English one after the other");
    }

    /** Shift+Tab from the search field to the row filter, opens it with the arrow key and chooses an item by its place (0: all rows). */
    private void chooseFilter(int item) {
        alt("f");
        waiting(driver).until(d -> activeInside(d, "#search"));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        waiting(driver).withMessage(() -> "the row filter; " + screen()).until(d -> activeInside(d, "#row-filter"));
        keys(Keys.ARROW_DOWN);
        waiting(driver).withMessage(() -> "the filter's items; " + screen()).until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        keys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
        for (int step = 0; step < item; step++) {
            keys(Keys.ARROW_DOWN);
        }
        keys(Keys.ENTER);
    }

    /** Puts the keyboard where a fresh page has it: before everything. */
    private static void fromTheTop() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();");
        // A blurred page starts the Tab order at the top; nothing is clicked.
    }

    private static void tabUntil(String what, Predicate<WebDriver> reached) {
        for (int tab = 0; tab < MOST_TABS && !reached.test(driver); tab++) {
            keys(Keys.TAB);
        }
        assertThat(reached.test(driver)).as("%s reached with at most %d Tab presses", what, MOST_TABS).isTrue();
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static void alt(CharSequence key) {
        new Actions(driver).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    private static void ctrl(CharSequence key) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    }

    private static void waitUntilLastChange(String what, Predicate<String> expected) {
        waiting(driver).withMessage(() -> what + "; " + screen()).until(d -> expected.test(byId(d, "last-change")));
    }

    /** What the screen shows, for a failure's message (and a screenshot of it). */
    private static String screen() {
        Screenshots.take(driver, "keyboard-failure", 1600, 1000);
        return "last change \"" + byId(driver, "last-change") + "\", focus on " + ((JavascriptExecutor) driver).executeScript("""
                const a = document.activeElement;
                const g = document.querySelector('vaadin-grid.alignment-grid');
                const cell = g && g.shadowRoot.activeElement;
                return (a ? a.tagName + '#' + a.id + '.' + a.className : 'nothing') + (cell ? ' / grid ' + cell.tagName + ' row ' + cell.parentElement.index : '')
                  + ', notifications: ' + Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.textContent.trim()).join(' | ');""");
    }

    private static String counts(int confirmed, int rows) {
        return confirmed + " confirmed · " + (rows - confirmed) + " unconfirmed · " + rows + " rows";
    }

    private static String activeId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("const a = document.activeElement; return a ? a.id : '';");
    }

    private static boolean activeInside(WebDriver driver, String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; return !!a && !!a.closest && a.closest(arguments[0]) !== null;", selector));
    }

    private static boolean gridCellFocused(WebDriver driver, String gridSelector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const g = document.querySelector(arguments[0]);
                const a = g && g.shadowRoot.activeElement;
                return !!a && a.tagName === 'TD' && a.parentElement.parentElement.id === 'items';""", gridSelector));
    }

    /** The index of the alignment grid's row that has the keyboard focus; -1 when none has. */
    private static long focusedRow(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("""
                const g = document.querySelector('vaadin-grid.alignment-grid');
                const a = g && g.shadowRoot.activeElement;
                return a && a.tagName === 'TD' && a.parentElement.parentElement.id === 'items' ? a.parentElement.index : -1;""")).longValue();
    }
}
