package dev.alinea.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.alinea.users.SignInThrottle;
import dev.alinea.users.UserService;

/**
 * Server mode, on every request: a sign-in whose user has since been disabled, deleted, or given
 * another role or password ends here (the session is invalidated, so every page of it goes back to
 * the sign-in page); a sign-in attempt from an address that failed too often is refused before the
 * password is checked.
 */
class SignInGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final UserService users;
    private final SignInThrottle throttle;

    SignInGuard(UserService users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()) && throttle.isBlocked(request.getRemoteAddr())) {
            throttle.refused(request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !users.isCurrent(authentication)) {
            log.info("Signed out \"{}\": their role, password or account changed since they signed in", authentication.getName());
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
