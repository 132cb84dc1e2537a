package dev.alinea.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * Where the workbench's database is, for the commands that work on it. (Each such command also
 * takes the workbench's settings, e.g. a PostgreSQL URL, as unmatched arguments: picocli reads
 * those in the command itself, not in a mixin.)
 */
final class DatabaseOptions {

    @Option(names = "--data-dir", description = "the workbench's data folder (default: the configured alinea.data-dir)")
    Path dataDirectory;

    /** @param settings settings as the workbench takes them, e.g. --spring.datasource.url=jdbc:postgresql://... */
    Services start(List<String> settings) {
        return Services.start(dataDirectory, settings);
    }
}
