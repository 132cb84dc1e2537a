package dev.alinea.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import dev.alinea.language.Languages;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.ui.Uploads;
import dev.alinea.project.SourceFile;
import dev.alinea.text.ExtractionException;
import dev.alinea.text.SrxRules;

/**
 * Creates a project from the versions of a text: drop the files (several at once), check each
 * one's language (detected when possible), and create. The first file is the pivot. A file that
 * cannot be read gets a message naming it; the others stay.
 */
class NewProjectDialog extends Dialog {

    static final List<String> LANGUAGES = List.of("en", "id", "zh", "fr", "de", "es", "ja", "ko", "ms", "vi", "th");
    /** Encodings a text file may be read with instead of the detected one. */
    static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16", "GB18030", "GBK", "Big5", "windows-1252", "ISO-8859-1", "Shift_JIS", "EUC-KR");

    private final ProjectService projects;
    private final List<PendingFile> files = new ArrayList<>();
    private final Grid<PendingFile> grid = new Grid<>();
    private final TextField name = new TextField("Project name");
    private final Span rulesLabel = new Span("Sentence rules: Alinea's (drop an .srx file to use your own)");
    private SrxRules rules = SrxRules.bundled();

    NewProjectDialog(ProjectService projects, LongConsumer created) {
        this.projects = projects;
        setHeaderTitle("New project");
        setWidth("52em");
        name.setWidthFull();
        name.setId("new-project-name");
        grid.addColumn(PendingFile::fileName).setHeader("File (the first is the pivot)").setFlexGrow(2);
        grid.addComponentColumn(this::languageChoice).setHeader("Language").setFlexGrow(1);
        grid.addComponentColumn(this::encodingChoice).setHeader("Text encoding").setFlexGrow(1);
        grid.addComponentColumn(file -> new Button("Remove", click -> {
            files.remove(file);
            grid.setItems(files);
        })).setFlexGrow(0).setWidth("8em");
        grid.setAllRowsVisible(true);
        grid.setItems(files);

        var upload = new Upload(Uploads.inMemory(projects.maxImportBytes(), projects::checkCreate,
                (ui, fileName, data) -> ui.access(() -> add(fileName, data))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, projects.maxImportBytes()));
        upload.setDropLabel(new Span("Drop the versions here (several at once)"));
        upload.setId("new-project-upload");

        var create = new Button("Create and align", click -> create(created));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rulesLabel.setId("sentence-rules");
        rulesLabel.addClassName("project-facts");
        add(rulesLabel, new Paragraph("Plain text (any encoding), HTML, text with YAML front matter, Word (DOCX, DOC), OpenDocument, RTF, PDF with a text layer or EPUB; one file per language version; an .srx file sets the sentence rules."), name, upload, grid);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    /** Takes a file in: reads it and guesses its language, or says why it cannot be used. */
    void add(String fileName, byte[] content) {
        if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".srx")) {
            useRules(fileName, content);
            return;
        }
        try {
            ProjectService.FileCheck check = projects.check(fileName, content);
            String language = check.language();
            check.warnings().forEach(warning -> Notification.show(warning, 8000, Notification.Position.MIDDLE));
            files.add(new PendingFile(fileName, content, language));
            if (name.isEmpty()) {
                name.setValue(fileName.replaceFirst("\\.[^.]+$", ""));
            }
            grid.setItems(files);
            if (language == null) {
                Notification.show(fileName + ": the language could not be detected; choose it in the list", 6000, Notification.Position.MIDDLE);
            }
        } catch (ExtractionException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** A dropped SRX file replaces Alinea's sentence rules for this project. */
    private void useRules(String fileName, byte[] content) {
        try {
            rules = SrxRules.load(fileName, new java.io.ByteArrayInputStream(content));
            rulesLabel.setText("Sentence rules: " + fileName);
        } catch (UserErrorException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private ComboBox<String> languageChoice(PendingFile file) {
        var choice = new ComboBox<String>();
        choice.setItems(LANGUAGES);
        choice.setItemLabelGenerator(Languages::label);
        choice.setAllowCustomValue(true);
        choice.addCustomValueSetListener(event -> choice.setValue(event.getDetail()));
        choice.setValue(file.language);
        choice.addValueChangeListener(change -> file.language = change.getValue());
        return choice;
    }

    private ComboBox<String> encodingChoice(PendingFile file) {
        var choice = new ComboBox<String>();
        choice.setItems(ENCODINGS);
        choice.setPlaceholder("detected");
        choice.setClearButtonVisible(true);
        choice.setValue(file.encoding == null ? null : file.encoding.name());
        choice.addValueChangeListener(change -> file.encoding = change.getValue() == null ? null : java.nio.charset.Charset.forName(change.getValue()));
        return choice;
    }

    private void create(LongConsumer created) {
        if (files.isEmpty()) {
            Notification.show("Add at least one file");
            return;
        }
        var unknown = files.stream().filter(f -> f.language == null || f.language.isBlank()).findFirst();
        if (unknown.isPresent()) {
            Notification.show(unknown.get().fileName + ": choose its language", 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        String projectName = name.isEmpty() ? files.getFirst().fileName : name.getValue();
        List<SourceFile> sources = files.stream().map(f -> new SourceFile(f.fileName, f.language, f.content, f.encoding)).toList();
        long id = projects.createProject(projectName, sources, 0, rules);
        close();
        created.accept(id);
    }

    /** A dropped file waiting for the project to be created. */
    static final class PendingFile {
        private final String fileName;
        private final byte[] content;
        private String language;
        private java.nio.charset.Charset encoding;

        PendingFile(String fileName, byte[] content, String language) {
            this.fileName = fileName;
            this.content = content;
            this.language = language;
        }

        String fileName() {
            return fileName;
        }
    }
}
