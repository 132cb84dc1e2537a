package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.ui.SpringViewTest;

/** The alignment screen as a translator meets it: what it says about rows, filters, changes and divergences. */
@ViewPackages(classes = AlignmentView.class)
class WorkbenchTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    private long id;
    private int rows;

    @BeforeEach
    void openACopyOfTheDemo() {
        id = copy(projects.projects().getFirst().id());
        rows = projects.rowCount(id);
        navigate(AlignmentView.class, id);
    }

    @SuppressWarnings("unchecked")
    private Grid<AlignedRow> grid() {
        return find(Grid.class).withClassName("alignment-grid").single();
    }

    private AlignmentView view() {
        return (AlignmentView) getCurrentView();
    }

    private String text(String spanId) {
        return find(Span.class).withId(spanId).single().getText();
    }

    @Test
    void aRowWithOneVersionOnlyShowsNoConfidenceAndEveryRowAStatus() {
        var grid = test(grid());
        List<AlignedRow> all = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        int single = IntStream.range(0, all.size()).filter(r -> all.get(r).cells().stream().filter(c -> !c.isEmpty()).count() == 1)
                .findFirst().orElseThrow();
        int full = IntStream.range(0, all.size()).filter(r -> all.get(r).cells().stream().noneMatch(List::isEmpty)).findFirst().orElseThrow();

        assertThat(grid.getCellText(single, 4)).isEqualTo("—");
        assertThat(grid.getCellText(full, 4)).matches("[01]\\.\\d\\d");
        assertThat(IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 5))).containsOnly("aligned");
    }

    @Test
    void theFilterSaysHowManyRowsItShowsAndTheSearchMarksItsMatches() {
        assertThat(text("shown-count")).isEmpty();

        test(find(TextField.class).withId("search").single()).setValue("wu enda");

        int shown = test(grid()).size();
        assertThat(text("shown-count")).isEqualTo(shown + " of " + rows + " rows");
        Div cell = (Div) test(grid()).getCellComponent(0, "doc-1");
        assertThat(cell.getChildren().filter(c -> c instanceof Span s && s.hasClassName("search-match")).map(c -> ((Span) c).getText()))
                .containsExactly("Wu Enda");
    }

    @Test
    void aChangeClosesTheMessagesOfEarlierOnesAndTheRowCountFollows() {
        ShortcutsKt._fireShortcut(grid(), Key.KEY_M, KeyModifier.ALT);
        assertThat(find(Notification.class).all()).isNotEmpty();

        view().focus(0, 0);
        ShortcutsKt._fireShortcut(grid(), Key.KEY_M, KeyModifier.ALT);

        assertThat(find(Notification.class).all()).noneMatch(Notification::isOpened);
        assertThat(text("project-row-count")).isEqualTo((rows - 1) + " rows");
        ShortcutsKt._fireShortcut(grid(), Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(text("project-row-count")).isEqualTo(rows + " rows");
    }

    @Test
    void theSidePanelExplainsTheFocusedRowsDivergences() {
        var grid = test(grid());
        int divergent = IntStream.range(0, grid.size())
                .filter(r -> ((Div) grid.getCellComponent(r, "doc-1")).getChildren().anyMatch(c -> c instanceof Span s && s.hasClassName("divergence")))
                .findFirst().orElseThrow();

        view().focus(divergent, 1);

        String shown = find(DivergencePanel.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("Row " + grid.getCellText(divergent, 0));
        Span highlight = (Span) ((Div) grid.getCellComponent(divergent, "doc-1")).getChildren()
                .filter(c -> c instanceof Span s && s.hasClassName("divergence")).findFirst().orElseThrow();
        assertThat(shown).contains(highlight.getTitle().orElseThrow());
    }

    @Test
    void reviewKeysWorkFromAnywhereOnTheScreen() {
        ShortcutsKt._fireShortcut(UI.getCurrent(), Key.KEY_H, KeyModifier.ALT);

        assertThat(find(Dialog.class).withId("history").single().isOpened()).isTrue();
    }

    @Test
    void theLegendExplainsConfidenceStatusesAndEveryDivergenceColour() {
        var legend = find(Legend.class).single();
        String text = legend.getElement().getTextRecursively();
        assertThat(text).contains("Confidence under 0.5", "confirmed", "Page clutter");
        for (String label : DivergencePanel.LABELS.values()) {
            assertThat(text).contains(label);
        }
    }

    @Test
    void headersNameTheFileSoTwoVersionsInOneLanguageAreToldApart() {
        ProjectSummary project = projects.project(id).orElseThrow();
        assertThat(grid().getColumnByKey("doc-1").getHeaderComponent().getElement().getTextRecursively())
                .contains(project.documents().get(1).fileName());
    }

    @Test
    void aLinkCanAskForASearch() {
        UI.getCurrent().navigate(AlignmentView.class, id,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("search", "\\QWu Enda\\E|\\QAndrew Ng\\E", "regex", "1")));

        assertThat(find(TextField.class).withId("search").single().getValue()).isEqualTo("\\QWu Enda\\E|\\QAndrew Ng\\E");
        assertThat(test(grid()).size()).isPositive().isLessThan(rows);
        assertThat(text("shown-count")).endsWith(" of " + rows + " rows");
    }
}
