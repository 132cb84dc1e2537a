package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.divergence.Divergence;
import dev.alinea.language.Languages;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.reviewing.AlignedRow;

/**
 * One cell of the alignment grid: the text, always as text (never markup), with the stretches
 * that divergences point at wrapped in spans that carry the type as a class and the explanation
 * as a tooltip (a dismissed one struck through, an accepted one outlined, the decision in the
 * tooltip), and excluded page clutter greyed, to be included again with a click.
 */
final class CellText {

    private CellText() {
    }

    /** Called with the document position and segment index when the reviewer includes an excluded segment again. */
    @FunctionalInterface
    interface IncludeAction {
        void include(int document, int segment);
    }

    /**
     * @param divergences the row's divergences; those with spans in this document are highlighted
     *        (their offsets count the included segments joined as the language writes them)
     * @param decisions the reviewer's decision on each divergence, if any
     */
    static Div of(AlignedRow row, int document, String language, List<Divergence> divergences,
            Function<Divergence, Optional<DivergenceDecision>> decisions, IncludeAction include) {
        var cell = new Div();
        cell.addClassName("segment-cell");
        cell.getElement().setAttribute("data-row", Integer.toString(row.position()));
        cell.getElement().setAttribute("data-lang", language);
        cell.getElement().setAttribute("lang", language);
        List<String> segments = row.cells().get(document);
        if (segments.isEmpty()) {
            cell.addClassName("empty");
            cell.add(new Span("—"));
            return cell;
        }
        String included = Languages.of(language).join(row.includedTexts(document));
        String separator = Languages.of(language).join(List.of("", ""));
        List<Marked> marks = marks(divergences, document, included.length());
        int offset = 0;
        for (int s = 0; s < segments.size(); s++) {
            if (s > 0) {
                cell.add(new Text(separator));
            }
            if (row.excluded().get(document).get(s)) {
                int index = row.firstSegments().get(document) + s;
                var clutter = new Span(segments.get(s));
                clutter.addClassName("excluded");
                clutter.setTitle("Page clutter: left out of the alignment and the exports. Click to include it again.");
                clutter.addClickListener(click -> include.include(document, index));
                cell.add(clutter);
                continue;
            }
            int end = offset + segments.get(s).length();
            addMarked(cell, included, offset, end, marks, decisions);
            offset = end + separator.length();
        }
        return cell;
    }

    private static List<Marked> marks(List<Divergence> divergences, int document, int length) {
        List<Marked> marks = new ArrayList<>();
        for (Divergence divergence : divergences) {
            divergence.spans().stream().filter(s -> s.document() == document && s.end() <= length)
                    .forEach(s -> marks.add(new Marked(s.start(), s.end(), divergence)));
        }
        marks.sort(Comparator.comparingInt(Marked::start));
        return marks;
    }

    /** The text [from, to) with the marks that fall inside it wrapped in spans. */
    private static void addMarked(Div cell, String text, int from, int to, List<Marked> marks,
            Function<Divergence, Optional<DivergenceDecision>> decisions) {
        int position = from;
        for (Marked mark : marks) {
            if (mark.start() < position || mark.end() > to) {
                continue;
            }
            if (mark.start() > position) {
                cell.add(new Text(text.substring(position, mark.start())));
            }
            var span = new Span(text.substring(mark.start(), mark.end()));
            span.addClassNames("divergence", "divergence-" + mark.divergence().type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Optional<DivergenceDecision> decision = decisions.apply(mark.divergence());
            span.setTitle(decision.map(DivergenceDecisionList::label).map(label -> label + ": ").orElse("") + mark.divergence().explanation());
            decision.ifPresent(d -> span.addClassName(d.dismissed() ? "divergence-dismissed" : "divergence-accepted"));
            cell.add(span);
            position = mark.end();
        }
        if (position < to) {
            cell.add(new Text(text.substring(position, to)));
        }
    }

    private record Marked(int start, int end, Divergence divergence) {
    }
}
