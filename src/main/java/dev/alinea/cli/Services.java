package dev.alinea.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.alinea.Application;
import dev.alinea.problem.UserErrorException;
import dev.alinea.users.ProjectAccess;

/**
 * The workbench's database and services without the web app, for commands that work on stored
 * projects. Whoever may run the command may read the database file, so the command acts with an
 * administrator's rights.
 */
final class Services implements AutoCloseable {

    private static final List<String> VAADIN_AUTO_CONFIGURATION = List.of("com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig");

    private final ConfigurableApplicationContext context;

    private Services(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param dataDirectory the workbench's data folder; null for the configured one
     * @param settings Spring settings as the workbench takes them ({@code --spring.datasource.url=...})
     * @throws UserErrorException for an argument that is not such a setting
     */
    static Services start(@Nullable Path dataDirectory, List<String> settings) {
        // Vaadin's auto-configuration needs a servlet context, which a command has not.
        List<String> arguments = new ArrayList<>(List.of("--alinea.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.autoconfigure.exclude=" + String.join(",", VAADIN_AUTO_CONFIGURATION)));
        if (dataDirectory != null) {
            arguments.add("--alinea.data-dir=" + dataDirectory.toAbsolutePath());
        }
        for (String setting : settings) {
            if (!setting.matches("--[A-Za-z][\\w.-]*=.*")) {
                throw new UserErrorException("unknown option or argument: " + setting);
            }
            arguments.add(setting);
        }
        SecurityContextHolder.setContext(ProjectAccess.administrator("command line"));
        return new Services(new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new)));
    }

    <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }
}
