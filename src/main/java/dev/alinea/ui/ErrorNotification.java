package dev.alinea.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.alinea.problem.Incident;
import dev.alinea.problem.UserErrorException;

/**
 * Tells the person at the screen that something failed: a {@link UserErrorException}'s message as
 * is; anything else is logged with an id and told as a generic message naming that id, never with
 * its own text (which may hold SQL or a programmer's words).
 */
public final class ErrorNotification {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotification.class);

    private ErrorNotification() {
    }

    /** Shows the error in a notification; call on the UI thread (inside {@code ui.access} from elsewhere). */
    public static Notification show(Throwable error) {
        return show(Incident.messageFor(error, log));
    }

    /** Shows a message about something that could not be done. */
    public static Notification show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
