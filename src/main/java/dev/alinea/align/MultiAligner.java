package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns N versions of a text: each version against the pivot with a pairwise
 * {@link SentenceAligner}, then composed into rows by {@link RowComposer}.
 */
public final class MultiAligner {

    private final SentenceAligner pairAligner;
    private final RowComposer composer = new RowComposer();

    public MultiAligner(SentenceAligner pairAligner) {
        this.pairAligner = pairAligner;
    }

    /**
     * @param documents each document's sentences, in project order
     * @param pivot index of the pivot document
     * @return rows in which every sentence of every document appears exactly once, in order
     */
    public List<Row> align(List<List<String>> documents, int pivot) {
        if (pivot < 0 || pivot >= documents.size()) {
            throw new IllegalArgumentException("Pivot " + pivot + " is not one of the " + documents.size() + " documents");
        }
        int[] counts = documents.stream().mapToInt(List::size).toArray();
        List<List<Bead>> beads = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            beads.add(d == pivot ? List.of() : pairAligner.align(documents.get(pivot), documents.get(d)));
        }
        return composer.compose(pivot, counts, beads);
    }
}
