package dev.alinea.users;

/**
 * Who calls a service: a signed-in user, or, in local mode and on the command line, the one
 * person at this machine, who may do everything.
 *
 * @param name the user name, as the history shows it
 */
public record Caller(String name, UserRole role) {

    /** The person at this machine in local mode. */
    public static final Caller LOCAL = new Caller(System.getProperty("user.name", "local"), UserRole.ADMIN);

    public boolean isAdmin() {
        return role == UserRole.ADMIN;
    }
}
