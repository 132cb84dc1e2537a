package dev.alinea.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #ACCOUNT_LIMIT} wrong passwords in a row an account is
 * locked for 15 minutes (an administrator can unlock it sooner; the lock is kept in the database,
 * so it holds on every instance), and an address that sent {@value #ADDRESS_LIMIT} wrong sign-ins
 * within 15 minutes may not try again until the oldest of them is 15 minutes old. Every failed or
 * refused sign-in is logged with the name tried and the address, never the password.
 */
@Component
public class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Past this many addresses, those without a recent failure are forgotten (memory stays bounded). */
    private static final int MAX_ADDRESSES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final UserService users;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    SignInThrottle(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Whether sign-ins from this address are refused for now, whatever the password. */
    public boolean isBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size() >= ADDRESS_LIMIT;
        }
    }

    /** Logs a sign-in refused because its address is blocked. */
    public void refused(String address) {
        log.warn("Sign-in refused from {}: {} failed sign-ins from there in the last {} minutes", address, ADDRESS_LIMIT, WINDOW.toMinutes());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = printable(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.recordFailedSignIn(event.getAuthentication().getName(), ACCOUNT_LIMIT, clock.instant().plus(WINDOW));
            Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
            if (failuresByAddress.size() > MAX_ADDRESSES) {
                failuresByAddress.values().removeIf(old -> {
                    synchronized (old) {
                        prune(old);
                        return old.isEmpty();
                    }
                });
            }
            int count;
            synchronized (failures) {
                prune(failures);
                failures.addLast(clock.instant());
                count = failures.size();
            }
            log.warn("Failed sign-in as \"{}\" from {}: wrong user name or password ({} from this address in {} minutes)", name, address, count,
                    WINDOW.toMinutes());
        } else {
            log.warn("Sign-in as \"{}\" from {} refused: {}", name, address, event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            users.recordSignIn(user.getUsername());
            log.info("Signed in: \"{}\" from {}", printable(user.getUsername()), address(event.getAuthentication()));
        }
    }

    /** For tests: forgets every address's failures. */
    void forgetAddresses() {
        failuresByAddress.clear();
    }

    private void prune(Deque<Instant> failures) {
        Instant since = clock.instant().minus(WINDOW);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "(no address)";
    }

    /** The name as typed, without control characters (no forged log lines), at most 100 characters. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
