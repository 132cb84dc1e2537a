package dev.alinea.users;

import java.util.List;
import java.util.Objects;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a sign-in: the user, and the version of their account it was made at. When an
 * administrator changes the user's role or password, or disables or deletes them, the version in
 * the database moves on and the sign-in is over ({@link UserService#isCurrent}).
 */
public final class SignedInUser extends User {

    private static final long serialVersionUID = 1L;

    private final int signInVersion;

    SignedInUser(String username, String passwordHash, UserRole role, boolean enabled, boolean locked, int signInVersion) {
        super(username, passwordHash, enabled, true, true, !locked, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.signInVersion = signInVersion;
    }

    int signInVersion() {
        return signInVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && super.equals(other) && user.signInVersion == signInVersion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), signInVersion);
    }
}
