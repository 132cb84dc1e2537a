package dev.alinea.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.alinea.AlineaVersion;

/** The top-level {@code alinea} command and its subcommands. */
@Command(name = "alinea", mixinStandardHelpOptions = true, versionProvider = AlineaCommand.Version.class,
        description = "Aligns versions of a text sentence by sentence. Without a subcommand, starts the web workbench.",
        subcommands = {AlignCommand.class, AlignSentencesCommand.class, EvalCommand.class, EvalDivergencesCommand.class, BenchCommand.class,
                ExportCommand.class, UserCommand.class, BackupCommand.Backup.class, BackupCommand.Restore.class, CommandLine.HelpCommand.class})
public final class AlineaCommand {

    /**
     * Runs a subcommand with standard output and error in UTF-8.
     *
     * @return the process exit code: 0 on success, 1 for bad input, 2 for a usage error
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a subcommand with the given output and error writers (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AlineaCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("alinea: " + e.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Alinea " + AlineaVersion.current()};
        }
    }
}
