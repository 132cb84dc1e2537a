package dev.alinea.ui.projects;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.ui.Uploads;
import dev.alinea.project.SourceFile;
import dev.alinea.text.ExtractionException;
import dev.alinea.text.SrxRules;

/**
 * Creates a project from the versions of a text: drop the files (several at once; they are
 * listed in the order chosen), check each one's language (detected when possible), choose the
 * pivot, and create. The name is proposed from the pivot's title or first heading. A file that
 * cannot be read stays listed with the reason until it is removed; the others are used.
 */
class NewProjectDialog extends Dialog {

    private final ProjectService projects;
    private final ProjectFileList files = new ProjectFileList(this::filesChanged);
    private final TextField name = new TextField("Project name");
    private final Span rulesLabel = new Span("Sentence rules: Alinea's (drop an .srx file to use your own)");
    private final Upload upload;
    /** The name last proposed; once the reviewer types another, it is theirs and stays. */
    private String proposedName = "";
    private SrxRules rules = SrxRules.bundled();

    NewProjectDialog(ProjectService projects, LongConsumer created) {
        this.projects = projects;
        setHeaderTitle("New project");
        setWidth("60em");
        setMaxWidth("100%");
        name.setWidthFull();
        name.setId("new-project-name");
        files.setId("new-project-files");

        upload = new Upload(Uploads.inMemory(projects.maxImportBytes(), projects::checkCreate,
                (ui, fileName, data) -> ui.access(() -> add(fileName, data))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, projects.maxImportBytes()));
        upload.setDropLabel(new Span("Drop the versions here (several at once)"));
        upload.setId("new-project-upload");
        // One file at a time, so that they arrive, and are listed, in the order chosen.
        upload.getElement().setProperty("maxConcurrentUploads", 1);

        var create = new Button("Create and align", click -> create(created));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rulesLabel.setId("sentence-rules");
        rulesLabel.addClassName("project-facts");
        add(rulesLabel, new Paragraph("Plain text (any encoding), HTML, text with YAML front matter, Word (DOCX, DOC), OpenDocument, RTF, "
                + "PDF with a text layer or EPUB; one file per language version; an .srx file sets the sentence rules. "
                + "The columns follow the order of the list; the other files are aligned to the pivot."), name, upload, files);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    /** Takes a file in: reads it and guesses its language, or lists it with the reason it cannot be used. */
    void add(String fileName, byte[] content) {
        // The list below is the one list of files: the upload's own would repeat it, without the refusals.
        upload.clearFileList();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".srx")) {
            useRules(fileName, content);
            return;
        }
        try {
            ProjectService.FileCheck check = projects.check(fileName, content);
            PendingFile file = PendingFile.readable(fileName, content, check.language(), check.heading());
            List<String> notes = new java.util.ArrayList<>(check.warnings().stream().map(w -> w.replaceFirst("^\\Q" + fileName + "\\E: ", "")).toList());
            if (check.language() == null) {
                notes.add("The language could not be detected: choose it");
            }
            file.setNote(String.join("; ", notes));
            files.add(file);
        } catch (ExtractionException e) {
            files.add(PendingFile.refused(fileName, e.getMessage().replaceFirst("^\\Q" + fileName + "\\E: ", "")));
        }
    }

    /** A dropped SRX file replaces Alinea's sentence rules for this project. */
    private void useRules(String fileName, byte[] content) {
        try {
            rules = SrxRules.load(fileName, new java.io.ByteArrayInputStream(content));
            rulesLabel.setText("Sentence rules: " + fileName);
        } catch (UserErrorException e) {
            files.add(PendingFile.refused(fileName, e.getMessage().replaceFirst("^\\Q" + fileName + "\\E: ", "")));
        }
    }

    /** Proposes the pivot's title as the name, unless the reviewer has typed a name of their own. */
    private void filesChanged() {
        if (!name.getValue().equals(proposedName)) {
            return;
        }
        proposedName = files.pivot().map(NewProjectDialog::nameOf).orElse("");
        name.setValue(proposedName);
    }

    private static String nameOf(PendingFile file) {
        return file.heading().isBlank() ? file.fileName().replaceFirst("\\.[^.]+$", "") : file.heading();
    }

    private void create(LongConsumer created) {
        List<PendingFile> usable = files.usable();
        if (usable.isEmpty()) {
            Notification.show("Add at least one file that can be read", 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        var unknown = usable.stream().filter(f -> f.language() == null || f.language().isBlank()).findFirst();
        if (unknown.isPresent()) {
            Notification.show(unknown.get().fileName() + ": choose its language", 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        PendingFile pivot = files.pivot().orElseThrow();
        String projectName = name.isEmpty() ? nameOf(pivot) : name.getValue();
        List<SourceFile> sources = usable.stream().map(f -> new SourceFile(f.fileName(), f.language(), f.content(), f.encoding())).toList();
        long id = projects.createProject(projectName, sources, usable.indexOf(pivot), rules);
        close();
        created.accept(id);
    }
}
