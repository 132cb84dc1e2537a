package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MultiAlignerTest {

    @Test
    void rowsWhereTheDirectPairDisagreesAreMarked() {
        // pivot, doc 1 and doc 2 each with 3 segments, composed 1-1-1
        List<Row> rows = List.of(
                new Row(List.of(new SegmentRange(0, 1), new SegmentRange(0, 1), new SegmentRange(0, 1)), 0.9),
                new Row(List.of(new SegmentRange(1, 2), new SegmentRange(1, 2), new SegmentRange(1, 2)), 0.9),
                new Row(List.of(new SegmentRange(2, 3), new SegmentRange(2, 3), new SegmentRange(2, 3)), 0.9));
        // the direct doc1-doc2 alignment pairs doc 1's segment 1 with doc 2's segment 2
        List<Bead> direct = List.of(new Bead(0, 1, 0, 1, 1), new Bead(1, 1, 1, 0, 1), new Bead(2, 0, 1, 1, 1), new Bead(2, 1, 2, 1, 1));
        boolean[] disagreeing = new boolean[rows.size()];

        MultiAligner.markDisagreements(rows, 1, 2, direct, disagreeing);

        assertThat(disagreeing).containsExactly(false, false, false);

        List<Bead> crossing = List.of(new Bead(0, 1, 0, 1, 1), new Bead(1, 1, 1, 2, 1), new Bead(2, 1, 3, 0, 1));
        MultiAligner.markDisagreements(rows, 1, 2, crossing, disagreeing);

        assertThat(disagreeing).containsExactly(false, true, true);
    }

    @Test
    void threeVersionsOfTheSeedStoryComposeIntoRowsCoveringEverySentence() {
        List<List<String>> documents = List.of(
                List.of("Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.", "Andrew Ng and Fei-Fei Li left too."),
                List.of("Li Lei bergabung dengan ByteDance pada 2016.", "Ia telah menerbitkan lebih dari 40 makalah.", "Wu Enda dan Li Feifei juga pergi."),
                List.of("李磊于 2016 年加入字节跳动。", "他发表了 40 多篇论文。", "吴恩达和李飞飞也离开了。"));

        MultiAlignment alignment = new MultiAligner(Aligners::forPair).align(documents, List.of("en", "id", "zh"), 0);

        assertThat(alignment.rows()).hasSize(3);
        assertThat(alignment.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.size()).isEqualTo(1)));
        assertThat(alignment.contrast().getFirst()).isInfinite();
    }
}
