package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.lexicon.TranslationLexicon;

class ComparableAlignerTest {

    private static ComparableAligner.Scored pair(int source, int target, double probability) {
        return new ComparableAligner.Scored(source, target, probability);
    }

    @Test
    void pairsBelowTheThresholdsStayAloneAndEverySentenceHasARowOfItsOwn() {
        List<ComparableAligner.Scored> scored = List.of(pair(0, 1, 0.9), pair(1, 0, ComparableAligner.NEAR - 0.01), pair(2, 3, 0.7));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 3, 4);

        assertThat(result.beads()).extracting(Bead::format)
                .containsExactly("[]:[0]", "[0]:[1]", "[1]:[]", "[]:[2]", "[2]:[3]");
        assertThat(result.links()).isEmpty();
    }

    @Test
    void aPairBelowTheRowsThresholdBetweenTwoRowsBecomesALink() {
        List<ComparableAligner.Scored> scored = List.of(pair(0, 1, 0.9), pair(1, 2, ComparableAligner.CHAIN - 0.01), pair(2, 3, 0.7));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 3, 4);

        assertThat(result.beads()).extracting(Bead::format).containsExactly("[]:[0]", "[0]:[1]", "[1]:[]", "[]:[2]", "[2]:[3]");
        assertThat(result.links()).containsExactly(new Link(0, 1, 1, 2, ComparableAligner.CHAIN - 0.01));
    }

    @Test
    void aWeakPairBetweenRowsFarApartStaysAlone() {
        // between rows 0-0 and 2-9 lie one source and eight target sentences: 1-5 at 0.3 is one guess among many
        List<ComparableAligner.Scored> scored = List.of(pair(0, 0, 0.9), pair(1, 5, 0.3), pair(2, 9, 0.9));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 3, 10);

        assertThat(result.links()).isEmpty();
        assertThat(result.beads()).extracting(Bead::format).contains("[1]:[]", "[]:[5]");
    }

    @Test
    void aMovedPassagePairCrossingTheRowsIsLinkedFromALowerProbabilityThanAContentPair() {
        // the target tells source 4 first, then 0-2: the rows keep 0-2, source 4 crosses them
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(4, 1, 0, 1, 0.6), new MovedPassages.Pair(0, 1, 1, 1, 0.95),
                new MovedPassages.Pair(1, 1, 2, 1, 0.95), new MovedPassages.Pair(2, 1, 3, 1, 0.95));
        List<ComparableAligner.Scored> sameAsContent = List.of(pair(0, 1, 0.95), pair(1, 2, 0.95), pair(2, 3, 0.95), pair(4, 0, 0.6));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, List.of(), 5, 4);
        ComparableAligner.Result byContent = ComparableAligner.fromPairs(sameAsContent, 5, 4);

        assertThat(read.links()).containsExactly(new Link(0, 4, 1, 0, 0.6));
        assertThat(byContent.links()).isEmpty();
    }

    @Test
    void aLonePassageOfTheReadingIsLinkedWhenItsSentencesShareMuchThoughItsPosteriorIsLow() {
        // target 0 is the one sentence kept of a block moved to the front: two jumps leave its posterior low
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(4, 1, 0, 1, 0.25), new MovedPassages.Pair(0, 1, 1, 1, 0.95),
                new MovedPassages.Pair(1, 1, 2, 1, 0.95), new MovedPassages.Pair(2, 1, 3, 1, 0.95));
        List<ComparableAligner.Scored> content = List.of(pair(4, 0, 0.93), pair(3, 3, 0.9), pair(0, 1, 0.5));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, content, 5, 4);
        ComparableAligner.Result readAlone = ComparableAligner.fromPassages(passages, List.of(), 5, 4);

        assertThat(read.links()).containsExactly(new Link(0, 4, 1, 0, 0.93));
        assertThat(readAlone.links()).isEmpty();
        // a content pair the reading does not hold is not added, and a weaker one changes nothing
        assertThat(read.beads()).extracting(Bead::format).contains("[0]:[1]", "[3]:[]");
        assertThat(read.beads()).filteredOn(b -> b.srcStart() == 0 && b.srcCount() == 1).extracting(Bead::confidence).containsExactly(0.95);
    }

    @Test
    void aBeadOfSeveralSentencesClaimsOnlyItsPairsThatShareEvidenceWhenSomeDo() {
        // source 1 read with targets 1 and 2: only 1-1 shares anything (target 2 is a heading whose counterpart was deleted)
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(0, 1, 0, 1, 0.99), new MovedPassages.Pair(1, 1, 1, 2, 0.9),
                new MovedPassages.Pair(2, 2, 3, 1, 0.9));
        // source 2-3 with target 3: neither shares evidence, so the bead is kept whole
        List<ComparableAligner.Scored> content = List.of(pair(0, 0, 0.7), pair(1, 1, 0.6));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, content, 4, 4);

        assertThat(LinkScore.claimed(new PairAlignment(read.beads(), 0, read.links())).keySet())
                .containsExactlyInAnyOrder(LinkScore.key(0, 0), LinkScore.key(1, 1), LinkScore.key(2, 3), LinkScore.key(3, 3));
    }

    @Test
    void theOneSentenceEachTextLeavesBetweenTwoConsecutiveBeadsOfTheReadingIsPaired() {
        // the reading holds 0-0 and 2-2 and left source 1 out and target 1 added: no word of theirs matched
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(0, 1, 0, 1, 0.99), new MovedPassages.Pair(2, 1, 2, 1, 0.96));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, List.of(), 3, 3);

        assertThat(read.beads()).extracting(Bead::format).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
        assertThat(read.beads().get(1).confidence()).isEqualTo(0.96 * ComparableAligner.BETWEEN)
                .isLessThan(LinkScore.CONFIDENT);
    }

    @Test
    void sentencesBetweenTwoBeadsAreNotPairedWhenTheReadingJumpedOrReadOneOfThemElsewhere() {
        // 0-0 then 3-2: two source sentences between; 5-3 then 7-5 with source 6 read at target 7 (after a jump)
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(0, 1, 0, 1, 0.99), new MovedPassages.Pair(3, 1, 2, 1, 0.99),
                new MovedPassages.Pair(5, 1, 3, 1, 0.99), new MovedPassages.Pair(7, 1, 5, 1, 0.99), new MovedPassages.Pair(6, 1, 7, 1, 0.99));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, List.of(), 8, 8);

        assertThat(LinkScore.claimed(new PairAlignment(read.beads(), 0, read.links())).keySet())
                .containsExactlyInAnyOrder(LinkScore.key(0, 0), LinkScore.key(3, 2), LinkScore.key(5, 3), LinkScore.key(7, 5), LinkScore.key(6, 7));
    }

    @Test
    void aVeryLikelyContentPairOfTwoSentencesTheReadingLeftAloneIsLinked() {
        // the reading holds 0-1, 1-2, 2-3; sources 3 and 4, targets 0 and 4 it left alone
        List<MovedPassages.Pair> passages = List.of(new MovedPassages.Pair(0, 1, 1, 1, 0.95), new MovedPassages.Pair(1, 1, 2, 1, 0.95),
                new MovedPassages.Pair(2, 1, 3, 1, 0.95));
        List<ComparableAligner.Scored> content = List.of(pair(4, 0, ComparableAligner.LONE_LINK + 0.02),
                pair(3, 4, ComparableAligner.LONE_LINK - 0.05), pair(0, 4, 0.99), pair(3, 1, 0.99));

        ComparableAligner.Result read = ComparableAligner.fromPassages(passages, content, 5, 5);

        // 3-4 is too weak for a pair the reading did not hold; 0-4 and 3-1 touch sentences it read
        assertThat(read.links()).containsExactly(new Link(0, 4, 1, 0, ComparableAligner.LONE_LINK + 0.02));
        assertThat(read.beads()).extracting(Bead::format).contains("[0]:[1]", "[1]:[2]", "[2]:[3]", "[3]:[]", "[]:[4]");
    }

    @Test
    void aPairCrossingTheOrderOfHeavierPairsBecomesALinkWhenLikely() {
        // 0-3 crosses 1-0 and 2-1, which weigh more together; 0-2 is as unlikely as it is crossing
        List<ComparableAligner.Scored> scored = List.of(pair(0, 2, 0.5), pair(0, 3, 0.85), pair(1, 0, 0.9), pair(2, 1, 0.9));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 3, 4);

        assertThat(result.beads()).extracting(Bead::format).containsExactly("[0]:[]", "[1]:[0]", "[2]:[1]", "[]:[2]", "[]:[3]");
        assertThat(result.links()).containsExactly(new Link(0, 0, 1, 3, 0.85));
    }

    @Test
    void aSentenceMayPairWithTwoNeighboursAndLinkToAThirdFurtherOnWhenThatPairIsLikely() {
        List<ComparableAligner.Scored> scored = List.of(pair(0, 0, 0.8), pair(0, 1, 0.7), pair(0, 4, ComparableAligner.LINK), pair(1, 5, 0.9));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 2, 6);

        assertThat(result.beads()).extracting(Bead::format).containsExactly("[0]:[0,1]", "[]:[2]", "[]:[3]", "[]:[4]", "[1]:[5]");
        assertThat(result.links()).containsExactly(new Link(0, 0, 1, 4, ComparableAligner.LINK));
    }

    @Test
    void aPairOfTheChainThatCannotJoinABeadIsNoLinkUnlessLikelyEnough() {
        // 0-4 keeps the order of 0-0, 0-1 and 1-5, but cannot join 0's bead: it is off the rows, and 0.6 is under LINK
        List<ComparableAligner.Scored> scored = List.of(pair(0, 0, 0.8), pair(0, 1, 0.7), pair(0, 4, 0.6), pair(1, 5, 0.9));

        ComparableAligner.Result result = ComparableAligner.fromPairs(scored, 2, 6);

        assertThat(result.beads()).extracting(Bead::format).containsExactly("[0]:[0,1]", "[]:[2]", "[]:[3]", "[]:[4]", "[1]:[5]");
        assertThat(result.links()).isEmpty();
    }

    @Test
    void theHeaviestOrderKeepingChainWinsOverTheSingleStrongestPair() {
        List<ComparableAligner.Scored> scored = new ArrayList<>();
        scored.add(pair(0, 9, 0.95));
        for (int i = 1; i < 6; i++) {
            scored.add(pair(i, i - 1, 0.8));
        }
        scored.sort(java.util.Comparator.comparingInt(ComparableAligner.Scored::source).thenComparingInt(ComparableAligner.Scored::target));

        List<ComparableAligner.Scored> chain = ComparableAligner.chain(scored, 10);

        assertThat(chain).extracting(ComparableAligner.Scored::source).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aNameTheNameListConfirmsIsEvidenceNoRomanisationGives() {
        List<String> english = List.of("Li Lei joined ByteDance in 2016.", "Andrew Ng was the first to go back to a university.",
                "He has published more than 40 papers.");
        List<String> chinese = List.of("他发表了 40 多篇论文。", "这一趋势最早从吴恩达开始。", "李磊于 2016 年加入字节跳动。");
        NameLexicon names = NameLexicon.of(List.of(java.util.Map.of("en", List.of("Andrew Ng"), "zh", List.of("吴恩达"))));

        List<ComparableAligner.Scored> without = scored(english, chinese, NameLexicon.EMPTY);
        List<ComparableAligner.Scored> with = scored(english, chinese, names);

        // "Andrew Ng" reads as no pinyin of 吴恩达 (Wu Enda): only the name list says they are one person
        assertThat(without).noneMatch(p -> p.source() == 1 && p.target() == 1);
        assertThat(with).anySatisfy(p -> {
            assertThat(p.source()).isEqualTo(1);
            assertThat(p.target()).isEqualTo(1);
            assertThat(p.probability()).isGreaterThan(ComparableAligner.CHAIN);
        });
        // the pairs that pinyin and numbers already made stay as they were
        assertThat(with).filteredOn(p -> p.source() != 1).containsExactlyElementsOf(without);
    }

    @Test
    void aListsNumberingIsNoContent() {
        List<String> english = List.of("Li Lei is one of the leading scientists.", "The company has 2 labs.");
        List<String> chinese = List.of("1、谁是李磊？", "2、反映了怎样的趋势？");

        List<ComparableAligner.Scored> numbered = scored(english, chinese, NameLexicon.EMPTY);
        List<ComparableAligner.Scored> unnumbered = scored(english, List.of("谁是李磊？", "反映了怎样的趋势？"), NameLexicon.EMPTY);

        // "1、" and "2、" number the article's sections: they are no "one of" and no "2 labs"
        assertThat(numbered).noneMatch(p -> p.source() == 1 && p.target() == 1);
        assertThat(numbered).isEqualTo(unnumbered);
        assertThat(numbered).anyMatch(p -> p.source() == 0 && p.target() == 0);
    }

    @Test
    void aLatinNameInThePossessiveMatchesTheNameTheChineseKeepsAsWritten() {
        List<ComparableAligner.Scored> scored = scored(List.of("UCSB’s rules changed.", "Nothing else."), List.of("另外。", "ucsb。"), NameLexicon.EMPTY);

        assertThat(scored).anyMatch(p -> p.source() == 0 && p.target() == 1);
    }

    @Test
    void theSeedSentenceNamingAndrewNgPairsWithTheChineseOneOnceTheNameListKnowsHim() {
        Path folder = Path.of("src/test/resources/gold/seeds-en-zh");
        List<String> english = lines(folder.resolve("story.en.txt"));
        List<String> chinese = lines(folder.resolve("story.zh.txt"));
        int named = english.indexOf(english.stream().filter(s -> s.contains("Andrew Ng")).findFirst().orElseThrow());
        int told = chinese.indexOf(chinese.stream().filter(s -> s.startsWith("这一趋势最早从吴恩达开始")).findFirst().orElseThrow());
        NameLexicon names = NameLexicon.of(List.of(java.util.Map.of("en", List.of("Andrew Ng"), "zh", List.of("吴恩达"))));

        PairAlignment without = new LexicalAligner("en", "zh").alignPair(english, chinese);
        PairAlignment with = new LexicalAligner("en", "zh", names).alignPair(english, chinese);

        assertThat(claims(without, named, told)).isFalse();
        assertThat(claims(with, named, told)).isTrue();
    }

    private static List<ComparableAligner.Scored> scored(List<String> english, List<String> chinese, NameLexicon names) {
        TranslationLexicon lexicon = TranslationLexicon.between("en", "zh");
        SideFeatures.KeyIds keys = new SideFeatures.KeyIds();
        boolean englishTranslates = lexicon.translatingLanguage().equals("en");
        SideFeatures source = SideFeatures.extract(english, "en", lexicon, names, englishTranslates, false, keys);
        SideFeatures target = SideFeatures.extract(chinese, "zh", lexicon, names, !englishTranslates, false, keys);
        return ComparableAligner.score(ContentPairs.compute(source, target, keys.size(), keys.formOnly()));
    }

    /** Whether a bead or a link of the alignment joins the two sentences. */
    private static boolean claims(PairAlignment alignment, int source, int target) {
        return alignment.beads().stream().anyMatch(b -> source >= b.srcStart() && source < b.srcEnd() && target >= b.tgtStart() && target < b.tgtEnd())
                || alignment.links().stream().anyMatch(l -> l.segment() == source && l.otherSegment() == target);
    }

    @Test
    void theSeedArticleIsPairedByContentAndItsMovedFactsAreLinked() {
        List<String> english = Seeds.sentences(Seeds.ENGLISH, "en");
        List<String> chinese = Seeds.sentences(Seeds.CHINESE, "zh");

        PairAlignment alignment = new LexicalAligner("en", "zh").alignPair(english, chinese);

        assertThat(alignment.isTranslation()).isFalse();
        assertThat(alignment.beads()).allSatisfy(b -> assertThat(b.tgtCount()).isLessThanOrEqualTo(3));
        // "more than 40 papers" is told near the end of the article: a link, not a row
        assertThat(alignment.links()).anySatisfy(link -> {
            assertThat(english.get(link.segment())).contains("40 papers");
            assertThat(chinese.get(link.otherSegment())).contains("40 余篇");
            assertThat(link.confidence()).isGreaterThanOrEqualTo(LinkScore.CONFIDENT);
        });
    }

    @Test
    void onTheHandMadeSeedLinksMostPairsFoundAreRightAndTheConfidentOnesAll() {
        Path folder = Path.of("src/test/resources/gold/seeds-en-zh");
        List<String> english = lines(folder.resolve("story.en.txt"));
        List<String> chinese = lines(folder.resolve("story.zh.txt"));
        Set<Long> gold = new HashSet<>();
        for (String line : lines(folder.resolve("links.en-zh.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] fields = line.split("\t");
                gold.add(LinkScore.key(Integer.parseInt(fields[0]), Integer.parseInt(fields[1])));
            }
        }

        LinkScore score = LinkScore.of(new LexicalAligner("en", "zh").alignPair(english, chinese), gold);

        // measured 0.83 / 0.50 (F1 0.63) with 5 of 5 confident pairs right (README)
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.5);
        assertThat(score.confidentPrecision()).isGreaterThanOrEqualTo(0.9);
    }

    private static List<String> lines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
