package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.alinea.language.Languages;

/**
 * Partial translations found by how much of each cell the other renders: the UDHR in English
 * and Indonesian, and in Indonesian and Chinese (../shared/gold, read at run time), aligned by its
 * gold standard, untouched and with one cell cut to its first 40 %.
 */
class ContentCoverageTest {

    private static List<List<String>> rows;
    /** Indonesian and Chinese: no dictionary of their own (one is composed through English), so the word pairs learned from the rows weigh most. */
    private static List<List<String>> idZh;

    private final DivergenceDetector detector = new DivergenceDetector();

    @BeforeAll
    static void readTheGoldRows() throws IOException {
        rows = UdhrGoldRows.read("en", "id");
        idZh = UdhrGoldRows.read("id", "zh");
    }

    private List<Divergence> partial(List<List<String>> cells) {
        return lengthOutliers("en", "id", cells);
    }

    private List<Divergence> partialIdZh(List<List<String>> cells) {
        return lengthOutliers("id", "zh", cells);
    }

    private List<Divergence> lengthOutliers(String first, String second, List<List<String>> cells) {
        return detector.detect(List.of(first, second), List.of(true, true), cells).divergences().stream()
                .filter(d -> d.type() == DivergenceType.LENGTH_OUTLIER).toList();
    }

    /** The row with its cell in one version cut to the first 40 % of its characters, at a space. */
    private static List<List<String>> cut(int row, int version) {
        String text = rows.get(row).get(version);
        return UdhrGoldRows.replaced(rows, row, version, text.substring(0, text.lastIndexOf(' ', (int) (text.length() * 0.4))).strip());
    }

    /** A long row of the declaration: the rights of article 25 or so, well over 40 words. */
    private static int longRow() {
        int longest = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(0).length() > rows.get(longest).get(0).length()) {
                longest = r;
            }
        }
        return longest;
    }

    @Test
    void theFaithfulTranslationHasNoPartialRow() {
        assertThat(rows).hasSizeGreaterThan(ContentCoverage.MIN_ROWS);
        assertThat(partial(rows)).isEmpty();
    }

    @Test
    void anIndonesianCellCutTo40PercentIsOnlyPartTranslated() {
        int row = longRow();

        assertThat(partial(cut(row, 1))).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(row);
            assertThat(d.spans()).singleElement().satisfies(span -> assertThat(span.document()).isEqualTo(1));
            assertThat(d.explanation()).startsWith("The Indonesian is ").endsWith("of the length the English leads one to expect: only part translated?");
        });
    }

    @Test
    void anEnglishCellCutTo40PercentMakesTheIndonesianLookLikeAnAddedGloss() {
        int row = longRow();

        assertThat(partial(cut(row, 0))).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(row);
            assertThat(d.explanation()).startsWith("The Indonesian is much longer than the English leads one to expect").endsWith("an added gloss?");
        });
    }

    @Test
    void eachOfTenShortenedRowsIsFoundWhateverItsLength() {
        int found = 0;
        int tried = 0;
        for (int r = 0; r < rows.size() && tried < 10; r += 3) {
            if (rows.get(r).get(1).split(" ").length < 10) {
                continue; // too short to cut at 40 % and keep words
            }
            tried++;
            int row = r;
            found += partial(cut(r, 1)).stream().anyMatch(d -> d.row() == row) ? 1 : 0;
        }
        assertThat(tried).isEqualTo(10);
        assertThat(found).isGreaterThanOrEqualTo(9);
    }

    @Test
    void aLongNeighbourHidesACutRowOnlyWhenItHoldsWhatTheRowLacks() {
        int row = longRow();
        int neighbour = row + 1;
        String full = rows.get(row).get(1);
        List<List<String>> changed = cut(row, 1);
        String kept = changed.get(row).get(1);

        // The rest of the cut sentence in the next row: the rows are cut elsewhere, nothing is missing.
        List<List<String>> moved = new ArrayList<>(changed);
        moved.set(neighbour, List.of(rows.get(neighbour).get(0), full.substring(kept.length()).strip() + " " + rows.get(neighbour).get(1)));
        assertThat(partial(moved)).noneMatch(d -> d.row() == row);

        // As long a stretch of unrelated text there (an added passage) holds none of it: the cut row is still only part translated.
        String unrelated = "Ibu memasak nasi goreng dengan bawang merah, cabai dan kecap manis di dapur kecil setiap pagi sebelum matahari terbit. ";
        StringBuilder added = new StringBuilder();
        while (added.length() < full.length() - kept.length()) {
            added.append(unrelated);
        }
        List<List<String>> padded = new ArrayList<>(changed);
        padded.set(neighbour, List.of(rows.get(neighbour).get(0), added + rows.get(neighbour).get(1)));
        assertThat(partial(padded)).anyMatch(d -> d.row() == row && d.spans().getFirst().document() == 1);
    }

    @Test
    void aCellStoppingMidSentenceIsCutWhereTheSameLengthEndingASentenceIsNot() {
        int found = 0;
        int foundEnded = 0;
        int tried = 0;
        for (int r = 0; r < rows.size(); r++) {
            String text = rows.get(r).get(1);
            int at = text.lastIndexOf(' ', (int) (text.length() * 0.6));
            if (text.split(" ").length < 15 || !Languages.endsSentence(text) || at < 0) {
                continue;
            }
            tried++;
            int row = r;
            String kept = text.substring(0, at).strip().replaceAll("[,;:]$", "");
            found += partial(UdhrGoldRows.replaced(rows, r, 1, kept)).stream().anyMatch(d -> d.row() == row) ? 1 : 0;
            foundEnded += partial(UdhrGoldRows.replaced(rows, r, 1, kept + ".")).stream().anyMatch(d -> d.row() == row) ? 1 : 0;
        }
        assertThat(tried).isGreaterThan(20);
        assertThat(found).isGreaterThan(foundEnded);
        assertThat((double) found / tried).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theFaithfulIndonesianAndChineseHaveNoPartialRow() {
        assertThat(partialIdZh(idZh)).isEmpty();
    }

    @Test
    void anIndonesianCellCutToItsSubjectIsOnlyPartOfTheChinese() {
        int row = rowStartingWith("Setiap orang berhak atas sesuatu kewarga-negaraan.");

        assertThat(partialIdZh(replaced(row, 0, "Setiap orang berhak"))).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(row);
            assertThat(d.spans()).singleElement().satisfies(span -> assertThat(span.document()).isEqualTo(0));
        });
    }

    @Test
    void aChineseCellCutMidSentenceIsOnlyPartOfTheIndonesian() {
        int row = rowStartingWith("Semua orang dilahirkan merdeka");

        assertThat(partialIdZh(replaced(row, 1, "人人生而自由,在尊严和权利上一律平"))).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(row);
            assertThat(d.explanation()).startsWith("The Chinese is ").endsWith("of the length the Indonesian leads one to expect: only part translated?");
        });
    }

    @Test
    void mostIndonesianAndChineseCellsCutTo40PercentAreFound() {
        int found = 0;
        int tried = 0;
        for (int r = 0; r < idZh.size(); r += 2) {
            int version = r % 4 == 0 ? 0 : 1;
            String text = idZh.get(r).get(version);
            int keep = (int) (text.length() * 0.4);
            String kept = version == 0 ? text.substring(0, Math.max(0, text.lastIndexOf(' ', keep))).strip() : text.substring(0, keep);
            if (kept.codePoints().filter(Character::isLetter).count() < 4) {
                continue; // too little left to compare (an article's heading)
            }
            tried++;
            int row = r;
            found += partialIdZh(replaced(r, version, kept)).stream().anyMatch(d -> d.row() == row) ? 1 : 0;
        }
        assertThat(tried).isGreaterThan(30);
        assertThat((double) found / tried).isGreaterThanOrEqualTo(0.75);
    }

    private static int rowStartingWith(String indonesian) {
        return UdhrGoldRows.firstRow(idZh, text -> text.startsWith(indonesian), "starts with " + indonesian);
    }

    /** The Indonesian and Chinese rows with one cell replaced. */
    private static List<List<String>> replaced(int row, int version, String text) {
        return UdhrGoldRows.replaced(idZh, row, version, text);
    }

    @Test
    void aFewRowsFallBackToTheLengthRatioAlone() {
        List<List<String>> few = new ArrayList<>(rows.subList(0, ContentCoverage.MIN_ROWS - 1));
        assertThat(partial(few)).isEmpty();
    }
}
