package dev.alinea.ui.alignment;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;

import dev.alinea.reviewing.ProjectEvents;

/**
 * Keeps a page up to date with its project's changes while it is open. A page closed without a
 * word (a closed tab, a killed browser, a lost laptop) sends no more heartbeats: at the first
 * change after it missed three, it stops listening and is taken out of its session, so that it
 * neither costs work at each change nor holds its memory until the whole session times out.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * @param show shows a revision on the page; runs holding the page's lock
     * @return the subscription, to close when the page is detached
     */
    static ProjectEvents.Subscription follow(ProjectEvents events, long projectId, UI ui, LongConsumer show) {
        var subscription = new AtomicReference<ProjectEvents.Subscription>();
        subscription.set(events.subscribe(projectId, revision -> {
            try {
                if (isOpen(ui)) {
                    ui.access(() -> show.accept(revision));
                } else {
                    stop(subscription.get());
                    ui.access(() -> remove(ui));
                }
            } catch (UIDetachedException e) {
                stop(subscription.get()); // detached meanwhile: nothing more to show it
            }
        }));
        return subscription.get();
    }

    private static void stop(ProjectEvents.@Nullable Subscription subscription) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Whether the page is still there: not closed and not past three missed heartbeats. Needs no lock. */
    static boolean isOpen(UI ui) {
        VaadinSession session = ui.getSession();
        return session != null && session.getService().isUIActive(ui);
    }

    /** Takes an abandoned page out of its session, as Vaadin does at the session's next request (which may never come). */
    private static void remove(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getUIs().contains(ui)) {
            ui.close();
            session.removeUI(ui);
        }
    }
}
