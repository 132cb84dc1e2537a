package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.divergence.Divergence;

/**
 * One cell of the alignment grid: the text, always as text (never markup), with the stretches
 * that divergences point at wrapped in spans that carry the type as a class and the explanation
 * as a tooltip.
 */
final class CellText {

    private CellText() {
    }

    /**
     * @param divergences the row's divergences; those with spans in this document are highlighted
     */
    static Div of(String text, int row, int document, String language, List<Divergence> divergences) {
        var cell = new Div();
        cell.addClassName("segment-cell");
        cell.getElement().setAttribute("data-row", Integer.toString(row));
        cell.getElement().setAttribute("data-lang", language);
        cell.getElement().setAttribute("lang", language);
        if (text.isEmpty()) {
            cell.addClassName("empty");
            cell.add(new Span("—"));
            return cell;
        }
        List<Marked> marks = new ArrayList<>();
        for (Divergence divergence : divergences) {
            divergence.spans().stream().filter(s -> s.document() == document && s.end() <= text.length())
                    .forEach(s -> marks.add(new Marked(s.start(), s.end(), divergence)));
        }
        marks.sort(Comparator.comparingInt(Marked::start));
        int position = 0;
        for (Marked mark : marks) {
            if (mark.start() < position) {
                continue;
            }
            if (mark.start() > position) {
                cell.add(new Text(text.substring(position, mark.start())));
            }
            var span = new Span(text.substring(mark.start(), mark.end()));
            span.addClassNames("divergence", "divergence-" + mark.divergence().type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            span.setTitle(mark.divergence().explanation());
            cell.add(span);
            position = mark.end();
        }
        if (position < text.length()) {
            cell.add(new Text(text.substring(position)));
        }
        return cell;
    }

    private record Marked(int start, int end, Divergence divergence) {
    }
}
