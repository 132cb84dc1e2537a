package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import dev.alinea.divergence.Divergence;
import dev.alinea.language.Languages;
import dev.alinea.problem.Incident;
import dev.alinea.review.Change;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.review.ReviewLink;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * What each {@link ReviewShortcut} does on the alignment screen: it acts on the cell that has the
 * focus, names the rows the reviewer saw (so that a stale view is refused), and asks which
 * sentence where a cell has several.
 */
final class ReviewOperations {

    private static final Logger log = LoggerFactory.getLogger(ReviewOperations.class);

    private final AlignmentView view;

    ReviewOperations(AlignmentView view) {
        this.view = view;
    }

    void run(ReviewShortcut shortcut) {
        switch (shortcut) {
            case UNDO -> view.change(() -> view.reviews().undo(view.projectId(), view.nextUndo().map(e -> e.id()).orElse(null)));
            case REDO -> view.change(() -> view.reviews().redo(view.projectId(), view.nextRedo().map(e -> e.id()).orElse(null)));
            case REALIGN -> realign();
            case HISTORY -> new HistoryDialog(view.reviews(), view.projectId()).open();
            case JUMP -> view.triage().focusJump();
            case SEARCH -> view.triage().focusSearch();
            case HELP -> new ShortcutHelp().open();
            default -> onFocusedRow(shortcut);
        }
    }

    private void onFocusedRow(ReviewShortcut shortcut) {
        Optional<AlignedRow> focused = view.focusedRow();
        if (focused.isEmpty()) {
            AlignmentView.showRefusal("Choose a cell first: click it, or press Tab to reach the grid and move with the arrow keys.");
            return;
        }
        AlignedRow row = focused.get();
        int document = view.focusedDocument();
        switch (shortcut) {
            case MERGE_NEXT -> edit(row, 1, (a, r) -> a.mergeWithNext(r));
            case MERGE_PREVIOUS -> {
                Optional<AlignedRow> previous = view.shownNeighbour(row, -1);
                if (previous.isPresent()) {
                    edit(previous.get(), 1, (a, r) -> a.mergeWithNext(r));
                } else {
                    edit(row, 0, (a, r) -> a.mergeWithPrevious(r));
                }
            }
            case SPLIT -> split(row, document);
            case SPLIT_COLUMN -> edit(row, 0, (a, r) -> a.split(r, document, 0));
            case SHIFT_UP -> edit(row, 0, (a, r) -> a.shiftUp(r, document));
            case SHIFT_DOWN -> edit(row, 1, (a, r) -> a.shiftDown(r, document));
            case INSERT_EMPTY -> edit(row, 0, (a, r) -> a.insertEmptyCell(r, document));
            case EXCLUDE -> exclude(row, document);
            case EDIT -> editText(row, document);
            case CONFIRM -> edit(row, 0, (a, r) -> a.confirm(r));
            case CONFIRM_UP_TO -> edit(row, 0, (a, r) -> a.confirmUpTo(r));
            case UNCONFIRM -> edit(row, 0, (a, r) -> a.unconfirm(r));
            case DIVERGENCES -> openDecisions(row);
            case LINK -> link(row, document);
            default -> throw new IllegalArgumentException("Not an operation on a row: " + shortcut);
        }
    }

    /** Includes an excluded segment again (a click on greyed clutter). */
    void include(AlignedRow row, int document, int segment) {
        int offset = segment - row.firstSegments().get(document);
        edit(row, 0, (a, r) -> a.setExcluded(r, document, offset, false));
    }

    /**
     * @param following how many rows after {@code row} the operation changes too, to check that
     *        the reviewer saw them as they are (when the grid shows them)
     */
    private void edit(AlignedRow row, int following, BiFunction<ReviewAlignment, Integer, Change> operation) {
        List<RowRef> seen = new ArrayList<>();
        seen.add(RowRef.of(row));
        for (int step = 1; step <= following; step++) {
            view.shownNeighbour(row, step).map(RowRef::of).ifPresent(seen::add);
        }
        view.change(() -> view.reviews().edit(view.projectId(), seen.size() == following + 1 ? seen : seen.subList(0, 1), operation));
        view.focusGrid();
    }

    private void split(AlignedRow row, int document) {
        List<String> sentences = row.cells().get(document);
        if (sentences.size() <= 2) {
            edit(row, 0, (a, r) -> a.split(r, document, 1));
            return;
        }
        List<Integer> offsets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int s = 1; s < sentences.size(); s++) {
            offsets.add(s);
            labels.add(sentences.get(s));
        }
        new SentenceChooser("Split before which sentence?", labels, offsets, at -> edit(row, 0, (a, r) -> a.split(r, document, at))).open();
    }

    private void exclude(AlignedRow row, int document) {
        List<String> sentences = row.cells().get(document);
        if (sentences.size() == 1) {
            boolean excluded = row.excluded().get(document).getFirst();
            edit(row, 0, (a, r) -> a.setExcluded(r, document, 0, !excluded));
            return;
        }
        List<Integer> offsets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            offsets.add(s);
            labels.add((row.excluded().get(document).get(s) ? "Include: " : "Exclude: ") + sentences.get(s));
        }
        new SentenceChooser("Exclude or include which sentence?", labels, offsets,
                s -> edit(row, 0, (a, r) -> a.setExcluded(r, document, s, !row.excluded().get(document).get(s)))).open();
    }

    private void editText(AlignedRow row, int document) {
        String language = Languages.label(view.project().documents().get(document).language());
        List<String> sentences = row.cells().get(document);
        if (sentences.isEmpty()) {
            AlignmentView.showRefusal("Row " + (row.position() + 1) + " has no " + language + " text to edit.");
            return;
        }
        String description = "Edited the " + language + " text of row " + (row.position() + 1);
        var editor = new CellEditor(description.replace("Edited", "Edit"), sentences,
                lines -> edit(row, 0, (a, r) -> a.replaceSegments(r, document, lines, description)));
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.focusGrid();
            }
        });
        editor.open();
    }

    /** Asks for the sentence of another version to link a sentence of the cell with. */
    private void link(AlignedRow row, int document) {
        if (row.cells().get(document).isEmpty()) {
            String language = Languages.of(view.project().documents().get(document).language()).displayName();
            AlignmentView.showRefusal("Row " + (row.position() + 1) + " has no " + language + " sentence to link: choose a cell with text.");
            return;
        }
        var dialog = new LinkDialog(view.project().documents(), row, document, (offset, other, segment) -> {
            view.change(() -> view.reviews().link(view.projectId(), RowRef.of(row), document, offset, other, segment));
            view.focusGrid();
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.focusGrid();
            }
        });
        dialog.open();
    }

    /** Removes a link shown in the grid; undo brings it back. */
    void unlink(ReviewLink link) {
        view.change(() -> view.reviews().unlink(view.projectId(), link));
        view.focusGrid();
    }

    /** Lists the row's divergences to dismiss or accept, from the keyboard. */
    private void openDecisions(AlignedRow row) {
        var dialog = new DivergenceDecisionDialog(row.position(), view.divergencesOf(row), view::decisionOf, view.canEdit(),
                (divergence, decision) -> decide(row, divergence, decision));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.focusGrid();
            }
        });
        dialog.open();
    }

    /** Dismisses or accepts a divergence of a row (null: takes the decision back), as a change of the history. */
    void decide(AlignedRow row, Divergence divergence, @Nullable DivergenceDecision decision) {
        String what = "the divergence \"" + DivergencePanel.label(divergence.type()) + "\" of row " + (row.position() + 1);
        String description = decision == null ? "Took back the decision on " + what
                : decision.dismissed() ? "Dismissed " + what + (decision.reason().isEmpty() ? "" : " (" + decision.reason() + ")")
                : "Marked " + what + " as real: to fix";
        Optional<String> key = view.keyOf(divergence);
        if (key.isEmpty()) {
            AlignmentView.showRefusal("This divergence has been found again since (its row changed): nothing was decided. Look at the row again.");
            view.refresh();
            return;
        }
        Map<String, @Nullable DivergenceDecision> decisions = new HashMap<>();
        decisions.put(key.get(), decision);
        view.change(() -> view.reviews().decide(view.projectId(), decisions, description));
        view.focusGrid();
    }

    /** Re-aligns in the background, with the project's confirmed names as evidence: the grid stays usable and the bar shows the progress. */
    private void realign() {
        UI ui = UI.getCurrent();
        view.reviewBar().showProgress(0.0);
        view.reviews().realignInBackground(view.projectId(), view.divergences().confirmedNames(view.projectId()),
                        share -> ui.access(() -> view.reviewBar().showProgress(share)))
                .whenComplete((result, error) -> ui.access(() -> {
                    view.reviewBar().showProgress(null);
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    if (cause != null) {
                        AlignmentView.showRefusal(Incident.messageFor(cause, log));
                    } else {
                        view.reviewBar().showLastChange(result.description());
                        Notification.show(result.description() + ".", 4000, Notification.Position.BOTTOM_START);
                    }
                    view.refresh();
                    if (result != null) {
                        view.scrollToRowTop(result.row());
                    }
                }));
    }
}
