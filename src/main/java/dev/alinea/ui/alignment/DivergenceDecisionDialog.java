package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

import dev.alinea.divergence.Divergence;
import dev.alinea.review.DivergenceDecision;

/** The divergences of the focused row, to dismiss or accept from the keyboard (Alt+D), as the side panel offers them. */
class DivergenceDecisionDialog extends Dialog {

    DivergenceDecisionDialog(int rowPosition, List<Divergence> divergences, Function<Divergence, Optional<DivergenceDecision>> decisions,
            boolean editable, DivergenceDecisionList.Decider decider) {
        setId("divergence-decisions-dialog");
        setHeaderTitle("Divergences of row " + (rowPosition + 1));
        setWidth("36em");
        var list = new DivergenceDecisionList(editable, (divergence, decision) -> {
            close();
            decider.decide(divergence, decision);
        });
        list.show(divergences, decisions);
        add(list);
        getFooter().add(new Button("Close", click -> close()));
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                list.focusFirst();
            }
        });
    }
}
