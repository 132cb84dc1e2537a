package dev.alinea.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import dev.alinea.problem.Incident;

/**
 * The last stop of an error of a UI session that no view handled: a user error is shown with its
 * message; anything else is logged with an id and shown as a generic message naming that id.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Incident.userError(error).ifPresent(refused -> log.info("Refused: {}", refused.getMessage()));
        String message = Incident.messageFor(error, log);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> ErrorNotification.show(message));
        }
    }
}
