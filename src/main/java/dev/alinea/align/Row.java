package dev.alinea.align;

import java.util.List;

/**
 * One line of an N-way alignment: for each document, in project order, a contiguous and possibly
 * empty run of its segments.
 *
 * @param cells one range per document; at least one is non-empty
 * @param confidence how likely the row is right, in [0, 1]
 */
public record Row(List<SegmentRange> cells, double confidence) {

    public Row {
        cells = List.copyOf(cells);
        if (cells.stream().allMatch(SegmentRange::isEmpty)) {
            throw new IllegalArgumentException("A row must hold at least one segment");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be in [0, 1], was " + confidence);
        }
    }
}
