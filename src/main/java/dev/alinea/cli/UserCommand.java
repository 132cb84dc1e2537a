package dev.alinea.cli;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

import dev.alinea.problem.UserErrorException;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;

/** Adds a user who may sign in to a server: the way to make the first administrator. */
@Command(name = "add-user", mixinStandardHelpOptions = true,
        description = "Adds a user who may sign in when the workbench runs as a server (alinea.mode=server). "
                + "The password is asked for twice, or read from the first line of --password-file.")
final class UserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the user name")
    String username;

    @Option(names = "--role", defaultValue = "REVIEWER", description = "ADMIN, REVIEWER or READER (default: ${DEFAULT-VALUE})")
    UserRole role;

    @Option(names = "--password-file", description = "a file whose first line is the password (for scripts)")
    Path passwordFile;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String password = password();
        try (Services services = database.start(settings)) {
            services.get(UserService.class).addUser(username, role, password);
        }
        spec.commandLine().getOut().printf("Added %s (%s)%n", username, role);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String password() throws java.io.IOException {
        if (passwordFile != null) {
            if (!Files.isRegularFile(passwordFile)) {
                throw new UserErrorException(passwordFile + ": no such file");
            }
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        }
        Console console = System.console();
        if (console == null) {
            throw new UserErrorException("no terminal to ask the password on: give --password-file");
        }
        char[] first = console.readPassword("Password for %s: ", username);
        char[] second = console.readPassword("The same again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new UserErrorException("the two passwords differ");
        }
        return new String(first);
    }
}
