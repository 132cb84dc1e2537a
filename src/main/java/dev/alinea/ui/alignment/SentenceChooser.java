package dev.alinea.ui.alignment;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Asks which sentence of a cell an operation is for: one button per sentence, Tab and Enter to choose. */
class SentenceChooser extends Dialog {

    /**
     * @param labels one label per sentence that can be chosen
     * @param offsets the sentence's place in the cell for each label
     */
    SentenceChooser(String title, List<String> labels, List<Integer> offsets, IntConsumer chosen) {
        setId("sentence-chooser");
        setHeaderTitle(title);
        setWidth("40em");
        var choices = new VerticalLayout();
        choices.setPadding(false);
        for (int i = 0; i < labels.size(); i++) {
            int offset = offsets.get(i);
            var button = new Button(labels.get(i), click -> {
                close();
                chosen.accept(offset);
            });
            button.addClassName("sentence-choice");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setWidthFull();
            button.getStyle().set("justify-content", "flex-start").set("white-space", "normal").set("height", "auto");
            choices.add(button);
            if (i == 0) {
                addOpenedChangeListener(e -> {
                    if (e.isOpened()) {
                        button.focus();
                    }
                });
            }
        }
        add(choices);
        getFooter().add(new Button("Cancel", click -> close()));
    }
}
