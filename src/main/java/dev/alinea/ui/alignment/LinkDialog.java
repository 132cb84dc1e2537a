package dev.alinea.ui.alignment;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.reviewing.AlignedRow;

/**
 * Makes a link from a sentence of the focused cell to a sentence of another version, wherever it
 * stands: which sentence of the cell (when it holds several), which version, and the other
 * sentence's number in it (as the grid's link markers count them). Enter links.
 */
class LinkDialog extends Dialog {

    /** Called with the sentence's place in the cell, the other document and the other sentence's index in it. */
    @FunctionalInterface
    interface LinkAction {
        void link(int offset, int otherDocument, int otherSegment);
    }

    private final Select<Integer> sentence = new Select<>();
    private final Select<DocumentInfo> version = new Select<>();
    private final IntegerField number = new IntegerField("Its sentence number");

    LinkDialog(List<DocumentInfo> documents, AlignedRow row, int document, LinkAction action) {
        setId("link-dialog");
        String language = Languages.of(documents.get(document).language()).displayName();
        setHeaderTitle("Link " + (language.matches("^[AEIOU].*") ? "an " : "a ") + language + " sentence of row " + (row.position() + 1));
        setWidth("34em");
        List<String> texts = row.cells().get(document);
        int first = row.firstSegments().get(document);
        sentence.setLabel("This " + language + " sentence");
        sentence.setId("link-sentence");
        sentence.setItems(IntStream.range(0, texts.size()).boxed().toList());
        sentence.setItemLabelGenerator(s -> (first + s + 1) + ": " + shortened(texts.get(s)));
        sentence.setValue(0);
        sentence.setWidthFull();
        sentence.setVisible(texts.size() > 1);
        version.setLabel("with a sentence of");
        version.setId("link-version");
        List<DocumentInfo> others = documents.stream().filter(d -> d.position() != document).toList();
        version.setItems(others);
        version.setItemLabelGenerator(d -> Languages.label(d.language()) + " · " + d.fileName());
        version.addValueChangeListener(change -> limit(change.getValue()));
        number.setId("link-number");
        number.setStepButtonsVisible(true);
        number.setMin(1);
        version.setValue(others.getFirst());
        var link = new Button("Link", click -> {
            Integer chosen = number.getValue();
            if (chosen == null || number.isInvalid()) {
                number.setInvalid(true);
                number.focus();
                return;
            }
            close();
            action.link(sentence.getValue(), version.getValue().position(), chosen - 1);
        });
        link.setId("link-make");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickShortcut(Key.ENTER);
        add(new VerticalLayout(sentence, version, number));
        getFooter().add(new Button("Cancel", click -> close()), link);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                number.focus();
            }
        });
    }

    private void limit(DocumentInfo other) {
        number.setMax(other.segmentCount());
        number.setHelperText("1 to " + other.segmentCount() + ", counted from the start of the " + Languages.of(other.language()).displayName()
                + " version");
        number.setErrorMessage("A number from 1 to " + other.segmentCount());
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
