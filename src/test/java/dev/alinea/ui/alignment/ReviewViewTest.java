package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.Seeds;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.ui.SpringViewTest;

/** The review screen's keys and triage, without a browser. */
@ViewPackages(classes = {AlignmentView.class, dev.alinea.ui.projects.ProjectListView.class, dev.alinea.ui.names.NameListView.class})
class ReviewViewTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    /** The English and Indonesian story aligned once for the class; each test edits a copy of its own. */
    private static byte[] keys;

    private long id;
    private int rows;

    @BeforeEach
    void openACopyOfTheAlignedStory() {
        if (keys == null) {
            keys = backup(projects.createProject("Keys", List.of(
                    new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                    new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0));
        }
        id = restore(keys);
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

    private void press(Key key, KeyModifier... modifiers) {
        ShortcutsKt._fireShortcut(grid(), key, modifiers);
    }

    /** Opens the history with its key; the list of changes it shows. */
    @SuppressWarnings("unchecked")
    private Grid<dev.alinea.reviewing.HistoryEntry> openHistory() {
        press(Key.KEY_H, KeyModifier.ALT);
        Dialog history = find(Dialog.class).withId("history").single();
        return find(Grid.class, history).single();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    @Test
    void altMMergesTheFocusedRowWithTheNextAndCtrlZUndoesIt() {
        String second = String.join(" ", test(grid()).getRow(1).cells().get(0));
        view().focus(0, 0);

        press(Key.KEY_M, KeyModifier.ALT);

        assertThat(test(grid()).size()).isEqualTo(rows - 1);
        assertThat(String.join(" ", test(grid()).getRow(0).cells().get(0))).endsWith(second);
        assertThat(text("last-change")).isEqualTo("Merged rows 1 and 2");

        press(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(test(grid()).size()).isEqualTo(rows);
        assertThat(text("last-change")).isEqualTo("Merged rows 1 and 2");
        press(Key.KEY_Y, KeyModifier.CONTROL);
        assertThat(test(grid()).size()).isEqualTo(rows - 1);
    }

    @Test
    void everyOperationHasAKeyShownInItsTooltipAndInTheHelpOpenedWithQuestionMark() {
        Button merge = find(Button.class).withId("merge-next").single();
        assertThat(merge.getTooltip().getText()).isEqualTo("Merge the row with the next row (Alt+M)");
        assertThat(find(Button.class).withId("shift-up").single().getTooltip().getText()).endsWith("(Alt+↑)");
        assertThat(find(Button.class).withId("undo").single().getTooltip().getText()).startsWith("Undo the latest change");

        press(Key.of("?"));

        Dialog help = find(Dialog.class).withId("shortcut-help").single();
        assertThat(help.isOpened()).isTrue();
        List<String> lines = find(Span.class, help).withClassName("shortcut-keys").all().stream().map(Span::getText).toList();
        assertThat(lines).contains("Alt+M", "Alt+Shift+M", "Alt+S", "Alt+↑", "Alt+↓", "Alt+I", "Alt+X", "Alt+E", "Alt+C", "Ctrl+Z", "Ctrl+Y", "?")
                .hasSize(ReviewShortcut.values().length);
    }

    @Test
    void keysSplitShiftConfirmAndExcludeTheFocusedCell() {
        view().focus(2, 1);
        press(Key.KEY_S, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(test(grid()).size()).isEqualTo(rows + 1);
        assertThat(test(grid()).getRow(2).cells().get(1)).isEmpty();

        view().focus(3, 1);
        press(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(test(grid()).size()).isEqualTo(rows);
        assertThat(test(grid()).getRow(2).cells().get(1)).isNotEmpty();

        view().focus(2, 0);
        press(Key.KEY_C, KeyModifier.ALT);
        assertThat(test(grid()).getRow(2).status()).isEqualTo(RowStatus.CONFIRMED);
        assertThat(text("review-counts")).isEqualTo("1 confirmed · " + (rows - 1) + " unconfirmed · " + rows + " rows");

        view().focus(4, 0);
        press(Key.KEY_C, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(text("review-counts")).startsWith("5 confirmed · ");
        press(Key.KEY_U, KeyModifier.ALT);
        assertThat(test(grid()).getRow(4).status()).isEqualTo(RowStatus.ALIGNED);

        view().focus(5, 0);
        press(Key.KEY_X, KeyModifier.ALT);
        if (test(grid()).getRow(5).cells().get(0).size() > 1) {
            test(find(Button.class).withClassName("sentence-choice").first()).click();
        }
        assertThat(test(grid()).getRow(5).excluded().get(0)).contains(true);
    }

    @Test
    void altEEditsTheCellAsLinesAndANewLineSplitsASentence() {
        view().focus(1, 0);
        List<String> before = test(grid()).getRow(1).cells().get(0);

        press(Key.KEY_E, KeyModifier.ALT);
        TextArea text = find(TextArea.class).withId("cell-editor-text").single();
        assertThat(text.getValue()).isEqualTo(String.join("\n", before));
        String first = before.getFirst();
        int space = first.indexOf(' ', first.length() / 2);
        test(text).setValue(first.substring(0, space) + "\n" + first.substring(space + 1)
                + (before.size() > 1 ? "\n" + String.join("\n", before.subList(1, before.size())) : ""));
        test(find(Button.class).withId("cell-editor-save").single()).click();

        assertThat(test(grid()).getRow(1).cells().get(0)).hasSize(before.size() + 1);
        assertThat(text("last-change")).isEqualTo("Edited the English (en) text of row 2");
    }

    @Test
    void aKeyWithNoFocusedCellSaysWhatToDo() {
        press(Key.KEY_M, KeyModifier.ALT);

        assertThat(test(grid()).size()).isEqualTo(rows);
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).isNotEmpty();
    }

    @Test
    void filtersShowUnconfirmedRowsLowConfidenceRowsAndSearchResults() {
        view().focus(3, 0);
        press(Key.KEY_C, KeyModifier.ALT, KeyModifier.SHIFT);

        @SuppressWarnings("unchecked")
        Select<String> show = find(Select.class).withId("row-filter").single();
        test(show).selectItem(TriageBar.UNCONFIRMED);
        assertThat(test(grid()).size()).isEqualTo(rows - 4);
        assertThat(IntStream.range(0, test(grid()).size()).mapToObj(r -> test(grid()).getRow(r).status())).containsOnly(RowStatus.ALIGNED);

        test(show).selectItem(TriageBar.LOW_CONFIDENCE);
        assertThat(IntStream.range(0, test(grid()).size()).mapToObj(r -> test(grid()).getRow(r).confidence()))
                .allSatisfy(c -> assertThat(c).isLessThan(0.5));

        test(show).selectItem(TriageBar.ALL);
        TextField search = find(TextField.class).withId("search").single();
        test(search).setValue("wu enda");
        assertThat(test(grid()).size()).isPositive().isLessThan(rows);
        assertThat(String.join(" ", test(grid()).getRow(0).cells().get(1))).contains("Wu Enda");

        test(find(Checkbox.class).withId("search-regex").single()).click();
        test(search).setValue("Andrew\\s+Ng");
        assertThat(test(grid()).size()).isPositive();
        test(search).setValue("(unclosed");
        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).startsWith("Not a regular expression");
    }

    @Test
    void jumpingToARowClearsTheFilterAndFocusesIt() {
        TextField search = find(TextField.class).withId("search").single();
        test(search).setValue("wu enda");

        IntegerField jump = find(IntegerField.class).withId("jump-to-row").single();
        test(jump).setValue(7);
        com.vaadin.flow.component.ComponentUtil.fireEvent(jump,
                new com.vaadin.flow.component.KeyDownEvent(jump, Key.ENTER.getKeys().getFirst()));

        assertThat(test(grid()).size()).isEqualTo(rows);
        press(Key.KEY_C, KeyModifier.ALT);
        assertThat(test(grid()).getRow(6).status()).isEqualTo(RowStatus.CONFIRMED);
    }

    @Test
    void theHistoryListsEachChangeWithItsTime() {
        view().focus(0, 0);
        press(Key.KEY_C, KeyModifier.ALT);
        press(Key.KEY_M, KeyModifier.ALT);

        Grid<dev.alinea.reviewing.HistoryEntry> list = openHistory();
        assertThat(test(list).size()).isEqualTo(2);
        assertThat(test(list).getCellText(0, 1)).isEqualTo("Merged rows 1 and 2");
        assertThat(test(list).getCellText(1, 1)).isEqualTo("Confirmed row 1");
        assertThat(test(list).getCellText(0, 0)).isNotBlank();
    }

    @Test
    void theHistoryShowsEveryChangeEvenPastTheLatestThousand() {
        List<Object[]> older = IntStream.rangeClosed(1, 1000)
                .mapToObj(k -> new Object[] {id, k, java.sql.Timestamp.from(java.time.Instant.EPOCH.plusSeconds(k)), "Change " + k, "{}"})
                .toList();
        jdbc.batchUpdate("INSERT INTO history_entry (project_id, revision, made_at, description, change_data) VALUES (?, ?, ?, ?, ?)", older);
        view().focus(0, 0);
        press(Key.KEY_C, KeyModifier.ALT);

        Grid<dev.alinea.reviewing.HistoryEntry> list = openHistory();
        assertThat(test(list).size()).isEqualTo(1001);
        assertThat(test(list).getCellText(0, 1)).isEqualTo("Confirmed row 1");
        assertThat(test(list).getCellText(1000, 1)).isEqualTo("Change 1");
    }

    @Test
    void reAlignmentRunsInTheBackgroundWithAProgressBarWhileTheGridStaysUsable() throws InterruptedException {
        view().focus(1, 0);
        press(Key.KEY_C, KeyModifier.ALT);
        view().focus(4, 0);
        press(Key.KEY_M, KeyModifier.ALT);
        press(Key.KEY_M, KeyModifier.ALT);

        press(Key.KEY_R, KeyModifier.ALT);

        var progress = find(com.vaadin.flow.component.progressbar.ProgressBar.class).withId("realign-progress").single();
        assertThat(progress.isVisible()).isTrue();
        assertThat(find(Button.class).withId("realign").single().isEnabled()).isFalse();
        test(find(TextField.class).withId("search").single()).setValue("wu enda");
        assertThat(test(grid()).size()).isPositive().isLessThan(rows);
        for (int wait = 0; wait < 600 && !text("last-change").startsWith("Re-aligned"); wait++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(text("last-change")).isEqualTo("Re-aligned 2 unconfirmed stretches");
        assertThat(progress.isVisible()).isFalse();
        assertThat(reviews.counts(id).rows()).as("the merged rows are aligned anew").isGreaterThan(rows - 2);
        assertThat(reviews.row(id, 1).orElseThrow().status()).isEqualTo(RowStatus.CONFIRMED);
    }
}
