package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long text keeps the path: the MAC-Dev chapters (../shared/gold, read at run time) appended
 * one after another into one pair of over 3,000 Chinese sentences, long enough for the anchored
 * search of long texts, align about as well as the chapters one by one, also when one chapter is
 * left out of the translation. (Before anchors, the block pass lost the path after the left-out
 * chapter: strict F1 0.793 against 0.826 now.)
 */
class LongTextAlignmentTest {

    private static final Path MAC_DEV = Path.of("../shared/gold/mac-dev");
    private static final int LONG = 3000;
    private static final double TOLERANCE = 0.03;

    private record Chapter(List<String> chinese, List<String> english, List<BeadIds> gold) {
    }

    private static List<Chapter> chapters;
    private static double chapterF1;

    @BeforeAll
    static void readChaptersAndAlignThemOneByOne() throws IOException {
        assumeTrue(Files.isDirectory(MAC_DEV.resolve("gold")), "the MAC-Dev gold set is not at " + MAC_DEV.toAbsolutePath());
        chapters = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAC_DEV.resolve("gold"))) {
            for (Path gold : files.sorted().toList()) {
                String name = gold.getFileName().toString().replace(".align", "");
                chapters.add(new Chapter(Files.readAllLines(MAC_DEV.resolve("zh").resolve(name)), Files.readAllLines(MAC_DEV.resolve("en").resolve(name)),
                        Files.readAllLines(gold).stream().filter(line -> !line.isBlank()).map(BeadIds::parse).toList()));
            }
        }
        AlignmentScore total = AlignmentScore.ZERO;
        for (Chapter chapter : chapters) {
            total = total.plus(score(chapter.gold(), new LexicalAligner("zh", "en").align(chapter.chinese(), chapter.english())));
        }
        chapterF1 = total.strictF1();
    }

    @Test
    void chaptersAppendedAlignAsWellAsOneByOne() {
        Chapter joined = joined(-1);
        assertThat((long) joined.chinese().size() * joined.english().size()).as("long enough for the anchored search").isGreaterThan(4_000_000);

        double f1 = score(joined.gold(), new LexicalAligner("zh", "en").align(joined.chinese(), joined.english())).strictF1();

        assertThat(f1).isGreaterThanOrEqualTo(chapterF1 - TOLERANCE);
    }

    @Test
    void aChapterLeftOutOfTheTranslationDoesNotLoseThePath() {
        Chapter joined = joined(2);

        double f1 = score(joined.gold(), new LexicalAligner("zh", "en").align(joined.chinese(), joined.english())).strictF1();

        assertThat(f1).isGreaterThanOrEqualTo(chapterF1 - TOLERANCE);
    }

    /**
     * The chapters one after another, from the first again, until the Chinese has {@link #LONG}
     * sentences; the English of the chapter at position {@code leftOut} (-1: none) left out, its
     * Chinese sentences then each alone in the gold alignment.
     */
    private static Chapter joined(int leftOut) {
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        List<BeadIds> gold = new ArrayList<>();
        for (int position = 0; chinese.size() < LONG; position++) {
            Chapter chapter = chapters.get(position % chapters.size());
            int chineseOffset = chinese.size();
            int englishOffset = english.size();
            if (position == leftOut) {
                for (int s = 0; s < chapter.chinese().size(); s++) {
                    gold.add(new BeadIds(List.of(chineseOffset + s), List.of()));
                }
            } else {
                chapter.gold().forEach(bead -> gold.add(new BeadIds(bead.source().stream().map(s -> s + chineseOffset).toList(),
                        bead.target().stream().map(t -> t + englishOffset).toList())));
                english.addAll(chapter.english());
            }
            chinese.addAll(chapter.chinese());
        }
        return new Chapter(chinese, english, gold);
    }

    private static AlignmentScore score(List<BeadIds> gold, List<Bead> beads) {
        return AlignmentScore.of(gold, beads.stream().map(BeadIds::of).toList());
    }
}
