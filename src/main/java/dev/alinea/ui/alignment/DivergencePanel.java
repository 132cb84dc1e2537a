package dev.alinea.ui.alignment;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.review.DivergenceDecision;

/**
 * The side panel: how many divergences of each type the project has (dismissed ones not
 * counted), a button per type that jumps to the next row with one, the filter that shows only
 * rows with divergences, whether dismissed ones are shown, the focused row's divergences to
 * dismiss or accept, and which checks ran.
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
    private final Checkbox showDismissed = new Checkbox("Show dismissed divergences", true);

    private final IntConsumer jumpToRow;
    private final VerticalLayout counts = new VerticalLayout();
    private final Paragraph dismissedCount = new Paragraph();
    private final H4 rowTitle = new H4("This row");
    private final DivergenceDecisionList rowDivergences;
    private final UnorderedList checks = new UnorderedList();

    /**
     * @param editable whether the reviewer may decide on divergences (a reader may not)
     * @param decider makes a decision on one of the focused row's divergences
     */
    DivergencePanel(IntConsumer jumpToRow, boolean editable, DivergenceDecisionList.Decider decider) {
        this.jumpToRow = jumpToRow;
        this.rowDivergences = new DivergenceDecisionList(editable, decider);
        addClassName("divergence-panel");
        setPadding(false);
        setWidth("20em");
        counts.setPadding(false);
        counts.setSpacing(false);
        onlyDivergent.addClassName("only-divergent");
        showDismissed.addClassName("show-dismissed");
        dismissedCount.addClassName("dismissed-count");
        rowDivergences.setId("row-divergences");
        rowDivergences.add(new Paragraph("Choose a cell to see its row's divergences here (or press Alt+D)."));
        checks.addClassName("divergence-checks");
        add(new H3("Divergences"), counts, dismissedCount, onlyDivergent, showDismissed, rowTitle, rowDivergences, new H4("Checks that ran"), checks);
    }

    /**
     * Shows the counts of the divergences that count, as the alignment now is.
     *
     * @param counted the divergences not dismissed
     * @param dismissed how many are dismissed
     * @param ran which checks ran, one sentence each
     */
    void show(List<Divergence> counted, int dismissed, List<String> ran) {
        counts.removeAll();
        Map<DivergenceType, List<Divergence>> byType = new EnumMap<>(DivergenceType.class);
        for (Divergence divergence : counted) {
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
        dismissedCount.setText(dismissed == 0 ? "" : dismissed + " dismissed (not counted, not exported)");
        dismissedCount.setVisible(dismissed > 0);
        checks.removeAll();
        ran.forEach(line -> checks.add(new ListItem(line)));
    }

    /** Shows one row's divergences with their decisions and the controls to decide. */
    void showRow(int rowPosition, List<Divergence> divergences, Function<Divergence, Optional<DivergenceDecision>> decisions) {
        rowTitle.setText("Row " + (rowPosition + 1));
        rowDivergences.show(divergences, decisions);
    }

    /** What the panel calls a type of divergence ("Number differs"). */
    static String label(DivergenceType type) {
        return LABELS.get(type);
    }

    Checkbox onlyDivergent() {
        return onlyDivergent;
    }

    Checkbox showDismissed() {
        return showDismissed;
    }
}
