package dev.alinea.ui;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.alinea.users.ProjectAccess;
import dev.alinea.users.SignInThrottle;
import dev.alinea.users.UserService;

/**
 * Local mode (the default): this machine only, no sign-in. Server mode ({@code alinea.mode=server}):
 * every screen but the sign-in page needs a signed-in user, and each screen says who may open it;
 * each request checks that the sign-in still stands ({@link SignInGuard}). The health endpoint
 * answers everyone, for the machines that watch the server. Every response carries a content
 * security policy (as strict as Vaadin's client engine allows: it needs inline and evaluated
 * scripts), {@code nosniff}, a referrer policy and no framing by other sites.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A script or style sheet of the workbench's compiled bundle, or one named with its content's
     * version ({@code ?v-c=}): nothing of a project, and the same for every user.
     */
    static boolean isVersionedResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        // The address as sent: one that climbs out of a folder or hides characters is not taken at its word.
        boolean plain = !path.contains("..") && !path.contains("%") && !path.contains(";");
        return "GET".equals(request.getMethod()) && plain
                && (path.startsWith("/VAADIN/build/") || query != null && query.startsWith("v-c=") && !path.startsWith("/VAADIN/"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProjectAccess access, UserService users, SignInThrottle throttle,
            RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    // No-cache headers on every response but the workbench's own scripts and style
                    // sheets, whose names change with their content: Chromium takes "Pragma: no-cache"
                    // as "ask again", and a page load then waited for 20 answers of "not modified".
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(request -> !isVersionedResource(request),
                            new CacheControlHeadersWriter()));
            // Vaadin's pages are forwarded to its servlet, and the response is committed past the
            // filter's wrapper: the headers must be written before, or they are lost.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        if (access.serverMode()) {
            http.addFilterBefore(new SignInGuard(users, throttle), UsernamePasswordAuthenticationFilter.class);
            // Vaadin's own requests carry Vaadin's CSRF token; the sign-in form carries Spring's (Vaadin's
            // configuration would exempt the sign-in, so that a cross-site form could sign a browser in).
            http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                    .build();
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableNavigationAccessControl(false)
                .anyRequest(request -> request.permitAll())).build();
    }
}
