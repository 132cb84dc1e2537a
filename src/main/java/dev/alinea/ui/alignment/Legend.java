package dev.alinea.ui.alignment;

import java.util.Locale;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.divergence.DivergenceType;

/** What the colours of the grid mean: confidence, status, excluded clutter and each type of divergence. */
class Legend extends Details {

    Legend() {
        super("Legend");
        setId("legend");
        addClassName("legend");
        var content = new Div();
        content.add(line("0.97", "", "Confidence: the probability (0 to 1) that the row is right"));
        content.add(line("0.32", "legend-low-confidence", "Confidence under 0.5: check the row first"));
        content.add(line("—", "", "In Conf.: one version only, nothing aligned; in a cell: nothing in this version (omission or addition)"));
        content.add(line("aligned", "legend-aligned", "Status: proposed by the aligner"));
        content.add(line("✓ confirmed", "legend-confirmed", "Status: confirmed by a reviewer (green row); re-alignment leaves it"));
        content.add(line("clutter", "excluded", "Page clutter, left out of alignment and export (click to include)"));
        for (DivergenceType type : DivergenceType.values()) {
            String label = DivergencePanel.LABELS.getOrDefault(type, type.name());
            content.add(line("abc", "divergence divergence-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'), label));
        }
        add(content);
    }

    private static Div line(String sample, String className, String meaning) {
        var swatch = new Span(sample);
        swatch.addClassName("legend-sample");
        if (!className.isEmpty()) {
            swatch.addClassNames(className.split(" "));
        }
        var text = new Span(meaning);
        text.addClassName("legend-meaning");
        var line = new Div(swatch, text);
        line.addClassName("legend-line");
        return line;
    }
}
