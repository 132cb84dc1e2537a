package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.alinea.divergence.Divergence;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.Verdict;

/**
 * The divergences of one row, each with the reviewer's decision and, for whoever may edit, the
 * controls to decide: a reason (chosen or typed), <b>Dismiss</b>, <b>Real: to fix</b>, and
 * <b>Undecide</b>. Every control is a button or a combo box, reached with Tab and used with Enter.
 */
class DivergenceDecisionList extends VerticalLayout {

    /** Makes a decision on a divergence (null: takes the decision back). */
    @FunctionalInterface
    interface Decider {
        void decide(Divergence divergence, @Nullable DivergenceDecision decision);
    }

    private final boolean editable;
    private final Decider decider;

    DivergenceDecisionList(boolean editable, Decider decider) {
        this.editable = editable;
        this.decider = decider;
        addClassName("divergence-decisions");
        setPadding(false);
        setSpacing(false);
    }

    /** What a decision is called in tooltips and lists: "Dismissed (standard rendering)", "Real: to fix". */
    static String label(DivergenceDecision decision) {
        if (decision.dismissed()) {
            return decision.reason().isEmpty() ? "Dismissed" : "Dismissed (" + decision.reason() + ")";
        }
        return decision.reason().isEmpty() ? "Real: to fix" : "Real: to fix (" + decision.reason() + ")";
    }

    /** Shows these divergences (none: says so). */
    void show(List<Divergence> divergences, Function<Divergence, Optional<DivergenceDecision>> decisions) {
        removeAll();
        if (divergences.isEmpty()) {
            add(new Paragraph("No divergence in this row."));
            return;
        }
        for (Divergence divergence : divergences) {
            add(item(divergence, decisions.apply(divergence)));
        }
    }

    /** Puts the keyboard focus on the first control, if there is one. */
    void focusFirst() {
        getChildren().flatMap(item -> item.getChildren()).filter(c -> c instanceof FlexLayout).flatMap(c -> c.getChildren())
                .filter(c -> c instanceof ComboBox<?>).findFirst().ifPresent(c -> ((ComboBox<?>) c).focus());
    }

    private Div item(Divergence divergence, Optional<DivergenceDecision> decision) {
        var item = new Div();
        item.addClassNames("row-divergence", "divergence-" + divergence.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        decision.ifPresent(d -> item.addClassName(d.dismissed() ? "decided-dismissed" : "decided-accepted"));
        var explanation = new Paragraph(divergence.explanation());
        explanation.addClassName("divergence-explanation");
        item.add(explanation);
        decision.ifPresent(d -> {
            var state = new Span(label(d));
            state.addClassName("divergence-decision");
            item.add(state);
        });
        if (!editable) {
            return item;
        }
        var reason = new ComboBox<String>();
        reason.addClassName("dismiss-reason");
        reason.setItems(DivergenceDecision.REASONS);
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(e -> reason.setValue(e.getDetail()));
        reason.setPlaceholder("Reason (optional)");
        reason.setAriaLabel("Reason for dismissing");
        reason.setWidthFull();
        decision.filter(DivergenceDecision::dismissed).map(DivergenceDecision::reason).filter(r -> !r.isEmpty()).ifPresent(reason::setValue);
        var dismiss = new Button("Dismiss", click -> decider.decide(divergence,
                new DivergenceDecision(Verdict.DISMISSED, reason.getValue() == null ? "" : reason.getValue())));
        dismiss.addClassName("dismiss-divergence");
        dismiss.setTooltipText("Not a divergence to fix: no longer counted nor exported as a TMX note");
        var accept = new Button("Real: to fix", click -> decider.decide(divergence, new DivergenceDecision(Verdict.ACCEPTED, "")));
        accept.addClassName("accept-divergence");
        accept.setTooltipText("A real divergence, to fix: stays counted and exported");
        var controls = new FlexLayout(reason, dismiss, accept);
        if (decision.isPresent()) {
            var undecide = new Button("Undecide", click -> decider.decide(divergence, null));
            undecide.addClassName("undecide-divergence");
            undecide.setTooltipText("Take the decision back");
            controls.add(undecide);
        }
        controls.getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassName("divergence-controls");
        item.add(controls);
        return item;
    }
}
