package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.alinea.divergence.Divergence;
import dev.alinea.reviewing.AlignedRow;

/**
 * The divergences of the row that has the focus, with their explanations, as text: what the
 * highlights' tooltips tell, within reach of the keyboard and of screen readers (a live region).
 */
class RowDivergences extends Div {

    private final H3 heading = new H3("This row");
    private final Div content = new Div();

    RowDivergences() {
        setId("row-divergences");
        addClassName("row-divergences");
        content.getElement().setAttribute("aria-live", "polite");
        add(heading, content);
        show(null, List.of());
    }

    /** @param row the focused row; null when none has the focus */
    void show(@Nullable AlignedRow row, List<Divergence> divergences) {
        content.removeAll();
        if (row == null) {
            heading.setText("This row");
            content.add(new Paragraph("Focus a cell to see its row's divergences here."));
            return;
        }
        heading.setText("Row " + (row.position() + 1));
        if (divergences.isEmpty()) {
            content.add(new Paragraph("No divergence found in this row."));
            return;
        }
        var list = new UnorderedList();
        for (Divergence divergence : divergences) {
            var type = new Span(DivergencePanel.LABELS.getOrDefault(divergence.type(), divergence.type().name()));
            type.addClassNames("divergence", "divergence-" + divergence.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            list.add(new ListItem(type, new Span(" " + divergence.explanation())));
        }
        content.add(list);
    }
}
