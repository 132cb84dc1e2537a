package dev.alinea.ui.alignment;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Edits the sentences of one cell as lines of text: changing a line edits that sentence, a new
 * line break splits one, removing one joins two. Ctrl+Enter saves, Escape cancels.
 */
class CellEditor extends Dialog {

    /**
     * @param sentences the cell's sentences as the reviewer saw them
     * @param save given the new sentences; the dialog closes when it returns normally
     */
    CellEditor(String title, List<String> sentences, Consumer<List<String>> save) {
        setId("cell-editor");
        setHeaderTitle(title);
        setWidth("48em");
        var text = new TextArea();
        text.setId("cell-editor-text");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setValue(String.join("\n", sentences));
        text.setHelperText("One sentence per line. Ctrl+Enter saves, Escape cancels.");
        // The value must reach the server before the Ctrl+Enter that saves it: synced on change
        // (when the field loses the focus), the save would see the text as it was.
        text.setValueChangeMode(ValueChangeMode.EAGER);
        var saveButton = new Button("Save", click -> {
            save.accept(Arrays.asList(text.getValue().split("\n", -1)));
            close();
        });
        saveButton.setId("cell-editor-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        var cancel = new Button("Cancel", click -> close());
        add(text);
        getFooter().add(cancel, saveButton);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }
}
