package dev.alinea.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.alinea.problem.Incident;
import dev.alinea.problem.UserErrorException;

/**
 * Uploads read into memory safely: who may upload is checked before a byte is read, a file larger
 * than the cap is refused by name without being read further, and the work runs on the upload's
 * own request, not holding the UI's lock (the page stays usable while a large file imports). A
 * refusal or failure is shown on the page; a failure's details go to the log only.
 */
public final class Uploads {

    /** What to do with an uploaded file; runs on the upload's request thread with the uploader's rights. */
    @FunctionalInterface
    public interface Work {
        void accept(UI ui, String fileName, byte[] content);
    }

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private Uploads() {
    }

    /**
     * @param maxBytes the most a file may hold
     * @param check throws (an access refusal) when the uploader may not do this; runs before reading
     */
    public static UploadHandler inMemory(long maxBytes, Runnable check, Work work) {
        return event -> {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            try {
                check.run();
                if (event.getFileSize() > maxBytes) {
                    throw tooLarge(fileName, maxBytes);
                }
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                if (content.length > maxBytes) {
                    throw tooLarge(fileName, maxBytes);
                }
                work.accept(ui, fileName, content);
            } catch (RuntimeException | IOException e) {
                String message = Incident.messageFor(e, log);
                event.reject(message);
                ui.access(() -> ErrorNotification.show(message));
            }
        };
    }

    private static UserErrorException tooLarge(String fileName, long maxBytes) {
        return new UserErrorException(fileName + " is larger than " + size(maxBytes) + ", the most Alinea takes in one file.");
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024))
                : bytes >= 1024 ? String.format(Locale.ROOT, "%d KB", bytes / 1024) : bytes + " bytes";
    }
}
