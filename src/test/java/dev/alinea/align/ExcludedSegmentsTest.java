package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExcludedSegmentsTest {

    @Test
    void clutterBetweenRowsGetsRowsOfItsOwnAndClutterInsideARowStaysThere() {
        // document 0: segments 0 (clutter), 1, 2 (clutter), 3, 4 (clutter), 5; document 1: 0, 1
        boolean[][] excluded = {{true, false, true, false, true, false}, {false, false}};
        // aligned without clutter: row 1 = doc0 included [0,1) + doc1 [0,1); row 2 = doc0 included [1,3) + doc1 [1,2)
        List<Row> rows = List.of(
                new Row(List.of(new SegmentRange(0, 1), new SegmentRange(0, 1)), 0.9),
                new Row(List.of(new SegmentRange(1, 3), new SegmentRange(1, 2)), 0.8));

        List<Row> expanded = ExcludedSegments.expand(rows, excluded);

        assertThat(expanded).extracting(Row::cells).containsExactly(
                List.of(new SegmentRange(0, 1), new SegmentRange(0, 0)),
                List.of(new SegmentRange(1, 2), new SegmentRange(0, 1)),
                List.of(new SegmentRange(2, 3), new SegmentRange(1, 1)),
                List.of(new SegmentRange(3, 6), new SegmentRange(1, 2)));
        assertThat(expanded.get(3).confidence()).isEqualTo(0.8);
    }

    @Test
    void trailingClutterEndsTheAlignment() {
        boolean[][] excluded = {{false, true}, {false}};
        List<Row> rows = List.of(new Row(List.of(new SegmentRange(0, 1), new SegmentRange(0, 1)), 1));

        List<Row> expanded = ExcludedSegments.expand(rows, excluded);

        assertThat(expanded).extracting(Row::cells).containsExactly(
                List.of(new SegmentRange(0, 1), new SegmentRange(0, 1)),
                List.of(new SegmentRange(1, 2), new SegmentRange(1, 1)));
    }

    @Test
    void linksCountingIncludedSentencesAreMappedToTheirPlacesAmongAll() {
        boolean[][] excluded = {{true, false, false}, {false, true, true, false}};

        List<Link> expanded = ExcludedSegments.expandLinks(List.of(new Link(0, 1, 1, 1, 0.8), new Link(0, 0, 1, 0, 0.5)), excluded);

        assertThat(expanded).containsExactly(new Link(0, 2, 1, 3, 0.8), new Link(0, 1, 1, 0, 0.5));
    }
}
