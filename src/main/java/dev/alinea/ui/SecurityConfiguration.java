package dev.alinea.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.alinea.users.ProjectAccess;

/**
 * Local mode (the default): this machine only, no sign-in. Server mode ({@code alinea.mode=server}):
 * every screen but the sign-in page needs a signed-in user, and each screen says who may open it.
 * The health endpoint answers everyone, for the machines that watch the server.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProjectAccess access) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        if (access.serverMode()) {
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableNavigationAccessControl(false)
                .anyRequest(request -> request.permitAll())).build();
    }
}
