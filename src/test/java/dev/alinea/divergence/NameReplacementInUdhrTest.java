package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ordinary title-cased names of the Universal Declaration of Human Rights in English and Chinese
 * (../shared/gold, read at run time): a name swapped for another is found although each stands in
 * a handful of rows only, and the changed row does not teach the swapped-in name the other's rendering.
 */
class NameReplacementInUdhrTest {

    private static List<List<String>> rows;

    @BeforeAll
    static void readTheGoldRows() throws IOException {
        rows = UdhrGoldRows.read("en", "zh");
    }

    private static List<Divergence> names(List<List<String>> cells) {
        return new DivergenceDetector().detect(List.of("en", "zh"), List.of(true, true), cells).divergences().stream()
                .filter(d -> d.type() == DivergenceType.NAME_RENDERING).toList();
    }

    /** The row whose English holds the words. */
    private static int rowContaining(String words) {
        return UdhrGoldRows.firstRow(rows, english -> english.contains(words), "has \"" + words + "\"");
    }

    @Test
    void theFaithfulTranslationHasNoNameDivergence() {
        assertThat(names(rows)).isEmpty();
    }

    @Test
    void theStateInPlaceOfTheDeclarationIsAReplacedName() {
        int row = rowContaining("set forth in this Declaration can be fully realized");
        List<List<String>> changed = new ArrayList<>(rows);
        changed.set(row, List.of(rows.get(row).get(0).replace("this Declaration", "this State"), rows.get(row).get(1)));

        int changedRow = row;
        assertThat(names(changed)).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(changedRow);
            assertThat(d.spans()).extracting(Span::text).contains("State");
            assertThat(d.explanation()).contains("renders \"Declaration\"");
        });
    }

    @Test
    void theDeclarationWhereTheChineseKeepsTheStateIsANameTheChineseDoesNotRender() {
        int row = rowContaining("within the borders of each State");
        List<List<String>> changed = new ArrayList<>(rows);
        changed.set(row, List.of(rows.get(row).get(0).replace("each State", "each Declaration"), rows.get(row).get(1)));

        int changedRow = row;
        List<Divergence> found = new DivergenceDetector().detect(List.of("en", "zh"), List.of(true, true), changed).divergences();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_MISSING);
            assertThat(d.row()).isEqualTo(changedRow);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Declaration");
            assertThat(d.explanation()).contains("the Chinese does not have").contains("宣言");
        });
        assertThat(new DivergenceDetector().detect(List.of("en", "zh"), List.of(true, true), rows).divergences()).isEmpty();
    }
}
