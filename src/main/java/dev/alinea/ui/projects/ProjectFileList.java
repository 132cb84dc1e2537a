package dev.alinea.ui.projects;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.alinea.language.Languages;

/**
 * The files of a new project, in the order chosen (the column order of the alignment): each with
 * its language and encoding, which one is the pivot (chosen explicitly; the first usable file
 * until then), buttons to move it up or down or remove it, and for a file that cannot be used
 * the reason, kept in the list until the file is removed.
 */
class ProjectFileList extends Grid<PendingFile> {

    static final List<String> LANGUAGES = List.of("en", "id", "zh", "fr", "de", "es", "ja", "ko", "ms", "vi", "th");
    /** Encodings a text file may be read with instead of the detected one. */
    static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16", "GB18030", "GBK", "Big5", "windows-1252", "ISO-8859-1", "Shift_JIS", "EUC-KR");

    private final List<PendingFile> files = new ArrayList<>();
    private final Runnable changed;
    private @Nullable PendingFile pivot;

    /** @param changed told when files are added, moved or removed, or the pivot changes */
    ProjectFileList(Runnable changed) {
        this.changed = changed;
        addClassName("project-files");
        addComponentColumn(this::fileCell).setHeader("File").setFlexGrow(3).setKey("file");
        addComponentColumn(this::languageChoice).setHeader("Language").setFlexGrow(1).setKey("language");
        addComponentColumn(this::encodingChoice).setHeader("Text encoding").setFlexGrow(1).setKey("encoding");
        addComponentColumn(this::pivotCell).setHeader("Pivot").setWidth("8.5em").setFlexGrow(0).setKey("pivot");
        addComponentColumn(this::moveButtons).setHeader("Order").setWidth("11em").setFlexGrow(0).setKey("order");
        setAllRowsVisible(true);
        setItems(files);
    }

    void add(PendingFile file) {
        files.add(file);
        update();
    }

    /** The files as listed, refused ones included. */
    List<PendingFile> files() {
        return List.copyOf(files);
    }

    /** The files a project is made of: the usable ones, in the order listed. */
    List<PendingFile> usable() {
        return files.stream().filter(PendingFile::usable).toList();
    }

    /** The pivot: chosen, or else the first usable file; empty when there is none. */
    Optional<PendingFile> pivot() {
        if (pivot != null && files.contains(pivot)) {
            return Optional.of(pivot);
        }
        return usable().stream().findFirst();
    }

    void makePivot(PendingFile file) {
        pivot = file;
        update();
    }

    /** Moves a file one place up (step -1) or down (step 1). */
    void move(PendingFile file, int step) {
        int from = files.indexOf(file);
        int to = from + step;
        if (from < 0 || to < 0 || to >= files.size()) {
            return;
        }
        files.remove(from);
        files.add(to, file);
        update();
    }

    void remove(PendingFile file) {
        files.remove(file);
        update();
    }

    private void update() {
        getDataProvider().refreshAll();
        changed.run();
    }

    private Component fileCell(PendingFile file) {
        var cell = new Div(new Span(file.fileName()));
        cell.addClassName("pending-file");
        if (!file.usable()) {
            var reason = new Div(new Span("Not used: " + file.refusal()));
            reason.addClassName("file-refused");
            cell.add(reason);
        } else if (!file.note().isEmpty()) {
            var note = new Div(new Span(file.note()));
            note.addClassName("file-note");
            cell.add(note);
        }
        return cell;
    }

    private Component languageChoice(PendingFile file) {
        if (!file.usable()) {
            return new Span();
        }
        var choice = new ComboBox<String>();
        choice.setItems(LANGUAGES);
        choice.setItemLabelGenerator(Languages::label);
        choice.setAllowCustomValue(true);
        choice.setAriaLabel("Language of " + file.fileName());
        choice.addCustomValueSetListener(event -> choice.setValue(event.getDetail()));
        choice.setValue(file.language());
        choice.addValueChangeListener(change -> file.setLanguage(change.getValue()));
        return choice;
    }

    private Component encodingChoice(PendingFile file) {
        if (!file.usable()) {
            return new Span();
        }
        var choice = new ComboBox<String>();
        choice.setItems(ENCODINGS);
        choice.setPlaceholder("detected");
        choice.setAriaLabel("Text encoding of " + file.fileName());
        choice.setClearButtonVisible(true);
        choice.setValue(file.encoding() == null ? null : file.encoding().name());
        choice.addValueChangeListener(change -> file.setEncoding(change.getValue() == null ? null : Charset.forName(change.getValue())));
        return choice;
    }

    private Component pivotCell(PendingFile file) {
        if (!file.usable()) {
            return new Span();
        }
        if (pivot().filter(file::equals).isPresent()) {
            var label = new Span("★ Pivot");
            label.addClassName("pivot-label");
            return label;
        }
        var button = new Button("Make pivot", click -> makePivot(file));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("make-pivot");
        button.setTooltipText("Align the other files to this one");
        return button;
    }

    private Component moveButtons(PendingFile file) {
        int index = files.indexOf(file);
        var up = new Button("↑", click -> move(file, -1));
        up.setAriaLabel("Move " + file.fileName() + " up");
        up.setEnabled(index > 0);
        up.addClassName("move-up");
        var down = new Button("↓", click -> move(file, 1));
        down.setAriaLabel("Move " + file.fileName() + " down");
        down.setEnabled(index < files.size() - 1);
        down.addClassName("move-down");
        var remove = new Button("Remove", click -> remove(file));
        remove.addClassName("remove-file");
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var buttons = new HorizontalLayout(up, down, remove);
        buttons.setSpacing(false);
        return buttons;
    }
}
