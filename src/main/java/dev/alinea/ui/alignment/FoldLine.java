package dev.alinea.ui.alignment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.reviewing.ReviewService.UnpairedRun;

/**
 * The grid line standing for a folded run of rows where only one version has text: in that
 * version's column "12 Chinese sentences without counterpart (rows 30–41) — show", a button that
 * unfolds the run (Enter on the cell, then Tab, reaches it from the keyboard); the other columns stay empty.
 */
final class FoldLine {

    private FoldLine() {
    }

    static Div of(UnpairedRun run, int document, String language, String languageName, Runnable unfold) {
        var cell = new Div();
        cell.addClassNames("segment-cell", "fold-cell");
        cell.getElement().setAttribute("data-row", Integer.toString(run.first()));
        cell.getElement().setAttribute("data-lang", language);
        if (document != run.document()) {
            cell.addClassName("empty");
            cell.add(new Span("—"));
            return cell;
        }
        var label = new Span(run.sentences() + " " + languageName + (run.sentences() == 1 ? " sentence" : " sentences") + " without counterpart (rows "
                + (run.first() + 1) + "–" + (run.first() + run.count()) + ") — ");
        var show = new Button("show", click -> unfold.run());
        show.addClassName("fold-show");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        show.getElement().setAttribute("aria-label", "Show the " + run.count() + " rows of " + languageName + " sentences without counterpart");
        cell.add(label, show);
        cell.addClassName("fold-line");
        return cell;
    }
}
