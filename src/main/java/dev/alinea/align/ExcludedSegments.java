package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts excluded segments (page clutter) back into an alignment made without them. Each document's
 * included segments keep their rows; a run of excluded segments between two rows gets a row of its
 * own, just before the row that continues the document; one that falls inside a row (between two
 * segments the row holds) stays in that row. Every segment of every document then appears exactly
 * once, in order.
 */
public final class ExcludedSegments {

    private ExcludedSegments() {
    }

    /**
     * @param rows rows over the included segments only (their indexes count included segments)
     * @param excluded for each document, which of its segments are excluded
     * @return rows over all segments
     */
    public static List<Row> expand(List<Row> rows, boolean[][] excluded) {
        int docs = excluded.length;
        int[][] original = originalIndexes(excluded);
        int[] cursor = new int[docs];
        List<Row> expanded = new ArrayList<>();
        for (Row row : rows) {
            addClutterBefore(row, original, cursor, expanded);
            List<SegmentRange> cells = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                SegmentRange cell = row.cells().get(d);
                int end = cell.isEmpty() ? cursor[d] : original[d][cell.end() - 1] + 1;
                cells.add(new SegmentRange(cursor[d], end));
                cursor[d] = end;
            }
            expanded.add(new Row(cells, row.confidence()));
        }
        List<SegmentRange> trailing = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            trailing.add(new SegmentRange(cursor[d], excluded[d].length));
        }
        if (trailing.stream().anyMatch(c -> !c.isEmpty())) {
            expanded.add(new Row(trailing, 1));
        }
        return expanded;
    }

    /**
     * Maps links made without the excluded segments to the segments' indexes among all.
     *
     * @param links links whose sentence indexes count included segments only
     * @param excluded for each document, which of its segments are excluded
     */
    public static List<Link> expandLinks(List<Link> links, boolean[][] excluded) {
        int[][] original = originalIndexes(excluded);
        return links.stream().map(link -> new Link(link.document(), original[link.document()][link.segment()], link.otherDocument(),
                original[link.otherDocument()][link.otherSegment()], link.confidence())).toList();
    }

    /** For each document, the index among all segments of each included one. */
    private static int[][] originalIndexes(boolean[][] excluded) {
        int[][] original = new int[excluded.length][];
        for (int d = 0; d < excluded.length; d++) {
            List<Integer> kept = new ArrayList<>();
            for (int s = 0; s < excluded[d].length; s++) {
                if (!excluded[d][s]) {
                    kept.add(s);
                }
            }
            original[d] = kept.stream().mapToInt(Integer::intValue).toArray();
        }
        return original;
    }

    /** A row of the excluded segments that come before this row's first segment, in every document that has some. */
    private static void addClutterBefore(Row row, int[][] original, int[] cursor, List<Row> out) {
        List<SegmentRange> cells = new ArrayList<>();
        boolean any = false;
        for (int d = 0; d < original.length; d++) {
            SegmentRange cell = row.cells().get(d);
            int start = cell.isEmpty() ? cursor[d] : original[d][cell.start()];
            cells.add(new SegmentRange(cursor[d], start));
            any |= start > cursor[d];
            cursor[d] = start;
        }
        if (any) {
            out.add(new Row(cells, 1));
        }
    }
}
