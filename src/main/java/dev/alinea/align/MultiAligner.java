package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns N versions of a text: each version against the pivot with a pairwise
 * {@link SentenceAligner}, then composed into rows by {@link RowComposer}.
 */
public final class MultiAligner {

    /** Makes the aligner for one document against the pivot. */
    @FunctionalInterface
    public interface PairAlignerFactory {
        SentenceAligner forPair(String pivotLanguage, String documentLanguage);
    }

    private final PairAlignerFactory pairAligners;
    private final RowComposer composer = new RowComposer();

    public MultiAligner(PairAlignerFactory pairAligners) {
        this.pairAligners = pairAligners;
    }

    /**
     * @param documents each document's sentences, in project order
     * @param languages each document's language (BCP 47), in project order
     * @param pivot index of the pivot document
     * @return rows in which every sentence of every document appears exactly once, in order
     */
    public List<Row> align(List<List<String>> documents, List<String> languages, int pivot) {
        if (pivot < 0 || pivot >= documents.size()) {
            throw new IllegalArgumentException("Pivot " + pivot + " is not one of the " + documents.size() + " documents");
        }
        int[] counts = documents.stream().mapToInt(List::size).toArray();
        List<List<Bead>> beads = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            beads.add(d == pivot ? List.of()
                    : pairAligners.forPair(languages.get(pivot), languages.get(d)).align(documents.get(pivot), documents.get(d)));
        }
        return composer.compose(pivot, counts, beads);
    }
}
