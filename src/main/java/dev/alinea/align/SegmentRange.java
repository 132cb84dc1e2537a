package dev.alinea.align;

/**
 * A contiguous, possibly empty, run of a document's segments: indexes {@code start} (inclusive) to
 * {@code end} (exclusive).
 */
public record SegmentRange(int start, int end) {

    public SegmentRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid segment range [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int size() {
        return end - start;
    }
}
