package dev.alinea.ui.alignment;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import dev.alinea.reviewing.HistoryEntry;
import dev.alinea.reviewing.ReviewCounts;

/**
 * The review line above the grid: a button per operation (its tooltip tells its keys), the
 * counts of confirmed and unconfirmed rows, what the last change was, and re-alignment's progress.
 */
class ReviewBar extends HorizontalLayout {

    private final Map<ReviewShortcut, Button> buttons = new EnumMap<>(ReviewShortcut.class);
    private final Span counts = new Span();
    private final Span lastChange = new Span();
    private final ProgressBar progress = new ProgressBar();

    ReviewBar(Consumer<ReviewShortcut> action) {
        addClassName("review-bar");
        setWidthFull();
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");
        for (ReviewShortcut shortcut : ReviewShortcut.values()) {
            if (shortcut == ReviewShortcut.JUMP || shortcut == ReviewShortcut.SEARCH) {
                continue;
            }
            var button = new Button(shortcut.label, click -> action.accept(shortcut));
            button.setId(shortcut.id);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setTooltipText(shortcut.tooltip());
            buttons.put(shortcut, button);
            add(button);
        }
        counts.setId("review-counts");
        counts.addClassName("review-counts");
        lastChange.setId("last-change");
        lastChange.addClassName("last-change");
        progress.setId("realign-progress");
        progress.setWidth("10em");
        progress.setVisible(false);
        add(progress, counts, lastChange);
    }

    /** Shows the operations that change the project only to someone who may change it (a reader may not). */
    void allowEditing(boolean allowed) {
        buttons.forEach((shortcut, button) -> button.setVisible(allowed || shortcut == ReviewShortcut.HISTORY || shortcut == ReviewShortcut.HELP
                || shortcut == ReviewShortcut.DIVERGENCES));
    }

    /** Shows or folds away the buttons (their keys go on working); the counts stay. */
    void showButtons(boolean shown) {
        getElement().getClassList().set("buttons-hidden", !shown);
    }

    void showCounts(ReviewCounts value) {
        counts.setText(value.confirmed() + " confirmed · " + value.unconfirmed() + " unconfirmed · " + value.rows() + " rows");
    }

    void showLastChange(String text) {
        lastChange.setText(text);
    }

    /** Tells in the undo and redo tooltips which change they would act on, and disables them when there is none. */
    void showUndoRedo(java.util.Optional<HistoryEntry> undo, java.util.Optional<HistoryEntry> redo) {
        Button undoButton = buttons.get(ReviewShortcut.UNDO);
        undoButton.setEnabled(undo.isPresent());
        undoButton.setTooltipText(ReviewShortcut.UNDO.tooltip() + undo.map(e -> ": " + e.description()).orElse(""));
        Button redoButton = buttons.get(ReviewShortcut.REDO);
        redoButton.setEnabled(redo.isPresent());
        redoButton.setTooltipText(ReviewShortcut.REDO.tooltip() + redo.map(e -> ": " + e.description()).orElse(""));
    }

    /** Shows re-alignment's progress (null: it has ended); the other buttons stay usable meanwhile. */
    void showProgress(Double share) {
        progress.setVisible(share != null);
        buttons.get(ReviewShortcut.REALIGN).setEnabled(share == null);
        if (share != null) {
            progress.setIndeterminate(share <= 0);
            progress.setValue(Math.max(0, Math.min(1, share)));
        }
    }
}
