package dev.alinea.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import dev.alinea.align.ExcludedSegments;
import dev.alinea.align.Link;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.align.Row;
import dev.alinea.align.SegmentRange;

/**
 * Re-runs the aligner on the unconfirmed stretches of a reviewed alignment, each stretch between
 * two confirmed rows on its own, so that confirmed rows stay exactly as they are. Excluded
 * segments are left out of the alignment and put back as in a new project. A row the aligner
 * makes again as it was keeps its identity. The aligner's links within the stretches replace those
 * it found before; links a reviewer made stay.
 */
public final class Realigner {

    private final MultiAligner aligner;
    private final int pivot;

    /** @param pivot the document the others are aligned to */
    public Realigner(MultiAligner aligner, int pivot) {
        this.aligner = aligner;
        this.pivot = pivot;
    }

    /**
     * @param progress told the share of the work done, from 0 to 1, after each pair of documents of each stretch
     * @return the change that replaces the unconfirmed rows by the new alignment
     * @throws EditRefusedException when every row is confirmed
     */
    public Change realign(ReviewAlignment alignment, DoubleConsumer progress) {
        List<int[]> stretches = unconfirmedStretches(alignment);
        if (stretches.isEmpty()) {
            throw new EditRefusedException("Every row is confirmed: there is nothing to re-align.");
        }
        int first = stretches.getFirst()[0];
        int end = stretches.getLast()[1];
        double total = stretches.stream().mapToInt(s -> s[1] - s[0]).sum();
        double done = 0;
        long[] nextId = {-1};
        List<ReviewRow> after = new ArrayList<>();
        List<ReviewLink> found = new ArrayList<>();
        int cursor = first;
        for (int[] stretch : stretches) {
            after.addAll(alignment.rows().subList(cursor, stretch[0]));
            double before = done;
            after.addAll(realigned(alignment, stretch[0], stretch[1], nextId, found,
                    share -> progress.accept((before + share * (stretch[1] - stretch[0])) / total)));
            cursor = stretch[1];
            done += stretch[1] - stretch[0];
            progress.accept(done / total);
        }
        return new Change("Re-aligned " + stretches.size() + (stretches.size() == 1 ? " unconfirmed stretch" : " unconfirmed stretches"),
                first, alignment.rows().subList(first, end), after, List.of(), List.of(), relinked(alignment, stretches, found));
    }

    /** The aligner's old links within the stretches out, its new ones in (unless a reviewer's link joins the same sentences). */
    private static LinkEdit relinked(ReviewAlignment alignment, List<int[]> stretches, List<ReviewLink> found) {
        java.util.Map<Boolean, List<ReviewLink>> byRemoval = alignment.links().stream()
                .collect(java.util.stream.Collectors.partitioningBy(link -> link.origin() == LinkOrigin.AUTOMATIC
                        && inStretches(alignment, stretches, link.document(), link.segment())
                        && inStretches(alignment, stretches, link.otherDocument(), link.otherSegment())));
        java.util.Set<List<Integer>> keptEnds = new java.util.HashSet<>();
        byRemoval.get(false).forEach(link -> keptEnds.add(ends(link)));
        List<ReviewLink> added = found.stream().filter(link -> !keptEnds.contains(ends(link))).toList();
        return new LinkEdit(byRemoval.get(true), added);
    }

    /** The two sentences a link joins, as {@link ReviewLink#sameEnds} compares them. */
    private static List<Integer> ends(ReviewLink link) {
        return List.of(link.document(), link.segment(), link.otherDocument(), link.otherSegment());
    }

    private static boolean inStretches(ReviewAlignment alignment, List<int[]> stretches, int document, int segment) {
        int row = alignment.rowOf(document, segment);
        return stretches.stream().anyMatch(stretch -> row >= stretch[0] && row < stretch[1]);
    }

    /** Maximal runs {@code [from, to)} of rows that are not confirmed. */
    private static List<int[]> unconfirmedStretches(ReviewAlignment alignment) {
        List<int[]> stretches = new ArrayList<>();
        int r = 0;
        while (r < alignment.rowCount()) {
            if (alignment.row(r).status() == RowStatus.CONFIRMED) {
                r++;
                continue;
            }
            int from = r;
            while (r < alignment.rowCount() && alignment.row(r).status() != RowStatus.CONFIRMED) {
                r++;
            }
            stretches.add(new int[] {from, r});
        }
        return stretches;
    }

    private List<ReviewRow> realigned(ReviewAlignment alignment, int from, int to, long[] nextId, List<ReviewLink> found, DoubleConsumer progress) {
        int docs = alignment.languages().size();
        int[] starts = new int[docs];
        List<List<String>> included = new ArrayList<>();
        boolean[][] excluded = new boolean[docs][];
        for (int d = 0; d < docs; d++) {
            starts[d] = alignment.row(from).cell(d).start();
            List<ReviewSegment> segments = alignment.segments(d).subList(starts[d], alignment.row(to - 1).cell(d).end());
            excluded[d] = new boolean[segments.size()];
            List<String> texts = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                excluded[d][s] = segments.get(s).excluded();
                if (!excluded[d][s]) {
                    texts.add(segments.get(s).text());
                }
            }
            included.add(texts);
        }
        MultiAlignment aligned = aligner.align(included, alignment.languages(), pivot, progress);
        List<Row> rows = ExcludedSegments.expand(aligned.rows(), excluded);
        for (Link link : ExcludedSegments.expandLinks(aligned.links(), excluded)) {
            found.add(ReviewLink.found(new Link(link.document(), link.segment() + starts[link.document()], link.otherDocument(),
                    link.otherSegment() + starts[link.otherDocument()], link.confidence())));
        }
        Map<List<SegmentRange>, ReviewRow> old = new HashMap<>();
        alignment.rows().subList(from, to).forEach(row -> old.put(row.cells(), row));
        List<ReviewRow> result = new ArrayList<>();
        for (Row row : rows) {
            List<SegmentRange> cells = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                cells.add(new SegmentRange(row.cells().get(d).start() + starts[d], row.cells().get(d).end() + starts[d]));
            }
            ReviewRow same = old.get(cells);
            result.add(same != null ? same : new ReviewRow(nextId[0]--, cells, row.confidence(), RowStatus.ALIGNED, ReviewRow.NEW_VERSION));
        }
        return result;
    }
}
