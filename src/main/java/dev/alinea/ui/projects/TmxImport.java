package dev.alinea.ui.projects;

import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.alinea.problem.Incident;
import dev.alinea.project.ProjectService;
import dev.alinea.ui.ErrorNotification;

/**
 * Drop TMX files here to continue reviewing them: each file becomes a project of its own; a file
 * that is not TMX gets a message naming it and the reason, and the others still import.
 */
class TmxImport extends Upload {

    private static final Logger log = LoggerFactory.getLogger(TmxImport.class);

    TmxImport(ProjectService projects, LongConsumer imported) {
        setAcceptedFileTypes(".tmx", "application/x-tmx+xml", "text/xml", "application/xml");
        setUploadHandler(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                long id = projects.importTmx(metadata.fileName(), data);
                ui.access(() -> {
                    Notification.show("Imported " + metadata.fileName(), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    imported.accept(id);
                });
            } catch (RuntimeException e) {
                String message = Incident.messageFor(e, log);
                ui.access(() -> ErrorNotification.show(message));
            }
        }));
        setUploadButton(new Button("Import TMX…"));
        setDropLabel(new Span("or drop TMX files here to review them"));
        addClassName("tmx-import");
    }
}
