package dev.alinea.users;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.problem.UserErrorException;

/**
 * The people who may sign in to a server: administrators add them, set their role and password,
 * and assign them projects. Passwords are kept only as adaptive hashes (bcrypt).
 */
@Service
public class UserService implements UserDetailsService {

    /** Shorter passwords are refused. */
    public static final int MIN_PASSWORD_LENGTH = 10;

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

    /** A user as an administrator sees them: never the password. */
    public record UserSummary(long id, String username, UserRole role, List<Long> projects) {
    }

    /**
     * Adds a user.
     *
     * @throws UserErrorException when the name is taken or blank, or the password too short
     * @throws AccessDeniedException unless the caller is an administrator
     */
    @Transactional
    public long addUser(String username, UserRole role, String password) {
        access.checkAdmin("add users");
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 100 || !name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new UserErrorException("A user name is 1 to 100 letters, digits, '.', '_', '@' or '-'; \"" + username + "\" is not.");
        }
        if (users.find(name).isPresent()) {
            throw new UserErrorException("There is a user named " + name + " already.");
        }
        return users.insert(name, hash(password), role, clock.instant());
    }

    @Transactional
    public void setRole(long userId, UserRole role) {
        access.checkAdmin("change roles");
        users.updateRole(userId, role);
    }

    @Transactional
    public void setPassword(long userId, String password) {
        access.checkAdmin("set passwords");
        users.updatePassword(userId, hash(password));
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
        return users.findAll().stream().map(u -> new UserSummary(u.id(), u.username(), u.role(), users.projectsOf(u.id()))).toList();
    }

    /** Whether anyone may sign in yet (a new server has no user until the first administrator is made). */
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserErrorException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return passwords.encode(password);
    }

    /** For sign-in: the user's hash and role. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role().name().toUpperCase(Locale.ROOT)).build();
    }
}
