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

    /** Confidence of a row is multiplied by this where a direct alignment of two non-pivot documents contradicts it. */
    static final double DISAGREEMENT_FACTOR = 0.5;

    private final PairAlignerFactory pairAligners;
    private final RowComposer composer = new RowComposer();

    public MultiAligner(PairAlignerFactory pairAligners) {
        this.pairAligners = pairAligners;
    }

    /**
     * Aligns each document to the pivot and composes the rows. Then every two non-pivot documents
     * that are both translations of the pivot are aligned directly as well (id-zh beside en-id and
     * en-zh), and rows where that direct alignment contradicts the composition get their
     * confidence halved: one of the two pivot alignments is probably wrong there.
     *
     * @param documents each document's sentences, in project order
     * @param languages each document's language (BCP 47), in project order
     * @param pivot index of the pivot document
     */
    public MultiAlignment align(List<List<String>> documents, List<String> languages, int pivot) {
        return align(documents, languages, pivot, share -> { });
    }

    /**
     * As {@link #align(List, List, int)}, telling how far it has got.
     *
     * @param progress told the share of the pairwise alignments done, from 0 to 1, after each one
     *        (at most every two non-pivot documents are aligned directly, so the share may jump to 1 at the end)
     */
    public MultiAlignment align(List<List<String>> documents, List<String> languages, int pivot, java.util.function.DoubleConsumer progress) {
        if (pivot < 0 || pivot >= documents.size()) {
            throw new IllegalArgumentException("Pivot " + pivot + " is not one of the " + documents.size() + " documents");
        }
        int[] counts = documents.stream().mapToInt(List::size).toArray();
        List<List<Bead>> beads = new ArrayList<>();
        List<Double> contrast = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int others = documents.size() - 1;
        double pairs = Math.max(1, others + others * (others - 1) / 2.0);
        int[] done = {0};
        // The pairs are independent: aligned at once, on every core, and taken in document order.
        List<java.util.concurrent.Callable<PairAlignment>> toPivot = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            int document = d;
            toPivot.add(() -> document == pivot ? new PairAlignment(List.of(), Double.POSITIVE_INFINITY)
                    : pairAligners.forPair(languages.get(pivot), languages.get(document)).alignPair(documents.get(pivot), documents.get(document)));
        }
        for (PairAlignment pair : ParallelTasks.run(toPivot, collected -> {
            if (collected - 1 != pivot) {
                progress.accept(++done[0] / pairs);
            }
        })) {
            beads.add(pair.isTranslation() ? pair.beads() : neutralSkips(pair.beads()));
            contrast.add(pair.contrast());
            int d = beads.size() - 1;
            for (Link link : pair.links()) {
                links.add(Link.between(pivot, link.segment(), d, link.otherSegment(), link.confidence()));
            }
        }
        List<Row> rows = composer.compose(pivot, counts, beads);
        boolean[] disagreeing = new boolean[rows.size()];
        List<int[]> directPairs = new ArrayList<>();
        List<java.util.concurrent.Callable<List<Bead>>> direct = new ArrayList<>();
        for (int first = 0; first < documents.size(); first++) {
            for (int second = first + 1; second < documents.size(); second++) {
                if (first == pivot || second == pivot
                        || contrast.get(first) < LexicalAligner.TRANSLATION_CONTRAST || contrast.get(second) < LexicalAligner.TRANSLATION_CONTRAST) {
                    continue;
                }
                int a = first;
                int b = second;
                directPairs.add(new int[] {a, b});
                direct.add(() -> pairAligners.forPair(languages.get(a), languages.get(b)).align(documents.get(a), documents.get(b)));
            }
        }
        List<List<Bead>> directBeads = ParallelTasks.run(direct, collected -> progress.accept(++done[0] / pairs));
        for (int k = 0; k < directPairs.size(); k++) {
            markDisagreements(rows, directPairs.get(k)[0], directPairs.get(k)[1], directBeads.get(k), disagreeing);
        }
        progress.accept(1);
        List<Row> checked = new ArrayList<>();
        int disagreements = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (disagreeing[r]) {
                disagreements++;
                row = new Row(row.cells(), row.confidence() * DISAGREEMENT_FACTOR);
            }
            checked.add(row);
        }
        links.sort(java.util.Comparator.comparingInt(Link::document).thenComparingInt(Link::segment)
                .thenComparingInt(Link::otherDocument).thenComparingInt(Link::otherSegment));
        return new MultiAlignment(checked, contrast, disagreements, links);
    }

    /**
     * A text that is not a translation leaves most pivot sentences without a counterpart, with
     * little certainty either way; that says nothing about how well the row's other versions
     * match, so those beads do not lower the confidence of the pivot's rows. (Its own unpaired
     * sentences keep their confidence in their own rows.)
     */
    private static List<Bead> neutralSkips(List<Bead> beads) {
        return beads.stream()
                .map(b -> b.tgtCount() == 0 ? new Bead(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount(), 1) : b)
                .toList();
    }

    /**
     * Marks the rows where a direct alignment of documents {@code first} and {@code second} pairs a
     * sentence of one with a sentence of the other that the row does not hold.
     */
    static void markDisagreements(List<Row> rows, int first, int second, List<Bead> direct, boolean[] disagreeing) {
        int[] rowOfSecond = rowIndex(rows, second);
        int[] rowOfFirst = rowIndex(rows, first);
        for (Bead bead : direct) {
            for (int s = bead.srcStart(); s < bead.srcEnd(); s++) {
                for (int t = bead.tgtStart(); t < bead.tgtEnd(); t++) {
                    if (rowOfFirst[s] != rowOfSecond[t]) {
                        disagreeing[rowOfFirst[s]] = true;
                        disagreeing[rowOfSecond[t]] = true;
                    }
                }
            }
        }
    }

    private static int[] rowIndex(List<Row> rows, int document) {
        int size = rows.isEmpty() ? 0 : rows.getLast().cells().get(document).end();
        int[] index = new int[size];
        for (int r = 0; r < rows.size(); r++) {
            SegmentRange cell = rows.get(r).cells().get(document);
            for (int s = cell.start(); s < cell.end(); s++) {
                index[s] = r;
            }
        }
        return index;
    }
}
