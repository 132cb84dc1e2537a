package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.alinea.cli.Commands.Result;

class BenchCommandTest {

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void goldFolder() throws Exception {
        folder = dir.resolve("gold-folder");
        Files.createDirectories(folder.resolve("zh"));
        Files.createDirectories(folder.resolve("en"));
        Files.createDirectories(folder.resolve("gold"));
        Files.write(folder.resolve("zh/001"), List.of("李磊离开了字节跳动公司。", "他加入了加州大学担任教授。", "他发表了四十多篇学术论文。"));
        Files.write(folder.resolve("en/001"), List.of("Li Lei has left the company ByteDance.",
                "He joined the University of California as a professor.", "He has published more than forty academic papers."));
        Files.write(folder.resolve("gold/001.align"), List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"));
    }

    @Test
    void printsTimeMemoryAndF1PerInputAndRunsTheComparedCommandOnTheSameFiles() throws Exception {
        Path log = dir.resolve("compared.log");

        Result result = Commands.execute("bench", "--src-lang", "zh", "--tgt-lang", "en", "--sizes", "4,8", "--repeat", "1",
                "--compare", "cat {src} {tgt} >> '" + log + "'", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).anyMatch(line -> line.matches("folder \\(1\\) +3 +3 alinea +[0-9.]+ +[0-9.]+ +[0-9]+ +1\\.000"));
        assertThat(lines).anyMatch(line -> line.matches("4 +6 +6 alinea .* 1\\.000"));
        assertThat(lines).anyMatch(line -> line.matches("8 +9 +9 alinea .* 1\\.000"));
        assertThat(lines).anyMatch(line -> line.matches("8 +9 +9 compare +[0-9.]+ +[0-9.]+ +[0-9]+ +-"));
        // 3 + 3 lines for the folder, 6 + 6 for size 4, 9 + 9 for size 8: the command saw each input's two files.
        assertThat(Files.readAllLines(log)).hasSize(36).containsSubsequence("李磊离开了字节跳动公司。", "他发表了四十多篇学术论文。",
                "Li Lei has left the company ByteDance.");
    }

    @Test
    void aFailingComparedCommandIsReportedWithItsError() {
        Result result = Commands.execute("bench", "--src-lang", "zh", "--tgt-lang", "en", "--sizes", "3", "--repeat", "1",
                "--compare", "echo no dictionary >&2; exit 3", folder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The --compare command exited with 3").contains("(no dictionary)");
    }

    @Test
    void aFolderWithoutGoldIsTimedWithoutF1() throws Exception {
        Files.delete(folder.resolve("gold/001.align"));
        Files.delete(folder.resolve("gold"));

        Result result = Commands.execute("bench", "--src-lang", "zh", "--tgt-lang", "en", "--sizes", "3", "--repeat", "1", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).anyMatch(line -> line.matches("folder \\(1\\) +3 +3 alinea .* -"));
    }

    @Test
    void timesAThreeWayProjectWithAComparableVersionPerSize() {
        Result result = Commands.execute("bench", "--src-lang", "zh", "--tgt-lang", "en", "--sizes", "16", "--repeat", "1", "--comparable",
                folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // the texts joined to 18 sentences (whole texts), the translation's 18 and part of them again, shuffled
        assertThat(result.out().lines().toList()).anyMatch(line -> line.matches("16 3-way +18 +(19|2[0-9]|3[0-5]) +alinea +[0-9.]+ +[0-9.]+ +[0-9]+ +-"));
    }

    @Test
    void substitutesTheFilesQuotedForTheShell() {
        assertThat(ExternalCommand.substitute("hunalign d.dic {src} {tgt}", Path.of("/tmp/a b"), Path.of("/tmp/it's")))
                .isEqualTo("hunalign d.dic '/tmp/a b' '/tmp/it'\\''s'");
    }
}
