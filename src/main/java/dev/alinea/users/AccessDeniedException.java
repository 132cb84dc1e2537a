package dev.alinea.users;

import dev.alinea.problem.UserErrorException;

/** A caller asked for something their role or assignments do not allow; the message says what and why. */
public class AccessDeniedException extends UserErrorException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
