package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Composes pairwise alignments (each document against the pivot) into N-way rows. A row boundary
 * is a pivot position where every pairwise alignment has a bead boundary; sentences that a
 * document adds at such a boundary (0-1 beads) get rows of their own, one sentence a row, the
 * k-th addition of each document at the same place sharing the k-th row. Every segment of every document lands in exactly one
 * row, in document order.
 */
public final class RowComposer {

    /**
     * @param pivot index of the pivot document in project order
     * @param segmentCounts number of segments of each document, in project order
     * @param beads for each document, its beads against the pivot (pivot as source); the pivot's own
     *        entry is ignored and may be empty
     * @return the rows, in order
     */
    public List<Row> compose(int pivot, int[] segmentCounts, List<List<Bead>> beads) {
        int docs = segmentCounts.length;
        int pivotCount = segmentCounts[pivot];
        TreeSet<Integer> boundaries = commonBoundaries(pivot, pivotCount, docs, beads);
        List<DocumentCursor> cursors = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            cursors.add(d == pivot ? null : new DocumentCursor(beads.get(d)));
        }
        List<Row> rows = new ArrayList<>();
        int previous = 0;
        for (int boundary : boundaries) {
            if (boundary > previous) {
                addRow(rows, pivot, previous, boundary, cursors, false);
            }
            while (addRow(rows, pivot, boundary, boundary, cursors, true)) {
                // one row per added sentence
            }
            previous = boundary;
        }
        for (int d = 0; d < docs; d++) {
            if (d != pivot && cursors.get(d).position() != segmentCounts[d]) {
                throw new IllegalArgumentException("Beads of document " + d + " do not cover its " + segmentCounts[d] + " segments");
            }
        }
        return rows;
    }

    private static TreeSet<Integer> commonBoundaries(int pivot, int pivotCount, int docs, List<List<Bead>> beads) {
        TreeSet<Integer> common = null;
        for (int d = 0; d < docs; d++) {
            if (d == pivot) {
                continue;
            }
            TreeSet<Integer> ends = new TreeSet<>();
            ends.add(0);
            for (Bead bead : beads.get(d)) {
                ends.add(bead.srcEnd());
            }
            if (common == null) {
                common = ends;
            } else {
                common.retainAll(ends);
            }
        }
        TreeSet<Integer> result = new TreeSet<>();
        if (common != null) {
            result.addAll(common);
        } else {
            for (int i = 0; i <= pivotCount; i++) {
                result.add(i);
            }
        }
        result.add(0);
        result.add(pivotCount);
        return result;
    }

    /**
     * Adds the row covering pivot segments [from, to). With {@code additionsOnly}, from == to and the
     * row gathers the next sentence each document adds at that pivot position; it is skipped when empty.
     *
     * @return whether a row was added
     */
    private static boolean addRow(List<Row> rows, int pivot, int from, int to, List<DocumentCursor> cursors, boolean additionsOnly) {
        List<SegmentRange> cells = new ArrayList<>();
        double confidence = 1;
        boolean any = to > from;
        for (int d = 0; d < cursors.size(); d++) {
            if (d == pivot) {
                cells.add(new SegmentRange(from, to));
                continue;
            }
            DocumentCursor cursor = cursors.get(d);
            int start = cursor.position();
            double cellConfidence = additionsOnly ? cursor.takeAdditionsAt(from) : cursor.takeUpTo(to);
            cells.add(new SegmentRange(start, cursor.position()));
            any |= cursor.position() > start;
            confidence = Math.min(confidence, cellConfidence);
        }
        if (any) {
            rows.add(new Row(cells, confidence));
        }
        return any;
    }

    /** Walks one document's beads against the pivot. */
    private static final class DocumentCursor {
        private final List<Bead> beads;
        private int next;
        private int position;

        DocumentCursor(List<Bead> beads) {
            this.beads = beads;
        }

        int position() {
            return position;
        }

        /** Takes the next 0-1 bead at pivot position {@code at}, if any; returns its confidence (1 if none). */
        double takeAdditionsAt(int at) {
            if (next < beads.size() && beads.get(next).srcCount() == 0 && beads.get(next).srcStart() == at) {
                return take();
            }
            return 1;
        }

        /** Takes the beads that end at or before pivot position {@code to}, leaving 0-1 beads at {@code to}. */
        double takeUpTo(int to) {
            double confidence = 1;
            while (next < beads.size() && beads.get(next).srcEnd() <= to
                    && !(beads.get(next).srcCount() == 0 && beads.get(next).srcStart() == to)) {
                confidence = Math.min(confidence, take());
            }
            return confidence;
        }

        private double take() {
            Bead bead = beads.get(next++);
            if (bead.tgtStart() != position) {
                throw new IllegalArgumentException("Beads skip or repeat target segments at " + position);
            }
            position = bead.tgtEnd();
            return bead.confidence();
        }
    }
}
