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
}
