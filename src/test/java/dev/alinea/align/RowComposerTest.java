package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RowComposerTest {

    private final RowComposer composer = new RowComposer();

    @Test
    void rowsFollowTheCoarserOfThePairwiseAlignments() {
        // pivot 3 sentences; doc 1 pairs 1-1 throughout; doc 2 merges pivot 1 and 2 into one sentence
        List<Bead> first = List.of(bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1));
        List<Bead> second = List.of(bead(0, 1, 0, 1), bead(1, 2, 1, 1));

        List<Row> rows = composer.compose(0, new int[] {3, 3, 2}, List.of(List.of(), first, second));

        assertThat(rows).extracting(Row::cells).containsExactly(
                List.of(new SegmentRange(0, 1), new SegmentRange(0, 1), new SegmentRange(0, 1)),
                List.of(new SegmentRange(1, 3), new SegmentRange(1, 3), new SegmentRange(1, 2)));
    }

    @Test
    void additionsAtTheSamePlaceGetRowsOfTheirOwnOneSentenceARow() {
        List<Bead> first = List.of(bead(0, 1, 0, 1), bead(1, 0, 1, 1), bead(1, 1, 2, 1));
        List<Bead> second = List.of(bead(0, 1, 0, 1), bead(1, 0, 1, 1), bead(1, 0, 2, 1), bead(1, 1, 3, 1));

        List<Row> rows = composer.compose(0, new int[] {2, 3, 4}, List.of(List.of(), first, second));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).cells()).containsExactly(new SegmentRange(1, 1), new SegmentRange(1, 2), new SegmentRange(1, 2));
        assertThat(rows.get(2).cells()).containsExactly(new SegmentRange(1, 1), new SegmentRange(2, 2), new SegmentRange(2, 3));
    }

    @Test
    void rowConfidenceIsTheLowestOfItsBeads() {
        List<Bead> first = List.of(new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 1, 0.4));
        List<Bead> second = List.of(new Bead(0, 2, 0, 1, 0.8));

        List<Row> rows = composer.compose(0, new int[] {2, 2, 1}, List.of(List.of(), first, second));

        assertThat(rows).singleElement().extracting(Row::confidence).isEqualTo(0.4);
    }

    @RepeatedTest(50)
    void everySegmentOfEveryDocumentAppearsExactlyOnceInOrder() {
        Random random = new Random();
        int docs = 2 + random.nextInt(3);
        int pivot = random.nextInt(docs);
        int pivotCount = random.nextInt(30);
        int[] counts = new int[docs];
        counts[pivot] = pivotCount;
        List<List<Bead>> beads = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            if (d == pivot) {
                beads.add(List.of());
                continue;
            }
            List<Bead> docBeads = randomBeads(random, pivotCount);
            beads.add(docBeads);
            counts[d] = docBeads.isEmpty() ? 0 : docBeads.getLast().tgtEnd();
        }

        List<Row> rows = composer.compose(pivot, counts, beads);

        for (int d = 0; d < docs; d++) {
            int next = 0;
            for (Row row : rows) {
                SegmentRange cell = row.cells().get(d);
                assertThat(cell.start()).as("document %d starts where the previous row ended", d).isEqualTo(next);
                next = cell.end();
            }
            assertThat(next).as("document %d is covered to its end", d).isEqualTo(counts[d]);
        }
    }

    private static List<Bead> randomBeads(Random random, int pivotCount) {
        int[][] types = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
        List<Bead> beads = new ArrayList<>();
        int src = 0;
        int tgt = 0;
        while (src < pivotCount || random.nextInt(4) == 0) {
            int[] type = types[random.nextInt(types.length)];
            int a = Math.min(type[0], pivotCount - src);
            int b = type[1];
            if (a + b == 0) {
                b = 1;
            }
            beads.add(new Bead(src, a, tgt, b, random.nextDouble()));
            src += a;
            tgt += b;
        }
        return beads;
    }

    private static Bead bead(int srcStart, int srcCount, int tgtStart, int tgtCount) {
        return new Bead(srcStart, srcCount, tgtStart, tgtCount, 1);
    }
}
