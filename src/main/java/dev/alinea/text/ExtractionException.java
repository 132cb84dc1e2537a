package dev.alinea.text;

import org.jspecify.annotations.Nullable;

import dev.alinea.problem.UserErrorException;

/** A file could not be turned into text; the message names the file and the reason. */
public class ExtractionException extends UserErrorException {

    private final String fileName;

    public ExtractionException(String fileName, String reason, @Nullable Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
    }

    public ExtractionException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public String fileName() {
        return fileName;
    }
}
