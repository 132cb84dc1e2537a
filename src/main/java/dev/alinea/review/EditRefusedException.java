package dev.alinea.review;

import dev.alinea.problem.UserErrorException;

/** An operation that cannot be applied; the message says why, in the reviewer's words, and nothing was changed. */
public class EditRefusedException extends UserErrorException {

    public EditRefusedException(String message) {
        super(message);
    }
}
