package dev.alinea.reviewing;

import java.util.ArrayList;
import java.util.List;

import dev.alinea.review.ReviewAlignment;

/**
 * A project's rows as they were at one revision, read page by page whatever changes meanwhile
 * (e.g. for an export). It holds its own copy of the alignment's lists of rows and segments; the
 * sentence texts are shared with the alignment in memory, not copied. Not thread-safe.
 */
public final class RowSnapshot {

    private final long revision;
    private final ReviewAlignment alignment;

    RowSnapshot(long revision, ReviewAlignment alignment) {
        this.revision = revision;
        this.alignment = alignment;
    }

    /** The project revision the rows are at. */
    public long revision() {
        return revision;
    }

    /** The rows' {@link ReviewService.RowOrder#key()}. */
    public long alignmentKey() {
        return ReviewService.alignmentKey(alignment);
    }

    public int rowCount() {
        return alignment.rowCount();
    }

    /** The links between sentences, in order of their first sentence. */
    public List<dev.alinea.review.ReviewLink> links() {
        return alignment.links();
    }

    /** A sentence of a document. */
    public dev.alinea.review.ReviewSegment sentence(int document, int segment) {
        return alignment.segments(document).get(segment);
    }

    /** Rows {@code [offset, offset + limit)}, or fewer at the end; empty past it. */
    public List<AlignedRow> rows(int offset, int limit) {
        List<AlignedRow> page = new ArrayList<>();
        for (int r = Math.max(0, offset); r < Math.min(alignment.rowCount(), (long) offset + limit); r++) {
            page.add(ReviewService.alignedRow(alignment, r));
        }
        return page;
    }
}
