package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.alinea.reviewing.ReviewService.UnpairedRun;

class FoldingTest {

    /** 20 rows; rows 3 to 7 (5 rows) and 12 to 15 (4 rows) hold Chinese only. */
    private static final List<UnpairedRun> RUNS = List.of(new UnpairedRun(3, 5, 2, 9), new UnpairedRun(12, 4, 2, 4));

    @Test
    void eachFoldedRunIsOneLineAndLinesMapToTheRowsTheyShow() {
        var folding = new Folding();
        folding.show(RUNS);

        assertThat(folding.lines(20)).isEqualTo(20 - 4 - 3);
        assertThat(IntStream.range(0, folding.lines(20)).map(folding::position).boxed().toList())
                .containsExactly(0, 1, 2, 3, 8, 9, 10, 11, 12, 16, 17, 18, 19);
        assertThat(folding.foldAt(3)).contains(RUNS.getFirst());
        assertThat(folding.foldAt(4)).isEmpty();
        assertThat(folding.line(5)).as("a hidden row is on its fold's line").isEqualTo(3);
        assertThat(folding.line(16)).isEqualTo(9);
        assertThat(folding.hidden(5)).isTrue();
        assertThat(folding.hidden(3)).isFalse();
    }

    @Test
    void aRunUnfoldedOrRevealedShowsAllItsRowsAndStaysUnfoldedWhenTheRunsAreFoundAgain() {
        var folding = new Folding();
        folding.show(RUNS);

        folding.reveal(14);
        folding.show(RUNS);

        assertThat(folding.lines(20)).isEqualTo(20 - 4);
        assertThat(folding.line(14)).isEqualTo(10);
        assertThat(folding.position(10)).isEqualTo(14);
        folding.unfold(RUNS.getFirst());
        assertThat(IntStream.range(0, 20).allMatch(p -> folding.line(p) == p && folding.position(p) == p)).isTrue();
    }
}
