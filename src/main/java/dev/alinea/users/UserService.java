package dev.alinea.users;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.problem.UserErrorException;

/**
 * The people who may sign in to a server: administrators add them, set their role and password,
 * assign them projects, disable, unlock and delete them. Passwords are kept only as adaptive hashes
 * (bcrypt). A change of role, password or account ends the user's sessions at once: each request
 * checks the sign-in against the database ({@link #isCurrent}, {@link ProjectAccess}).
 */
@Service
public class UserService implements UserDetailsService {

    /** Shorter passwords are refused (spaces not counted). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final JdbcUserRepository users;
    private final ProjectAccess access;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(JdbcUserRepository users, ProjectAccess access, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.access = access;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * A user as an administrator sees them: never the password.
     *
     * @param lockedUntil until when sign-in is refused after failed attempts; null when it is not
     */
    public record UserSummary(long id, String username, UserRole role, List<Long> projects, boolean enabled, @Nullable Instant lockedUntil) {
    }

    /**
     * Adds a user.
     *
     * @throws UserErrorException when the name is taken (also as "Ada" for "ada", or written with
     *         look-alike letters of another script), not a name, or the password too weak
     * @throws AccessDeniedException unless the caller is an administrator
     */
    @Transactional
    public long addUser(String username, UserRole role, String password) {
        access.checkAdmin("add users");
        String name = UserNames.normalise(username == null ? "" : username);
        users.findByKey(UserNames.key(name)).ifPresent(taken -> {
            throw new UserErrorException(taken.username().equals(name) ? "There is a user named " + name + " already."
                    : "There is a user named " + taken.username() + " already, which reads the same as " + name + ".");
        });
        return users.insert(name, UserNames.key(name), hash(password, name), role, clock.instant());
    }

    /** @throws UserErrorException when this would leave no administrator who can sign in */
    @Transactional
    public void setRole(long userId, UserRole role) {
        access.checkAdmin("change roles");
        var user = existing(userId);
        if (role != UserRole.ADMIN) {
            keepAnAdministrator(user, "make " + user.username() + " a " + role.name().toLowerCase(java.util.Locale.ROOT));
        }
        users.updateRole(userId, role);
    }

    @Transactional
    public void setPassword(long userId, String password) {
        access.checkAdmin("set passwords");
        users.updatePassword(userId, hash(password, existing(userId).username()));
    }

    /**
     * Lets the user sign in, or not; a disabled user's sessions end at once.
     *
     * @throws UserErrorException when this would leave no administrator who can sign in
     */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        access.checkAdmin("disable users");
        var user = existing(userId);
        if (!enabled) {
            keepAnAdministrator(user, "disable " + user.username());
        }
        users.updateEnabled(userId, enabled);
    }

    /** Lets a user whose account is locked after failed sign-ins sign in again at once. */
    @Transactional
    public void unlock(long userId) {
        access.checkAdmin("unlock users");
        users.clearFailures(existing(userId).id());
    }

    /**
     * Deletes the user; the history keeps their name on the changes they made.
     *
     * @throws UserErrorException when this would leave no administrator who can sign in
     */
    @Transactional
    public void delete(long userId) {
        access.checkAdmin("delete users");
        var user = existing(userId);
        keepAnAdministrator(user, "delete " + user.username());
        users.delete(userId);
    }

    @Transactional
    public void assign(long projectId, long userId, boolean assigned) {
        access.checkAdmin("assign projects");
        if (assigned) {
            users.assign(projectId, userId);
        } else {
            users.unassign(projectId, userId);
        }
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        access.checkAdmin("list users");
        Instant now = clock.instant();
        return users.findAll().stream().map(u -> new UserSummary(u.id(), u.username(), u.role(), users.projectsOf(u.id()), u.enabled(),
                u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? u.lockedUntil() : null)).toList();
    }

    /** Whether anyone may sign in yet (a new server has no user until the first administrator is made). */
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /**
     * Whether a sign-in still stands: its user exists, may sign in, and has had no change of role,
     * password or account since. Sign-ins made in code (not through the sign-in page) stand.
     */
    @Transactional(readOnly = true)
    public boolean isCurrent(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SignedInUser principal)) {
            return true;
        }
        return users.findByKey(UserNames.key(principal.getUsername()))
                .map(user -> user.enabled() && user.signInVersion() == principal.signInVersion()).orElse(false);
    }

    private JdbcUserRepository.StoredUser existing(long userId) {
        return users.findById(userId).orElseThrow(() -> new UserErrorException("There is no user with id " + userId + " (deleted meanwhile?)."));
    }

    private void keepAnAdministrator(JdbcUserRepository.StoredUser user, String action) {
        if (user.role() == UserRole.ADMIN && user.enabled() && users.countEnabledAdmins() <= 1) {
            throw new UserErrorException("Cannot " + action + ": " + user.username()
                    + " is the only administrator. Make another user an administrator first.");
        }
    }

    private String hash(@Nullable String password, String username) {
        PasswordPolicy.check(password == null ? "" : password, username);
        return passwords.encode(password);
    }

    /** For sign-in: the user's hash, role, whether they may sign in, and the version of their account. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByKey(UserNames.key(username)).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
        return new SignedInUser(user.username(), user.passwordHash(), user.role(), user.enabled(), locked, user.signInVersion());
    }

    /** Counts a failed sign-in of a known user; the {@code limit}-th in a row locks the account until {@code lockUntil}. */
    @Transactional
    void recordFailedSignIn(String username, int limit, Instant lockUntil) {
        users.findByKey(UserNames.key(username)).ifPresent(user -> users.recordFailure(user.id(), limit, lockUntil));
    }

    @Transactional
    void recordSignIn(String username) {
        users.findByKey(UserNames.key(username)).ifPresent(user -> users.clearFailures(user.id()));
    }
}
