package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.alinea.project.ProjectService;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.ui.SpringViewTest;

/** Dismissing and accepting divergences on the alignment screen, from the grid's keys and from the side panel, without a browser. */
@ViewPackages(classes = {AlignmentView.class, dev.alinea.ui.projects.ProjectListView.class, dev.alinea.ui.names.NameListView.class})
class DivergenceDecisionViewTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    /** The grid line of the row naming Wu Enda (folded runs make grid lines and rows differ). */
    private int ngRow;
    /** That row's number as the grid shows it. */
    private String ngRowNumber;

    @BeforeEach
    void openACopyOfTheDemo() {
        long id = copy(projects.projects().getFirst().id());
        navigate(AlignmentView.class, id);
        GridTester<Grid<AlignedRow>, AlignedRow> grid = test(grid());
        ngRow = IntStream.range(0, grid.size()).filter(r -> grid.getCellText(r, 2).contains("Wu Enda")).findFirst().orElseThrow();
        ngRowNumber = grid.getCellText(ngRow, 0);
    }

    @SuppressWarnings("unchecked")
    private Grid<AlignedRow> grid() {
        return find(Grid.class).withClassName("alignment-grid").single();
    }

    private AlignmentView view() {
        return (AlignmentView) getCurrentView();
    }

    private void press(Key key, KeyModifier... modifiers) {
        ShortcutsKt._fireShortcut(grid(), key, modifiers);
    }

    /** The highlighted "Wu Enda" of the Indonesian cell. */
    private Span wuEnda() {
        var cell = (Div) test(grid()).getCellComponent(ngRow, 2);
        return cell.getChildren().filter(c -> c instanceof Span).map(c -> (Span) c).filter(s -> s.getText().equals("Wu Enda")).findFirst().orElseThrow();
    }

    /** The item of the Andrew Ng divergence in a list of row divergences. */
    private Div andrewNgItem(Component list) {
        return find(Div.class, list).withClassName("row-divergence").all().stream()
                .filter(item -> find(Paragraph.class, item).single().getText().contains("\"Andrew Ng\" where the Indonesian writes \"Wu Enda\""))
                .findFirst().orElseThrow();
    }

    private String renderingCount() {
        return find(Button.class).all().stream().map(Button::getText).filter(t -> t.startsWith("Name rendered differently · ")).findFirst().orElse("");
    }

    @Test
    void altDListsTheRowsDivergencesAndDismissesOneWithAReasonWhichCtrlZTakesBack() {
        String before = renderingCount();
        view().focus(ngRow, 1);

        press(Key.KEY_D, KeyModifier.ALT);

        Dialog dialog = find(Dialog.class).withId("divergence-decisions-dialog").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Divergences of row " + ngRowNumber);
        Div item = andrewNgItem(dialog);
        @SuppressWarnings("unchecked")
        ComboBox<String> reason = find(ComboBox.class, item).single();
        test(reason).selectItem("standard rendering");
        test(find(Button.class, item).withText("Dismiss").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(wuEnda().getClassNames()).contains("divergence", "divergence-dismissed");
        assertThat(wuEnda().getElement().getAttribute("title")).startsWith("Dismissed (standard rendering): The English writes \"Andrew Ng\"");
        assertThat(renderingCount()).isNotEqualTo(before);
        assertThat(find(Paragraph.class).withClassName("dismissed-count").single().getText()).startsWith("1 dismissed");
        assertThat(find(Span.class).withId("last-change").single().getText())
                .isEqualTo("Dismissed the divergence \"Name rendered differently\" of row " + ngRowNumber + " (standard rendering)");

        test(find(Checkbox.class).withCaption("Show dismissed divergences").single()).click();
        var cell = (Div) test(grid()).getCellComponent(ngRow, 2);
        assertThat(cell.getChildren().filter(c -> c instanceof Span).map(c -> ((Span) c).getText())).doesNotContain("Wu Enda");
        test(find(Checkbox.class).withCaption("Show dismissed divergences").single()).click();

        press(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(wuEnda().getClassNames()).doesNotContain("divergence-dismissed");
        assertThat(renderingCount()).isEqualTo(before);
    }

    @Test
    void theSidePanelShowsTheFocusedRowsDivergencesToAcceptOrDismissAndWhichChecksRan() {
        view().focus(ngRow, 0);

        Component panelList = find(DivergenceDecisionList.class).withId("row-divergences").single();
        test(find(Button.class, andrewNgItem(panelList)).withText("Real: to fix").single()).click();

        assertThat(wuEnda().getClassNames()).contains("divergence-accepted");
        assertThat(find(Span.class, andrewNgItem(panelList)).withClassName("divergence-decision").single().getText()).isEqualTo("Real: to fix");
        test(find(Button.class, andrewNgItem(panelList)).withText("Undecide").single()).click();
        assertThat(wuEnda().getClassNames()).doesNotContain("divergence-accepted");

        List<String> checks = find(ListItem.class).all().stream().map(ListItem::getText).toList();
        assertThat(checks).contains("Numbers, in digits and in words.");
    }
}
