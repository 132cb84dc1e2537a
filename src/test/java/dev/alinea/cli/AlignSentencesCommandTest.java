package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.alinea.cli.Commands.Result;

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

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", src.toString(), tgt.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]");
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        Path missing = dir.resolve("missing.txt");

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", missing.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(missing + ": no such file");
    }

    @Test
    void missingLanguagesAreAUsageError() {
        Result result = Commands.execute("align-sentences", "a.txt", "b.txt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--src-lang");
    }

    @Test
    void alignsTheFilesOfTwoFoldersPairedByNameInNameOrder() throws Exception {
        Path src = Files.createDirectories(dir.resolve("zh"));
        Path tgt = Files.createDirectories(dir.resolve("en"));
        writePair(src.resolve("b"), tgt.resolve("b"), 3);
        writePair(src.resolve("a"), tgt.resolve("a"), 7);

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", "--threads", "2", src.toString(), tgt.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "# " + src.resolve("a") + "\t" + tgt.resolve("a"), "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]",
                "# " + src.resolve("b") + "\t" + tgt.resolve("b"), "[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @Test
    void alignsTheListedPairsIntoOneFileEach() throws Exception {
        writePair(dir.resolve("one.zh"), dir.resolve("one.en"), 7);
        writePair(dir.resolve("two.zh"), dir.resolve("two.en"), 3);
        Path list = Files.writeString(dir.resolve("pairs.tsv"), "# source\ttarget\none.zh\tone.en\n\ntwo.zh two.en\n");
        Path out = dir.resolve("out");

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", "--batch", list.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("one.zh.align"))).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]");
        assertThat(Files.readAllLines(out.resolve("two.zh.align"))).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @Test
    void aMissingFileInABatchIsNamedAndTheOtherPairsAligned() throws Exception {
        writePair(dir.resolve("two.zh"), dir.resolve("two.en"), 3);
        Path list = Files.writeString(dir.resolve("pairs.tsv"), "gone.zh\tgone.en\ntwo.zh\ttwo.en\n");

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", "--batch", list.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(dir.resolve("gone.zh") + ": no such file");
        assertThat(result.out().lines().toList()).containsExactly("# " + dir.resolve("two.zh") + "\t" + dir.resolve("two.en"), "[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @Test
    void aFileThatOnlyOneFolderHoldsIsNamed() throws Exception {
        Path src = Files.createDirectories(dir.resolve("zh"));
        Path tgt = Files.createDirectories(dir.resolve("en"));
        writePair(src.resolve("a"), tgt.resolve("a"), 3);
        Files.writeString(src.resolve("extra"), "多出来的句子。\n");

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", src.toString(), tgt.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(src.resolve("extra") + ": no file of the same name in " + tgt);
    }

    @Test
    void aListLineWithoutTwoFilesIsNamed() throws Exception {
        Path list = Files.writeString(dir.resolve("pairs.tsv"), "only-one.zh\n");

        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", "--batch", list.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(list + ", line 1: expected a source and a target file");
    }

    @Test
    void filesAndAListTogetherAreAUsageError() {
        Result result = Commands.execute("align-sentences", "--src-lang", "zh", "--tgt-lang", "en", "--batch", "pairs.tsv", "a.txt", "b.txt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("either SRC and TGT or --batch LIST");
    }

    private static final List<String> CHINESE = List.of("李磊离开了字节跳动公司。", "他加入了加州大学担任教授。", "他的团队专注于内容平台。",
            "这是一个只有中文版本才有的很长的句子，它在英文版本中没有任何对应的内容，所以应该单独成为一个珠子。", "他发表了四十多篇学术论文。",
            "他离开的原因目前尚不清楚。", "他说他很看重团队里的人。");
    private static final List<String> ENGLISH = List.of("Li Lei has left the company ByteDance.",
            "He joined the University of California as a professor.", "His team focuses on content platforms.",
            "He has published more than forty academic papers.", "The reasons for his departure are still unclear.",
            "He said he values the people on his team.");

    /** The first {@code sentences} Chinese sentences of the example above and their English. */
    private static void writePair(Path src, Path tgt, int sentences) throws Exception {
        Files.write(src, CHINESE.subList(0, sentences));
        Files.write(tgt, ENGLISH.subList(0, sentences == 7 ? 6 : sentences));
    }
}
