package dev.alinea.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

import dev.alinea.backup.BackupService;
import dev.alinea.problem.UserErrorException;

/** Backs one project up to a file, or restores such a file as a project. */
final class BackupCommand {

    private BackupCommand() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Writes a consistent snapshot of a project (documents, sentences, rows, review history, name list) to one file.")
    static final class Backup implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, description = "the project's id")
        long projectId;

        @Option(names = "--out", required = true, description = "the file to write (gzipped JSON)")
        Path out;

        @Mixin
        DatabaseOptions database;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (Services services = database.start(settings); OutputStream file = Files.newOutputStream(out)) {
                services.get(BackupService.class).backup(projectId, file);
            }
            spec.commandLine().getOut().printf("%s: project %d backed up%n", out, projectId);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Makes a project of a backup file written by 'backup'.")
    static final class Restore implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "the backup file")
        Path file;

        @Mixin
        DatabaseOptions database;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserErrorException(file + ": no such file");
            }
            long id;
            try (Services services = database.start(settings); InputStream in = Files.newInputStream(file)) {
                id = services.get(BackupService.class).restore(file.getFileName().toString(), in);
            }
            spec.commandLine().getOut().printf("%s: restored as project %d%n", file, id);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
