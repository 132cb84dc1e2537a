package dev.alinea.users;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what, checked in the services whatever the screen shows: in local mode
 * ({@code alinea.mode=local}, the default) the one person at this machine may do everything; in
 * server mode every call needs a signed-in user, an administrator may do everything, a reviewer
 * may read, export and edit the projects assigned to them, a reader may read and export them.
 */
@Component
public class ProjectAccess {

    /** Marks the sign-in of work Alinea does itself, whose rights no user account holds. */
    private static final String SYSTEM = "alinea-system";

    private final boolean serverMode;
    private final JdbcUserRepository users;

    ProjectAccess(@Value("${alinea.mode:local}") String mode, JdbcUserRepository users) {
        if (!mode.equals("local") && !mode.equals("server")) {
            throw new IllegalArgumentException("alinea.mode must be local or server, was " + mode);
        }
        this.serverMode = mode.equals("server");
        this.users = users;
    }

    /**
     * Runs work that no person asks for (the demo project at start, a command-line export) as
     * Alinea itself, with an administrator's rights; the caller's own sign-in is restored after.
     */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(administrator("alinea"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A sign-in with an administrator's rights for work no person asks for, under this name in the history. */
    public static SecurityContext administrator(String name) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var token = UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        token.setDetails(SYSTEM);
        context.setAuthentication(token);
        return context;
    }

    public boolean serverMode() {
        return serverMode;
    }

    /**
     * The caller on this thread.
     *
     * @throws AccessDeniedException in server mode when nobody is signed in
     */
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return serverMode && !SYSTEM.equals(authentication.getDetails()) ? current(authentication)
                    : new Caller(authentication.getName(), role(authentication));
        }
        if (!serverMode) {
            return Caller.LOCAL;
        }
        throw new AccessDeniedException("Sign in first.");
    }

    /**
     * The caller as the database has them now, not as they were when they signed in: a role taken
     * away, a password reset, an account disabled or deleted counts at once, in every session.
     */
    private Caller current(Authentication authentication) {
        var stored = users.findByKey(UserNames.key(authentication.getName()));
        if (stored.isEmpty()) {
            if (authentication.getPrincipal() instanceof SignedInUser) {
                throw new AccessDeniedException("The account " + authentication.getName() + " no longer exists.");
            }
            // a sign-in made in code for work of Alinea's own (the command line, tests): its rights are its own
            return new Caller(authentication.getName(), role(authentication));
        }
        var user = stored.get();
        if (!user.enabled()) {
            throw new AccessDeniedException("The account " + user.username() + " is disabled: ask an administrator.");
        }
        if (authentication.getPrincipal() instanceof SignedInUser principal && principal.signInVersion() != user.signInVersion()) {
            throw new AccessDeniedException("The role, password or account of " + user.username() + " changed since this sign-in: sign in again.");
        }
        return new Caller(user.username(), user.role());
    }

    private static UserRole role(Authentication authentication) {
        UserRole best = UserRole.READER;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    UserRole role = UserRole.valueOf(name.substring(5).toUpperCase(Locale.ROOT));
                    best = role.ordinal() < best.ordinal() ? role : best;
                } catch (IllegalArgumentException e) {
                    // a role Alinea does not know grants nothing
                }
            }
        }
        return best;
    }

    /** @throws AccessDeniedException unless the caller is an administrator */
    public Caller checkAdmin(String action) {
        Caller caller = caller();
        if (!caller.isAdmin()) {
            throw new AccessDeniedException(caller.name() + " may not " + action + ": only an administrator may.");
        }
        return caller;
    }

    /** @throws AccessDeniedException unless the caller may view and export the project */
    public Caller checkRead(long projectId) {
        Caller caller = caller();
        if (!canRead(caller, projectId)) {
            throw new AccessDeniedException(caller.name() + " may not open project " + projectId + ": it is not assigned to them.");
        }
        return caller;
    }

    /** @throws AccessDeniedException unless the caller may edit and confirm the project's rows */
    public Caller checkEdit(long projectId) {
        Caller caller = checkRead(projectId);
        if (caller.role() == UserRole.READER) {
            throw new AccessDeniedException(caller.name() + " may not change project " + projectId + ": a reader may view and export only.");
        }
        return caller;
    }

    /** Whether the caller on this thread may view the project (false, rather than an error, when nobody is signed in). */
    public boolean canRead(long projectId) {
        try {
            return canRead(caller(), projectId);
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether the caller on this thread may change the project's rows. */
    public boolean canEdit(long projectId) {
        try {
            checkEdit(projectId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private boolean canRead(Caller caller, long projectId) {
        if (caller.isAdmin()) {
            return true;
        }
        return users.findByKey(UserNames.key(caller.name())).map(user -> users.isMember(projectId, user.id())).orElse(false);
    }
}
