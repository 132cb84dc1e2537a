package dev.alinea;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

import dev.alinea.cli.AlineaCommand;

/**
 * Entry point. With no arguments (or only {@code --option=value} settings) it starts the web
 * workbench; with a subcommand it runs the command line without the web app.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            System.exit(AlineaCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Beans whose types live in the web app's libraries, kept out of this class so that a command
     * of the command line, which loads it first, does not look for them among all the jars.
     */
    @Configuration(proxyBeanMethods = false)
    static class WebBeans {

        /** Passwords are kept as bcrypt hashes (adaptive: the work factor can grow with hardware). */
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }
}
