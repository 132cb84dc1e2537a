package dev.alinea.review;

import java.util.ArrayList;
import java.util.List;

import dev.alinea.align.SegmentRange;

/**
 * One row of a reviewed alignment.
 *
 * @param id stable identity of the row (a new row made by an operation has a negative id until it is stored)
 * @param cells one range of segments per document, in project order
 * @param confidence in [0, 1]
 * @param status where the row stands in review
 * @param version the revision of the project that last changed the row; {@link #NEW_VERSION} while
 *        a change that touches it is not yet stored
 */
public record ReviewRow(long id, List<SegmentRange> cells, double confidence, RowStatus status, long version) {

    /** Version of a row a change has touched and that gets the revision of the change when it is stored. */
    public static final long NEW_VERSION = -1;

    public ReviewRow {
        cells = List.copyOf(cells);
        if (cells.stream().allMatch(SegmentRange::isEmpty)) {
            throw new IllegalArgumentException("A row must hold at least one segment");
        }
    }

    public SegmentRange cell(int document) {
        return cells.get(document);
    }

    /** Whether the two rows hold the same segments with the same status and confidence. */
    public boolean sameContent(ReviewRow other) {
        return cells.equals(other.cells) && status == other.status && confidence == other.confidence;
    }

    ReviewRow withCell(int document, SegmentRange cell) {
        List<SegmentRange> changed = new ArrayList<>(cells);
        changed.set(document, cell);
        return new ReviewRow(id, changed, confidence, RowStatus.ALIGNED, NEW_VERSION);
    }

    ReviewRow withStatus(RowStatus value) {
        return new ReviewRow(id, cells, confidence, value, NEW_VERSION);
    }

    ReviewRow withVersion(long value) {
        return new ReviewRow(id, cells, confidence, status, value);
    }

    /** The same row with every boundary at or after {@code from} in one document moved by {@code delta}. */
    ReviewRow shifted(int document, int from, int delta) {
        SegmentRange cell = cells.get(document);
        if (delta == 0 || cell.end() < from) {
            return this;
        }
        List<SegmentRange> changed = new ArrayList<>(cells);
        changed.set(document, new SegmentRange(cell.start() >= from ? cell.start() + delta : cell.start(), cell.end() + delta));
        return new ReviewRow(id, changed, confidence, status, version);
    }
}
