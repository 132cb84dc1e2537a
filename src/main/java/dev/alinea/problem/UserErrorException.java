package dev.alinea.problem;

import org.jspecify.annotations.Nullable;

/**
 * A user's mistake or bad input (a file that is not what it claims, a name that is taken, a
 * refused edit): the message says what and why in the user's words and is shown as is. Anything
 * else that goes wrong is a programming or system error and is never shown verbatim.
 */
public class UserErrorException extends RuntimeException {

    public UserErrorException(String message) {
        super(message);
    }

    public UserErrorException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
