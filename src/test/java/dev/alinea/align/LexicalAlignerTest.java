package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.TikaTextExtractor;

class LexicalAlignerTest {

    private static List<String> seed(String name, String language) {
        String text = new TikaTextExtractor().extract(name, Seeds.stream(name)).text();
        return new SentenceSegmenter(language).segment(text).stream().map(Segment::text).toList();
    }

    @Test
    void aTranslationBetweenLanguagesWithoutADictionaryWhoseSentencesShareNothingIsAlignedByLength() {
        // French and German: no dictionary, no name, number or cognate in common; before, read as unrelated and nothing paired
        List<String> french = List.of("Le matin, la ville était calme.", "Les boulangers ouvraient leurs portes avant l'aube.",
                "Un chat traversa la rue sans se presser.", "Personne ne savait encore ce qui allait arriver.", "Vers midi, le ciel devint sombre.",
                "Les enfants rentrèrent de l'école en courant.", "Leur mère les attendait sur le seuil.", "Elle avait préparé une soupe chaude.",
                "Le soir, la pluie tomba sans relâche.", "Tout le monde resta à la maison.");
        List<String> german = List.of("Am Morgen war die Stadt ruhig.", "Die Bäcker öffneten ihre Türen vor der Morgendämmerung.",
                "Eine Katze überquerte gemächlich die Straße.", "Noch wusste niemand, was geschehen würde.", "Gegen Mittag wurde der Himmel dunkel.",
                "Die Kinder rannten von der Schule nach Hause.", "Ihre Mutter wartete auf der Schwelle auf sie.", "Sie hatte eine heiße Suppe gekocht.",
                "Am Abend regnete es unaufhörlich.", "Alle blieben zu Hause.");

        PairAlignment alignment = new LexicalAligner("fr", "de").alignPair(french, german);

        assertThat(alignment.contrast()).isGreaterThanOrEqualTo(LexicalAligner.TRANSLATION_CONTRAST);
        assertThat(alignment.beads()).extracting(Bead::format).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[5]",
                "[6]:[6]", "[7]:[7]", "[8]:[8]", "[9]:[9]");
    }

    @Test
    void aShortTranslationIsNotReadWithMovedPassagesWhenNoNeighbourTellsAMoveFromAnOrder() {
        // four sentences: no sentence 7 or 13 away to compare with; before, the last pair, sharing nothing, was split into two rows
        List<String> french = List.of("Marie Curie est née à Varsovie en 1867.", "Elle a reçu deux prix Nobel.", "Elle est morte en 1934 à Passy.",
                "Son mari Pierre travaillait avec elle.");
        List<String> german = List.of("Marie Curie wurde 1867 in Warschau geboren.", "Sie erhielt drei Nobelpreise.", "Sie starb 1935 in Passy.",
                "Ihr Mann Paul arbeitete mit ihr.");

        assertThat(new LexicalAligner("fr", "de").align(french, german)).extracting(Bead::format)
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");
    }

    @Test
    void alignsTheIndonesianTranslationAndLeavesTheOmittedCaptionAlone() {
        List<String> english = seed(Seeds.ENGLISH, "en");
        List<String> indonesian = seed(Seeds.INDONESIAN, "id");

        PairAlignment alignment = new LexicalAligner("en", "id").alignPair(english, indonesian);

        int caption = english.indexOf("Li Lei, former ByteDance’s AI Lab director (Source: Sina)");
        assertThat(alignment.beads()).anySatisfy(b -> assertThat(b.format()).isEqualTo("[" + caption + "]:[]"));
        Bead ng = beadOfSource(alignment.beads(), english, "Andrew Ng");
        assertThat(String.join(" ", indonesian.subList(ng.tgtStart(), ng.tgtEnd()))).contains("Wu Enda");
        assertThat(alignment.isTranslation()).isTrue();
        assertThat(alignment.beads().stream().filter(b -> b.srcCount() == 1 && b.tgtCount() == 1)).hasSizeGreaterThan(15);
    }

    @Test
    void anUnrelatedTextIsLeftUnpairedAndFlagged() {
        List<String> english = seed(Seeds.ENGLISH, "en");
        List<String> course = seed("course-text.en.unrelated.txt", "en");

        PairAlignment alignment = new LexicalAligner("en", "en").alignPair(english, course);

        assertThat(alignment.isTranslation()).isFalse();
        long paired = alignment.beads().stream().filter(b -> b.srcCount() > 0 && b.tgtCount() > 0).count();
        assertThat(paired).isLessThan(english.size() / 4);
    }

    @Test
    void aComparableArticleIsMostlyUnpairedRatherThanForcedIntoPairs() {
        List<String> english = seed(Seeds.ENGLISH, "en");
        List<String> chinese = seed(Seeds.CHINESE, "zh");

        PairAlignment alignment = new LexicalAligner("en", "zh").alignPair(english, chinese);

        assertThat(alignment.isTranslation()).isFalse();
        long unpairedEnglish = alignment.beads().stream().filter(b -> b.tgtCount() == 0).mapToInt(Bead::srcCount).sum();
        assertThat(unpairedEnglish).isGreaterThan(english.size() / 2);
    }

    @Test
    void numbersAndNamesAnchorChineseToEnglish() {
        List<String> chinese = List.of("李磊于 2016 年加入字节跳动。", "他发表了四十多篇论文。", "李飞飞和吴恩达也回到了学术界。");
        List<String> english = List.of("Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.",
                "Fei-Fei Li and Wu Enda also returned to academia.");

        List<Bead> beads = new LexicalAligner("zh", "en").align(chinese, english);

        assertThat(beads).extracting(Bead::format).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @RepeatedTest(10)
    void beadsCoverEverySentenceExactlyOnceInOrder() {
        Random random = new Random();
        List<String> words = List.of("the", "scientist", "university", "left", "joined", "40", "Li", "Lei", "data", "research");
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            source.add(sentence(random, words));
        }
        for (int i = random.nextInt(40); i > 0; i--) {
            target.add(sentence(random, words));
        }

        List<Bead> beads = new LexicalAligner("en", "id").align(source, target);

        int src = 0;
        int tgt = 0;
        for (Bead bead : beads) {
            assertThat(bead.srcStart()).isEqualTo(src);
            assertThat(bead.tgtStart()).isEqualTo(tgt);
            assertThat(bead.confidence()).isBetween(0.0, 1.0);
            src = bead.srcEnd();
            tgt = bead.tgtEnd();
        }
        assertThat(src).isEqualTo(source.size());
        assertThat(tgt).isEqualTo(target.size());
    }

    private static String sentence(Random random, List<String> words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 1 + random.nextInt(12); w > 0; w--) {
            sentence.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        return sentence.toString().strip() + ".";
    }

    private static Bead beadOfSource(List<Bead> beads, List<String> source, String needle) {
        return beads.stream().filter(b -> String.join(" ", source.subList(b.srcStart(), b.srcEnd())).contains(needle)).findFirst().orElseThrow();
    }
}
