package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlignmentScoreTest {

    private static final List<BeadIds> GOLD = beads("[0]:[0]", "[1]:[1]", "[2,3]:[2,3]");

    @Test
    void identicalAlignmentsScoreOne() {
        AlignmentScore score = AlignmentScore.of(GOLD, GOLD);

        assertThat(score.strictF1()).isEqualTo(1.0);
        assertThat(score.laxF1()).isEqualTo(1.0);
    }

    @Test
    void aSplitBeadIsAStrictMissButALaxHit() {
        AlignmentScore score = AlignmentScore.of(GOLD, beads("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"));

        assertThat(score.strictPrecision()).isEqualTo(0.5);
        assertThat(score.strictRecall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.strictF1()).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(score.laxPrecision()).isEqualTo(1.0);
        assertThat(score.laxRecall()).isEqualTo(1.0);
    }

    @Test
    void omissionsCountInPrecisionOnly() {
        List<BeadIds> gold = beads("[0]:[0]", "[1]:[]", "[2]:[1]");
        List<BeadIds> test = beads("[0]:[0]", "[1]:[1]", "[2]:[]");

        AlignmentScore score = AlignmentScore.of(gold, test);

        // precision: [0]:[0] hit; [1]:[1] strict and lax miss (gold maps 1 to nothing); [2]:[] miss
        assertThat(score.precision()).isEqualTo(new AlignmentScore.Counts(1, 2, 1, 2));
        // recall over beads with two sides: gold [0]:[0] hit, gold [2]:[1] missed (test maps 2 to nothing)
        assertThat(score.recall()).isEqualTo(new AlignmentScore.Counts(1, 1, 1, 1));
    }

    @Test
    void countsAddUpAcrossFiles() {
        AlignmentScore one = AlignmentScore.of(GOLD, GOLD);
        AlignmentScore two = AlignmentScore.of(GOLD, beads("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"));

        AlignmentScore both = one.plus(two);

        assertThat(both.strictPrecision()).isCloseTo(5 / 7.0, within(1e-9));
        assertThat(both.strictRecall()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void parsesTheGoldNotationWithOrWithoutSpaces() {
        assertThat(BeadIds.parse("[9, 10, 11]:[9]")).isEqualTo(new BeadIds(List.of(9, 10, 11), List.of(9)));
        assertThat(BeadIds.parse("[5]:[]")).isEqualTo(new BeadIds(List.of(5), List.of()));
        assertThatThrownBy(() -> BeadIds.parse("5:6")).hasMessage("Not a bead of the form [0,1]:[2]: \"5:6\"");
    }

    private static List<BeadIds> beads(String... lines) {
        return java.util.Arrays.stream(lines).map(BeadIds::parse).toList();
    }
}
