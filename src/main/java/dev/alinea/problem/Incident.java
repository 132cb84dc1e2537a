package dev.alinea.problem;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;

/**
 * An unexpected error, logged with its stack trace under a short id that the user is shown, so
 * that what they report can be found in the log.
 *
 * @param id eight lower-case hex digits
 */
public record Incident(String id) {

    /** Logs the error at ERROR level under a new id. */
    public static Incident log(Logger log, Throwable error) {
        Incident incident = new Incident(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        log.error("Unexpected error (error {})", incident.id, error);
        return incident;
    }

    /**
     * What to tell a person about an error: a user error's own message (also when a framework has
     * wrapped it); anything else is logged as a new incident and told as {@link #message()}.
     */
    public static String messageFor(Throwable error, Logger log) {
        return userError(error).map(Throwable::getMessage).orElseGet(() -> log(log, error).message());
    }

    /** The user error that is the error or, when a framework has wrapped it, its cause; empty for any other error. */
    public static Optional<UserErrorException> userError(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < 16; cause = cause.getCause()) {
            if (cause instanceof UserErrorException userError) {
                return Optional.of(userError);
            }
        }
        return Optional.empty();
    }

    /** The generic message naming this incident, e.g. "Something went wrong (error a1b2c3d4). It has been logged." */
    public String message() {
        return "Something went wrong (error " + id + "). It has been logged.";
    }
}
