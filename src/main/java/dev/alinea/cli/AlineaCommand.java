package dev.alinea.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.alinea.AlineaVersion;
import dev.alinea.problem.Incident;

/** The top-level {@code alinea} command and its subcommands. */
@Command(name = "alinea", mixinStandardHelpOptions = true, versionProvider = AlineaCommand.Version.class,
        description = "Aligns versions of a text sentence by sentence. Without a subcommand, starts the web workbench.")
public final class AlineaCommand {

    /**
     * The subcommands by name, in the order help lists them. Only the one a command line names is
     * made, so that picocli does not read the options of all of them (and load their classes)
     * before a short command can start.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /**
     * Runs a subcommand with standard output and error in UTF-8.
     *
     * @return the process exit code: 0 on success, 1 for bad input, 2 for a usage error, 3 for a
     *         failure of Alinea's own (told with the id under which it is logged)
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a subcommand with the given output and error writers (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AlineaCommand());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            String fileProblem = fileProblem(e);
            boolean badInput = fileProblem != null || Incident.userError(e).isPresent();
            String message = fileProblem != null ? fileProblem : Incident.messageFor(e, LoggerFactory.getLogger(AlineaCommand.class));
            cmd.getErr().println(cmd.getColorScheme().errorText("alinea: " + message));
            return badInput ? 1 : 3;
        });
        return commandLine.execute(args);
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("align", AlignCommand::new);
        commands.put("align-sentences", AlignSentencesCommand::new);
        commands.put("eval", EvalCommand::new);
        commands.put("eval-divergences", EvalDivergencesCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("add-user", UserCommand::new);
        commands.put("backup", BackupCommand.Backup::new);
        commands.put("restore", BackupCommand.Restore::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** A file named on the command line that cannot be read or written, as "file: reason"; null for any other error. */
    private static String fileProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException problem) {
                String reason = switch (problem) {
                    case NoSuchFileException missing -> "no such file or folder";
                    case java.nio.file.AccessDeniedException denied -> "permission denied";
                    case FileAlreadyExistsException exists -> "exists already";
                    default -> problem.getReason() != null ? problem.getReason() : "cannot be used";
                };
                return problem.getFile() + ": " + reason;
            }
        }
        return null;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Alinea " + AlineaVersion.current()};
        }
    }
}
