package dev.alinea.ui.projects;

import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * A dropped file waiting for the project to be created: its language (detected or chosen), its
 * encoding (null: detected), its heading (to name the project by) and, for a file that cannot be
 * used, the reason, shown beside it until it is removed.
 */
final class PendingFile {

    private final String fileName;
    private final byte[] content;
    private final String heading;
    private final @Nullable String refusal;
    private @Nullable String language;
    private @Nullable Charset encoding;
    private String note = "";

    private PendingFile(String fileName, byte[] content, @Nullable String language, String heading, @Nullable String refusal) {
        this.fileName = fileName;
        this.content = content;
        this.language = language;
        this.heading = heading;
        this.refusal = refusal;
    }

    static PendingFile readable(String fileName, byte[] content, @Nullable String language, String heading) {
        return new PendingFile(fileName, content, language, heading, null);
    }

    static PendingFile refused(String fileName, String reason) {
        return new PendingFile(fileName, new byte[0], null, "", reason);
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content;
    }

    String heading() {
        return heading;
    }

    /** Why the file cannot be used; null when it can. */
    @Nullable String refusal() {
        return refusal;
    }

    boolean usable() {
        return refusal == null;
    }

    @Nullable String language() {
        return language;
    }

    void setLanguage(@Nullable String language) {
        this.language = language;
    }

    @Nullable Charset encoding() {
        return encoding;
    }

    void setEncoding(@Nullable Charset encoding) {
        this.encoding = encoding;
    }

    /** A remark about the file (repaired HTML, language not detected); empty when none. */
    String note() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
