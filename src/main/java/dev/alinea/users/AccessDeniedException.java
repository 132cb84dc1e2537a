package dev.alinea.users;

/** A caller asked for something their role or assignments do not allow; the message says what and why. */
public class AccessDeniedException extends org.springframework.security.access.AccessDeniedException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
