package dev.alinea.tmx;

import org.jspecify.annotations.Nullable;

import dev.alinea.problem.UserErrorException;

/** A TMX file could not be read; the message names the file, the line when known, and the reason. */
public class TmxFormatException extends UserErrorException {

    public TmxFormatException(String fileName, int line, String reason, @Nullable Throwable cause) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + reason, cause);
    }
}
