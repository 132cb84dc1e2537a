package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.alinea.Application;
import dev.alinea.TestDataDirectory;

/** The server's commands: the first administrator, and a project's backup and restore. */
class OperationsCommandIT {

    private static Path dataDir;

    @BeforeAll
    static void createTheDemoProject() {
        dataDir = TestDataDirectory.create("cli-operations-");
        new SpringApplicationBuilder(Application.class).run("--alinea.data-dir=" + dataDir, "--server.port=0").close();
    }

    @Test
    void addsTheFirstAdministratorWithAPasswordFromAFile() throws Exception {
        Path password = Files.writeString(dataDir.resolve("password.txt"), "a long and secret phrase\n");

        Result added = run("add-user", "ada", "--role", "admin", "--password-file", password.toString(), "--data-dir", dataDir.toString());
        Result again = run("add-user", "ada", "--password-file", password.toString(), "--data-dir", dataDir.toString());
        Result shortPassword = run("add-user", "bob", "--password-file", Files.writeString(dataDir.resolve("short.txt"), "short").toString(),
                "--data-dir", dataDir.toString());

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added ada (ADMIN)");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("There is a user named ada already.");
        assertThat(shortPassword.err()).contains("A password needs at least 12 characters (spaces not counted).");
        Result withSetting = run("add-user", "cleo", "--role", "reader", "--password-file", password.toString(), "--data-dir", dataDir.toString(),
                "--alinea.import.max-bytes=1000");
        assertThat(withSetting.code()).as("a workbench setting is passed on: " + withSetting.err()).isZero();
    }

    @Test
    void backsAProjectUpAndRestoresIt() {
        Path file = dataDir.resolve("demo.backup.json.gz");

        Result backup = run("backup", "--project", "1", "--out", file.toString(), "--data-dir", dataDir.toString());
        Result restore = run("restore", file.toString(), "--data-dir", dataDir.toString());
        Result missing = run("restore", dataDir.resolve("nothing.gz").toString(), "--data-dir", dataDir.toString());
        Result typo = run("backup", "--project", "1", "--out", file.toString(), "--data-dir", dataDir.toString(), "--prject");

        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored as project 2");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nothing.gz: no such file");
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).contains("unknown option or argument: --prject");
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
