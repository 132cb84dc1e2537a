package dev.alinea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives each Spring test class a fresh data folder, so the demo project is created anew. */
public final class TestDataDirectory {

    private TestDataDirectory() {
    }

    public static Path create(String prefix) {
        try {
            Path root = Path.of("target", "test-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a fresh data folder (and, when the tests run on PostgreSQL, a fresh database). */
    public static void register(DynamicPropertyRegistry registry, String prefix) {
        Path dir = create(prefix);
        registry.add("alinea.data-dir", dir::toString);
        TestDatabase.newPostgresDatabase(prefix).ifPresent(settings -> settings.forEach(s -> registry.add(s[0], () -> s[1])));
    }

    /** The command-line settings of a fresh data folder and database, for an application started by the test itself. */
    public static java.util.List<String> arguments(String prefix) {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        arguments.add("--alinea.data-dir=" + create(prefix));
        TestDatabase.newPostgresDatabase(prefix).ifPresent(settings -> settings.forEach(s -> arguments.add("--" + s[0] + "=" + s[1])));
        return arguments;
    }
}
