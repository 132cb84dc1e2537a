package dev.alinea.ui.projects;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;

import dev.alinea.project.ProjectService;
import dev.alinea.ui.Uploads;

/**
 * Drop TMX files here to continue reviewing them: each file becomes a project of its own; a file
 * that is not TMX gets a message naming it and the reason, and the others still import.
 */
class TmxImport extends Upload {

    TmxImport(ProjectService projects, LongConsumer imported) {
        setAcceptedFileTypes(".tmx", "application/x-tmx+xml", "text/xml", "application/xml");
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, projects.maxImportBytes()));
        setUploadHandler(Uploads.inMemory(projects.maxImportBytes(), projects::checkCreate, (ui, fileName, data) -> {
            long id = projects.importTmx(fileName, data);
            ui.access(() -> {
                Notification.show("Imported " + fileName, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                imported.accept(id);
            });
        }));
        setUploadButton(new Button("Import TMX…"));
        setDropLabel(new Span("or drop TMX files here to review them"));
        addClassName("tmx-import");
    }
}
