package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path gold;

    @Test
    void scoresAFolderLaidOutLikeMacDev() throws Exception {
        // Four unmistakable 1-1 pairs; the gold standard joins the last two into a 2-2 bead, so the
        // aligner's [2]:[2] and [3]:[3] are strict misses but lax hits.
        write("zh/001", "李磊于 2016 年加入字节跳动。", "他发表了 40 多篇论文。", "吴恩达在 2011 年离开了谷歌。", "李飞飞在 2017 年回到了斯坦福。");
        write("en/001", "Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.",
                "Wu Enda left Google in 2011.", "Li Feifei returned to Stanford in 2017.");
        write("gold/001.align", "[0]:[0]", "[1]:[1]", "[2,3]:[2,3]");

        String out = run("eval", "--src-lang", "zh", "--tgt-lang", "en", gold.toString());

        // precision: 2 strict hits of 4, all 4 lax hits; recall: 2 of 3 gold beads strictly, 3 laxly
        assertThat(out).containsPattern("(?m)^001\\s+0\\.500\\s+0\\.667\\s+0\\.571\\s+1\\.000\\s+1\\.000\\s+1\\.000$");
        assertThat(out).containsPattern("(?m)^all\\s+0\\.500\\s+0\\.667\\s+0\\.571\\s+1\\.000\\s+1\\.000\\s+1\\.000$");
        assertThat(out).contains("confidence", ">= 0.90");
    }

    @Test
    void scoresAFolderLaidOutLikeUdhr() throws Exception {
        write("text.en.txt", "Article 1", "All human beings are born free and equal in dignity and rights.", "Article 2");
        write("text.id.txt", "Pasal 1", "Semua orang dilahirkan merdeka dan mempunyai martabat dan hak-hak yang sama.", "Pasal 2");
        write("gold.en-id.align", "[0]:[0]", "[1]:[1]", "[2]:[2]");

        String out = run("eval", "--src-lang", "en", "--tgt-lang", "id", gold.toString());

        assertThat(out).containsPattern("(?m)^en-id\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000$");
    }

    @Test
    void aMalformedGoldLineIsReportedWithItsFileAndLine() throws Exception {
        write("zh/001", "一。");
        write("en/001", "One.");
        write("gold/001.align", "[0]:[0]", "0-0");

        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "--src-lang", "zh", "--tgt-lang", "en", gold.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("001.align, line 2: Not a bead of the form [0,1]:[2]: \"0-0\"");
    }

    @Test
    void scoresHandMadeLinksBetweenTextsThatAreNotTranslations() throws Exception {
        // the seeds' English story and Chinese article with the project's own hand-made links
        Path seeds = Path.of("src/test/resources/gold/seeds-en-zh");

        String out = run("eval", "--src-lang", "en", "--tgt-lang", "zh", seeds.toString());

        assertThat(out).contains("claimed", "P at >= 0.8");
        assertThat(out).containsPattern("(?m)^all\\s+\\d+\\s+20\\s+0\\.\\d{3}\\s+0\\.\\d{3}\\s+0\\.\\d{3}");
    }

    @Test
    void aTranslationShuffledAndThinnedKeepsItsTrueLinksForTheSentencesKept() throws Exception {
        write("zh/001", "李磊于 2016 年加入字节跳动。", "他发表了 40 多篇论文。", "吴恩达在 2011 年离开了谷歌。", "李飞飞在 2017 年回到了斯坦福。");
        write("en/001", "Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.",
                "Wu Enda left Google in 2011.", "Li Feifei returned to Stanford in 2017.");
        write("gold/001.align", "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");

        GoldFolder.GoldPair pair = GoldFolder.pairs(gold, "zh", "en").getFirst();
        ComparableGold.LinkedPair shuffled = ComparableGold.shuffledAndThinned(pair, 7);

        assertThat(shuffled.gold()).hasSize(shuffled.targetSentences().size());
        for (long key : shuffled.gold()) {
            int source = (int) (key / 1_000_000);
            int target = (int) (key % 1_000_000);
            assertThat(shuffled.targetSentences().get(target)).isEqualTo(pair.targetSentences().get(source));
        }
        String out = run("eval", "--src-lang", "zh", "--tgt-lang", "en", "--shuffle-thin", "7", gold.toString());
        assertThat(out).containsPattern("(?m)^001~7\\s+\\d+\\s+" + shuffled.gold().size() + "\\s");
    }

    @Test
    void showPrintsEachMissedPairWithItsSentencesAndTheTargetRecallCountsSentencesNotPairs() throws Exception {
        write("a.en.txt", "Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.");
        write("a.zh.txt", "李磊于 2016 年加入字节跳动。", "他发表了 40 多篇论文。");
        // target 1 has two gold pairs, 1-1 and 0-1: finding one of them finds the sentence
        write("links.en-zh.tsv", "0\t0", "1\t1", "0\t1");

        String out = run("eval", "--show", "--src-lang", "en", "--tgt-lang", "zh", gold.toString());

        assertThat(out).contains("R-target");
        assertThat(out).containsPattern("(?m)^all\\s+2\\s+3\\s+1\\.000\\s+0\\.667\\s+0\\.800\\s+1\\.000");
        assertThat(out).contains("  missed 0-1\n    Li Lei joined ByteDance in 2016.\n    他发表了 40 多篇论文。");
        assertThat(out).doesNotContain("wrong");
    }

    @Test
    void aMalformedLinkIsReportedWithItsFileAndLine() throws Exception {
        write("a.en.txt", "One.", "Two.");
        write("a.zh.txt", "一。");
        write("links.en-zh.tsv", "# English\tChinese", "0\t0", "1\t5");

        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "--src-lang", "en", "--tgt-lang", "zh", gold.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("links.en-zh.tsv, line 3: no sentence 1 or 5 in the texts");
    }

    @Test
    void aNameListThatIsNotThereIsNamedInTheMessage() throws Exception {
        write("a.en.txt", "Andrew Ng left.");
        write("a.zh.txt", "吴恩达离开了。");
        write("links.en-zh.tsv", "0\t0");
        String missing = gold.resolve("names.csv").toString();

        var err = new StringWriter();
        int code = AlineaCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "--names", missing, "--src-lang", "en",
                "--tgt-lang", "zh", gold.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": no such file");
    }

    private void write(String name, String... lines) throws Exception {
        Commands.write(gold, name, lines);
    }

    private static String run(String... args) {
        return Commands.run(args);
    }
}
