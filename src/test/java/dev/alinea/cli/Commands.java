package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs commands as the command line would and writes small input files, for the CLI tests. */
final class Commands {

    private Commands() {
    }

    /** The standard output of a command that must succeed (its error output is the failure's message otherwise). */
    static String run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** What a command returned and printed. */
    record Result(int exitCode, String out, String err) {
    }

    /** Runs a command, whether it succeeds or not. */
    static Result execute(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes lines, each ended by a newline, to {@code folder/name}, making its folders. */
    static void write(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
