package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark on its own fixture: 14 English and 13 Indonesian sentences of one story, aligned in
 * 13 rows, 12 of them 1-1 (sentences 8 and 9 of the English make one Indonesian sentence, and say
 * "5 pages" where the Indonesian says 6: the fixture's one divergence). Numbers are digits on both
 * sides (and "eight"/"delapan", after a digit), so every changed number is certain to be found.
 */
class EvalDivergencesCommandTest {

    private static final Pattern ALL_LINE = Pattern.compile("(?m)^all\\s+13\\s+(\\S+)((?:\\s+\\d+\\.\\d)+)\\s+"
            + "(\\S+) \\((\\d+)/(\\d+)\\)\\s+(\\S+) \\((\\d+)/(\\d+)\\)\\s+(\\S+) \\((\\d+)/(\\d+)\\)\\s+(\\S+) \\((\\d+)/(\\d+)\\)$");

    @TempDir
    Path temp;

    @Test
    void flagsTheFixturesOneNumberMismatchIn13Rows() throws Exception {
        String out = run("eval-divergences", "--src-lang", "en", "--tgt-lang", "id", fixture());

        assertThat(out.lines().findFirst().orElseThrow()).startsWith("file").contains("flags/100", "NUMBER_MISMATCH", "recall-number",
                "recall-name", "recall-omission", "recall-partial");
        // 1 divergence in 13 rows: 7.7 per 100 rows, all of it NUMBER_MISMATCH (the fourth type column).
        Matcher all = all(out);
        assertThat(all.group(1)).isEqualTo("7.7");
        assertThat(all.group(2).strip().split("\\s+")).containsExactly("0.0", "0.0", "0.0", "7.7", "0.0", "0.0", "0.0");
        assertThat(out).containsPattern("(?m)^en-id\\s+13\\s+7\\.7\\s");
    }

    @Test
    void injectsEachKindIntoEveryQualifyingRowAndFindsEveryChangedNumberAndEveryDeletion() throws Exception {
        String out = run("eval-divergences", "--src-lang", "en", "--tgt-lang", "id", "--seed", "1", "--injections", "50", fixture());

        Matcher all = all(out);
        // number: the 7 one-to-one rows with a number; name: the 7 with a name that does not open the
        // sentence (Jakarta, Siti, Toraja, Budi, Maria, Andi, Jalan Merdeka); omission and partial: all 12.
        assertThat(injected(all, 0)).isEqualTo(7);
        assertThat(injected(all, 1)).isEqualTo(7);
        assertThat(injected(all, 2)).isEqualTo(12);
        assertThat(injected(all, 3)).isEqualTo(12);
        for (int kind = 0; kind < 4; kind++) {
            assertThat(found(all, kind)).isBetween(0, injected(all, kind));
        }
        // Certain: a digit changed on one side is a number mismatch; an emptied cell between aligned rows, an omission.
        assertThat(all.group(3)).isEqualTo("1.000");
        assertThat(all.group(9)).isEqualTo("1.000");
        // What the detector gives today: a replaced name is reported as another rendering or a missing name.
        assertThat(found(all, 1)).isEqualTo(7);
    }

    @Test
    void injectsAtMostTheAskedNumberPerKind() throws Exception {
        Matcher all = all(run("eval-divergences", "--src-lang", "en", "--tgt-lang", "id", "--injections", "3", fixture()));

        for (int kind = 0; kind < 4; kind++) {
            assertThat(injected(all, kind)).isEqualTo(3);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbers() throws Exception {
        String[] args = {"eval-divergences", "--src-lang", "en", "--tgt-lang", "id", "--seed", "42", fixture()};

        assertThat(run(args)).isEqualTo(run(args));
    }

    @Test
    void readsTheMacDevLayoutWithOneLinePerFile() throws Exception {
        write("zh/001", "李磊于 2016 年加入字节跳动。", "他发表了 40 多篇论文。");
        write("en/001", "Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.");
        write("gold/001.align", "[0]:[0]", "[1]:[1]");
        write("zh/002", "吴恩达在 2011 年离开了谷歌。");
        write("en/002", "Wu Enda left Google in 2011.");
        write("gold/002.align", "[0]:[0]");

        String out = run("eval-divergences", "--src-lang", "zh", "--tgt-lang", "en", temp.toString());

        assertThat(out).containsPattern("(?m)^001\\s+2\\s").containsPattern("(?m)^002\\s+1\\s").containsPattern("(?m)^all\\s+3\\s");
        // Every row has a number: 2 + 1 number injections, and as many omissions.
        assertThat(out).containsPattern("(?m)^all .* \\(\\d/3\\)\\s+\\S+ \\(\\d/\\d\\)\\s+1\\.000 \\(3/3\\)");
    }

    @Test
    void aGoldBeadBeyondTheTextIsReportedWithItsFile() throws Exception {
        write("text.en.txt", "One sentence.");
        write("text.id.txt", "Satu kalimat.");
        write("gold.en-id.align", "[0]:[0]", "[1]:[]");

        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval-divergences", "--src-lang", "en",
                "--tgt-lang", "id", temp.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("gold.en-id.align: the gold standard names source sentence 1, but the text has 1");
    }

    private static Matcher all(String out) {
        Matcher all = ALL_LINE.matcher(out);
        assertThat(all.find()).as(out).isTrue();
        return all;
    }

    /** Kinds in column order: number, name, omission, partial. */
    private static int found(Matcher all, int kind) {
        return Integer.parseInt(all.group(4 + 3 * kind));
    }

    private static int injected(Matcher all, int kind) {
        return Integer.parseInt(all.group(5 + 3 * kind));
    }

    private static String fixture() throws URISyntaxException {
        return Path.of(EvalDivergencesCommandTest.class.getResource("/eval-divergences/gold.en-id.align").toURI()).getParent().toString();
    }

    private void write(String name, String... lines) throws Exception {
        Commands.write(temp, name, lines);
    }

    private static String run(String... args) {
        return Commands.run(args);
    }
}
