package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.byId;
import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.text;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.Seeds;
import dev.alinea.TestDataDirectory;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;

/**
 * A reviewer at work in Debian's Chromium, from the keyboard: merge, split, shift, confirm,
 * filter, undo after a reload, and two windows on one project.
 */
class ReviewEndToEndIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-review-");
    }

    @AfterEach
    void closeOtherWindows() {
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        for (String handle : handles.subList(1, handles.size())) {
            driver.switchTo().window(handle).close();
        }
        driver.switchTo().window(handles.getFirst());
    }

    private long newProject() {
        return projects.createProject("Review", List.of(
                new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
    }

    private void open(long id) {
        driver.get("http://localhost:" + port + "/projects/" + id);
        cell(driver, 0, "en");
    }

    private static void press(WebDriver driver, Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    private static void pressWithShift(WebDriver driver, Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).keyUp(modifier).perform();
    }

    private String counts(int confirmed, int rows) {
        return confirmed + " confirmed · " + (rows - confirmed) + " unconfirmed · " + rows + " rows";
    }

    @Test
    void mergeSplitShiftAndConfirmFromTheKeyboard() {
        long id = newProject();
        int rows = projects.rowCount(id);
        open(id);
        String first = text(cell(driver, 0, "en"));
        String second = text(cell(driver, 1, "en"));

        focus(driver, 0, "en");
        press(driver, Keys.ALT, "m");
        waitForText(driver, "last-change", "Merged rows 1 and 2");
        waitForText(driver, "review-counts", counts(0, rows - 1));
        assertThat(text(cell(driver, 0, "en"))).isEqualTo(first + " " + second);

        focus(driver, 0, "en");
        press(driver, Keys.ALT, "s");
        waitForText(driver, "last-change", "Split the English text after sentence 1 off row 1");
        assertThat(text(cell(driver, 0, "en"))).isEqualTo(first);
        assertThat(text(cell(driver, 1, "en"))).isEqualTo(second);
        assertThat(text(cell(driver, 1, "id"))).isEqualTo("—");

        focus(driver, 1, "en");
        press(driver, Keys.ALT, Keys.ARROW_UP);
        waitForText(driver, "last-change", "Shifted an English sentence from row 2 up");
        assertThat(text(cell(driver, 0, "en"))).isEqualTo(first + " " + second);
        waitForText(driver, "review-counts", counts(0, rows - 1));

        focus(driver, 2, "id");
        press(driver, Keys.ALT, "c");
        waitForText(driver, "last-change", "Confirmed row 3");
        waitForText(driver, "review-counts", counts(1, rows - 1));
        AlignedRow confirmed = reviews.row(id, 2).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(RowStatus.CONFIRMED);
    }

    @Test
    void theFilterShowsOnlyUnconfirmedRowsAndTheSearchOnlyMatchingOnes() {
        long id = newProject();
        int rows = projects.rowCount(id);
        open(id);
        focus(driver, 4, "en");
        pressWithShift(driver, Keys.ALT, "c");
        waitForText(driver, "review-counts", counts(5, rows));

        driver.findElement(By.id("row-filter")).click();
        waiting(driver).withMessage("the choice of unconfirmed rows").until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> text(item).equals("Unconfirmed rows")).findFirst().orElse(null)).click();
        waiting(driver).withMessage(() -> "the grid to show " + (rows - 5) + " rows, not " + gridSize(driver)).until(d -> gridSize(d) == rows - 5);
        // the grid may render its cells again meanwhile (divergences found after a change): a stale cell means "look again"
        waiting(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !shownCells(d, "en").isEmpty() && shownCells(d, "en").stream()
                .allMatch(c -> Integer.parseInt(c.getDomAttribute("data-row")) >= 5));

        WebElement search = driver.findElement(By.cssSelector("#search input"));
        search.sendKeys("Wu Enda");
        waiting(driver).withMessage(() -> "search results, not " + gridSize(driver)).until(d -> gridSize(d) >= 1 && gridSize(d) < rows - 5);
        waiting(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !shownCells(d, "id").isEmpty() && shownCells(d, "id").stream().allMatch(c -> text(c).contains("Wu Enda")));
    }

    private static List<WebElement> shownCells(WebDriver driver, String language) {
        return driver.findElements(By.cssSelector(".segment-cell[data-lang='" + language + "']")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static long gridSize(WebDriver driver) {
        Object size = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.querySelector('vaadin-grid.alignment-grid').size;");
        return ((Number) size).longValue();
    }

    @Test
    void undoWorksAfterAReload() {
        long id = newProject();
        int rows = projects.rowCount(id);
        open(id);
        focus(driver, 3, "en");
        press(driver, Keys.ALT, "m");
        waitForText(driver, "review-counts", counts(0, rows - 1));

        driver.navigate().refresh();
        cell(driver, 0, "en");
        waitForText(driver, "review-counts", counts(0, rows - 1));
        focus(driver, 0, "en");
        press(driver, Keys.CONTROL, "z");

        waitForText(driver, "review-counts", counts(0, rows));
        waitForText(driver, "last-change", "Merged rows 4 and 5");
        assertThat(reviews.history(id).getFirst().undone()).isTrue();
    }

    @Test
    void twoWindowsSeeEachOthersChangesAndAnEditFromAStaleViewIsRefused() {
        long id = newProject();
        int rows = projects.rowCount(id);
        open(id);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        String second = driver.getWindowHandle();
        open(id);

        // The second window opens the editor on row 3 and so holds that row as it is now.
        focus(driver, 2, "en");
        press(driver, Keys.ALT, "e");
        WebElement editor = waiting(driver).until(d -> d.findElements(By.cssSelector("#cell-editor-text textarea")).stream().findFirst().orElse(null));

        driver.switchTo().window(first);
        focus(driver, 2, "en");
        press(driver, Keys.ALT, "c");
        waitForText(driver, "review-counts", counts(1, rows));
        focus(driver, 5, "en");
        press(driver, Keys.ALT, "m");
        waitForText(driver, "review-counts", counts(1, rows - 1));

        driver.switchTo().window(second);
        waitForText(driver, "review-counts", counts(1, rows - 1));
        String before = reviews.row(id, 2).orElseThrow().cells().get(0).getFirst();
        editor.sendKeys(" Edited in a stale window.");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        WebElement refusal = waiting(driver).until(d -> Chromium.notification(d, "changed in another window").orElse(null));
        assertThat(text(refusal).toLowerCase(Locale.ROOT)).contains("nothing was changed");
        assertThat(reviews.row(id, 2).orElseThrow().cells().get(0).getFirst()).isEqualTo(before);
        assertThat(reviews.history(id)).extracting(e -> e.description()).containsExactly("Merged rows 6 and 7", "Confirmed row 3");
    }
}
