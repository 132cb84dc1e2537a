package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignSentencesCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneBeadPerLineInGoldNotation() throws Exception {
        Path src = Files.writeString(dir.resolve("src.txt"), """
                李磊离开了字节跳动公司。
                他加入了加州大学担任教授。
                他的团队专注于内容平台。
                这是一个只有中文版本才有的很长的句子，它在英文版本中没有任何对应的内容，所以应该单独成为一个珠子。
                他发表了四十多篇学术论文。
                他离开的原因目前尚不清楚。
                他说他很看重团队里的人。
                """);
        Path tgt = Files.writeString(dir.resolve("tgt.txt"), """
                Li Lei has left the company ByteDance.
                He joined the University of California as a professor.
                His team focuses on content platforms.
                He has published more than forty academic papers.
                The reasons for his departure are still unclear.
                He said he values the people on his team.
                """);

        Result result = run("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", src.toString(), tgt.toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.out.lines().toList()).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]");
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        Path missing = dir.resolve("missing.txt");

        Result result = run("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", missing.toString(), missing.toString());

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.err).contains(missing + ": no such file");
    }

    @Test
    void missingLanguagesAreAUsageError() {
        Result result = run("align-sentences", "a.txt", "b.txt");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("--src-lang");
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
