package dev.alinea.e2e;

import static dev.alinea.e2e.Chromium.cell;
import static dev.alinea.e2e.Chromium.focus;
import static dev.alinea.e2e.Chromium.text;
import static dev.alinea.e2e.Chromium.waitForText;
import static dev.alinea.e2e.Chromium.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import dev.alinea.reviewing.ReviewService;

/**
 * The workbench as a translator meets it in Chromium: the keys the screens advertise, the new
 * project dialog, and screenshots at 1000 and 1600 px wide (saved under target/screenshots).
 */
class TranslatorEndToEndIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "e2e-translator-");
    }

    private long newProject(String name) {
        return projects.createProject(name, List.of(
                new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
    }

    private void open(long id) {
        driver.get("http://localhost:" + port + "/projects/" + id);
        cell(driver, 0, "en");
    }

    @Test
    void ctrlEnterInTheEditorSavesTheEditedText() {
        long id = newProject("Ctrl+Enter");
        open(id);
        focus(driver, 1, "en");
        new Actions(driver).keyDown(Keys.ALT).sendKeys("e").keyUp(Keys.ALT).perform();
        WebElement editor = waiting(driver).until(d -> d.findElements(By.cssSelector("#cell-editor-text textarea")).stream().findFirst().orElse(null));
        editor.sendKeys(Keys.END, " Edited by keyboard.");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        waitForText(driver, "last-change", "Edited the English (en) text of row 2");
        assertThat(String.join(" ", reviews.row(id, 1).orElseThrow().cells().get(0))).endsWith("Edited by keyboard.");
        assertThat(text(cell(driver, 1, "en"))).endsWith("Edited by keyboard.");
    }

    @Test
    void afterReAlignmentTheGridShowsARowFromItsTopNotFromTheMiddleOfACell() {
        long id = newProject("Re-align");
        open(id);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                const g = document.querySelector('vaadin-grid.alignment-grid');
                const row = Array.from(g.shadowRoot.querySelectorAll('#items tr')).find(r => r.index === 4);
                g.$.table.scrollTop = row.offsetTop + row.offsetHeight / 2;""");
        waiting(driver).withMessage("the grid scrolled into a cell").until(d -> !rowAtTheTop(d));

        driver.findElement(By.id("realign")).click();

        waiting(driver).withMessage("re-alignment to end").until(d -> text(d.findElement(By.id("last-change"))).startsWith("Re-aligned"));
        waiting(driver).withMessage("a row to start at the top of the grid").until(TranslatorEndToEndIT::rowAtTheTop);
    }

    /** Whether a row of the grid starts right under its header. */
    private static boolean rowAtTheTop(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const g = document.querySelector('vaadin-grid.alignment-grid');
                const top = g.$.header.getBoundingClientRect().bottom;
                return Array.from(g.shadowRoot.querySelectorAll('#items tr')).some(r => !r.hidden && Math.abs(r.getBoundingClientRect().top - top) < 2);"""));
    }

    @Test
    void theReviewKeysWorkBeforeTheGridHasTheFocus() {
        long id = newProject("Keys from anywhere");
        open(id);
        driver.switchTo().activeElement();

        new Actions(driver).keyDown(Keys.ALT).sendKeys("f").keyUp(Keys.ALT).perform();
        waiting(driver).withMessage("the search field to have the focus").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.activeElement && document.activeElement.closest('#search') !== null;")));

        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
        new Actions(driver).sendKeys("?").perform();
        waiting(driver).withMessage("the list of keys").until(d -> !d.findElements(By.cssSelector("#shortcut-help")).isEmpty());
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichGoesToTheGrid() {
        long id = newProject("Skip link");
        open(id);
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur(); document.body.focus();");
        // The navbar's links come first; the skip link follows them, before any toolbar.
        for (int tab = 0; tab < 6 && !"skip-to-grid".equals(driver.switchTo().activeElement().getDomAttribute("id")); tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("skip-to-grid");

        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waiting(driver).withMessage("a cell of the grid to have the focus").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const g = document.querySelector('vaadin-grid.alignment-grid'); const a = g.shadowRoot.activeElement; return !!a && a.tagName === 'TD';")));
    }

    @Test
    void aHiddenColumnStaysHiddenAfterAReload() {
        long id = newProject("Hidden column");
        open(id);
        driver.findElement(By.cssSelector("#view-columns vaadin-menu-bar-button")).click();
        waiting(driver).until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(item -> text(item).startsWith("Indonesian")).findFirst().orElse(null)).click();
        waiting(driver).withMessage("the Indonesian column to be hidden").until(d -> shownCells(d, "id") == 0);

        driver.navigate().refresh();
        cell(driver, 0, "en");
        waiting(driver).withMessage("the Indonesian column to stay hidden").until(d -> shownCells(d, "id") == 0);
        assertThat(shownCells(driver, "en")).isPositive();
    }

    /** How many cells of a language the grid shows, read in one go (the grid renders rows anew as it likes). */
    private static long shownCells(WebDriver driver, String language) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(\".segment-cell[data-lang='\" + arguments[0] + \"']\"))"
                        + ".filter(e => e.getClientRects().length > 0).length;", language)).longValue();
    }

    @Test
    void filesDroppedTogetherAreListedInTheOrderChosen() {
        driver.get("http://localhost:" + port + "/");
        waiting(driver).until(d -> d.findElements(By.id("new-project")).stream().findFirst().orElse(null)).click();
        WebElement upload = waiting(driver).until(d -> d.findElements(By.id("new-project-upload")).stream().findFirst().orElse(null));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("#fileInput"));
        List<String> chosen = List.of("story.zh.comparable.txt", "story.en.original.txt", "story.id.translation.txt");
        input.sendKeys(String.join("\n", chosen.stream().map(name -> java.nio.file.Path.of("seeds", name).toAbsolutePath().toString()).toList()));

        waiting(driver).withMessage("three files listed").until(d -> listedFiles(d).size() == 3);
        assertThat(listedFiles(driver)).containsExactlyElementsOf(chosen);
        Screenshots.take(driver, "new-project-1000", 1000, 700);
    }

    @SuppressWarnings("unchecked")
    private static List<String> listedFiles(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#new-project-files .pending-file > span')).map(e => e.textContent.trim());");
    }

    @Test
    void theDemoAtThousandAndSixteenHundredPixelsWide() {
        long demo = projects.projects().getFirst().id();
        for (int[] size : new int[][] {{1000, 700}, {1600, 1000}}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            open(demo);
            focus(driver, 1, "en");
            Screenshots.take(driver, "alignment-" + size[0], size[0], size[1]);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
                    .as("horizontal overflow at %d px", size[0]).isLessThanOrEqualTo(0);
            assertThat(((Number) js.executeScript("return document.documentElement.scrollHeight - window.innerHeight;")).intValue())
                    .as("vertical overflow of the page at %d px", size[0]).isLessThanOrEqualTo(0);
            assertThat(((Number) js.executeScript("""
                    const g = document.querySelector('vaadin-grid.alignment-grid');
                    return g.$.table.scrollWidth - g.$.table.clientWidth;""")).intValue())
                    .as("the grid's columns wider than the grid at %d px", size[0]).isLessThanOrEqualTo(0);
            Number textColumn = (Number) js.executeScript(
                    "return document.querySelector(\".segment-cell[data-lang='en']\").getBoundingClientRect().width;");
            assertThat(textColumn.doubleValue()).as("English column at %d px", size[0]).isGreaterThan(size[0] == 1000 ? 150 : 300);
            Number confidence = (Number) js.executeScript("""
                    const g = document.querySelector('vaadin-grid.alignment-grid');
                    return Array.from(g.querySelectorAll('vaadin-grid-column')).some(c => c.width === '5rem') ? 1 : 0;""");
            assertThat(confidence.intValue()).as("a narrow confidence column").isEqualTo(1);
            Number misalignment = (Number) js.executeScript("""
                    const g = document.querySelector('vaadin-grid.alignment-grid');
                    const heads = Array.from(g.shadowRoot.querySelectorAll('#header tr:last-child th')).filter(c => !c.hidden);
                    const row = Array.from(g.shadowRoot.querySelectorAll('#items tr')).find(r => !r.hidden);
                    const cells = Array.from(row.querySelectorAll('td')).filter(c => !c.hidden);
                    return Math.max(...heads.map((h, i) => Math.abs(h.getBoundingClientRect().right - cells[i].getBoundingClientRect().right)));""");
            assertThat(misalignment.doubleValue()).as("header and body columns apart at %d px", size[0]).isLessThan(1);
            Number gridHeight = (Number) js.executeScript("return document.querySelector('vaadin-grid.alignment-grid').getBoundingClientRect().height;");
            assertThat(gridHeight.doubleValue()).as("the grid's height at %d px", size[0]).isGreaterThan(size[1] * 0.3);
        }
        driver.get("http://localhost:" + port + "/help");
        waiting(driver).until(d -> !d.findElements(By.cssSelector(".help-view")).isEmpty());
        Screenshots.take(driver, "help-1600", 1600, 1000);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
}
