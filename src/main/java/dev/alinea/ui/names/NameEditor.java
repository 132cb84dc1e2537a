package dev.alinea.ui.names;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.divergence.NameEntry;
import dev.alinea.language.Languages;

/** Edits one name-list entry's renderings: one field per language, several renderings separated by " | ". */
class NameEditor extends Dialog {

    /**
     * @param languages the project's language tags, one field each
     * @param save given the renderings per language; the dialog closes when it returns normally
     */
    NameEditor(NameEntry entry, List<String> languages, Consumer<Map<String, List<String>>> save) {
        setId("name-editor");
        setHeaderTitle("Edit the renderings");
        setWidth("32em");
        Map<String, TextField> fields = new LinkedHashMap<>();
        var form = new VerticalLayout();
        form.setPadding(false);
        for (String language : languages) {
            var field = new TextField(Languages.label(language));
            field.setId("name-rendering-" + language);
            field.setWidthFull();
            field.setValue(String.join(" | ", entry.renderings().getOrDefault(language, List.of())));
            field.setHelperText("Several renderings: separate them with |");
            fields.put(language, field);
            form.add(field);
        }
        var saveButton = new Button("Save", click -> {
            Map<String, List<String>> renderings = new LinkedHashMap<>();
            fields.forEach((language, field) -> renderings.put(language, Arrays.stream(field.getValue().split("\\|")).map(String::strip)
                    .filter(text -> !text.isEmpty()).toList()));
            save.accept(renderings);
            close();
        });
        saveButton.setId("name-editor-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }
}
