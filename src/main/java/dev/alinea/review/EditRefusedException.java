package dev.alinea.review;

/** An operation that cannot be applied; the message says why, in the reviewer's words, and nothing was changed. */
public class EditRefusedException extends RuntimeException {

    public EditRefusedException(String message) {
        super(message);
    }
}
