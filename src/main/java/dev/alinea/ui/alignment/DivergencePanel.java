package dev.alinea.ui.alignment;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceType;

/**
 * The side panel: how many divergences of each type the project has, a button per type that
 * jumps to the next row with one, and the filter that shows only rows with divergences.
 */
class DivergencePanel extends VerticalLayout {

    static final Map<DivergenceType, String> LABELS = Map.of(
            DivergenceType.NAME_RENDERING, "Name rendered differently",
            DivergenceType.NAME_ORDER, "Name order or romanisation",
            DivergenceType.NAME_MISSING, "Name missing",
            DivergenceType.NUMBER_MISMATCH, "Number differs",
            DivergenceType.OMISSION, "Sentence omitted",
            DivergenceType.LENGTH_OUTLIER, "Possibly partial translation",
            DivergenceType.INCONSISTENT_RENDERING, "Written two ways in one version");

    private final Checkbox onlyDivergent = new Checkbox("Only rows with divergences");

    private final IntConsumer jumpToRow;
    private final VerticalLayout counts = new VerticalLayout();

    DivergencePanel(IntConsumer jumpToRow) {
        this.jumpToRow = jumpToRow;
        addClassName("divergence-panel");
        setPadding(false);
        setWidth("18em");
        counts.setPadding(false);
        counts.setSpacing(false);
        onlyDivergent.addClassName("only-divergent");
        add(new H3("Divergences"), counts, onlyDivergent);
    }

    /** Shows the counts of these divergences, as the alignment now is. */
    void show(List<Divergence> divergences) {
        counts.removeAll();
        Map<DivergenceType, List<Divergence>> byType = new EnumMap<>(DivergenceType.class);
        for (Divergence divergence : divergences) {
            byType.computeIfAbsent(divergence.type(), t -> new java.util.ArrayList<>()).add(divergence);
        }
        if (byType.isEmpty()) {
            counts.add(new Paragraph("None found."));
        }
        byType.forEach((type, found) -> {
            int[] next = {0};
            var button = new Button(LABELS.get(type) + " · " + found.size(), click -> {
                jumpToRow.accept(found.get(next[0]).row());
                next[0] = (next[0] + 1) % found.size();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addClassNames("divergence-count", "divergence-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setTooltipText("Jump to the next row with this divergence");
            counts.add(button);
        });
    }

    Checkbox onlyDivergent() {
        return onlyDivergent;
    }
}
