package dev.alinea.review;

import java.util.List;

/**
 * Segments {@code [at, at + before.size())} of one document replaced by {@code after}; the
 * segments behind them move by the difference in count.
 *
 * @param document the document's position in the project
 * @param at index of the first replaced segment
 */
public record SegmentEdit(int document, int at, List<ReviewSegment> before, List<ReviewSegment> after) {

    public SegmentEdit {
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.isEmpty() || after.isEmpty()) {
            throw new IllegalArgumentException("A segment edit replaces at least one segment by at least one");
        }
    }

    /** How many segments the edit adds (negative: removes). */
    public int delta() {
        return after.size() - before.size();
    }

    SegmentEdit inverse() {
        return new SegmentEdit(document, at, after, before);
    }
}
