package dev.alinea.reviewing;

import java.util.List;

import dev.alinea.align.SegmentRange;
import dev.alinea.review.Change;
import dev.alinea.review.ReviewRow;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.review.SegmentEdit;

/**
 * A change as the review history stores it (the JSON of a history entry's change data), format
 * version {@value #VERSION}. It is mapped field by field to and from {@link Change}, so renaming
 * anything of the review's records leaves stored history readable; changing this record's shape
 * needs a new format version and a fixture of it.
 *
 * @param formatVersion {@value #VERSION} when written; absent (null here) in entries written before
 *        the history had versions, which are version 1
 */
record StoredChange(Integer formatVersion, String description, int firstRow, List<Row> before, List<Row> after, List<Edit> segmentEdits) {

    static final int VERSION = 1;

    /** @param status {@code ALIGNED} or {@code CONFIRMED} */
    record Row(long id, List<Range> cells, double confidence, String status, long version) {
    }

    record Range(int start, int end) {
    }

    record Edit(int document, int at, List<Sentence> before, List<Sentence> after) {
    }

    record Sentence(String text, int start, int end, boolean excluded) {
    }

    static StoredChange of(Change change) {
        return new StoredChange(VERSION, change.description(), change.firstRow(), rows(change.before()), rows(change.after()),
                change.segmentEdits().stream().map(e -> new Edit(e.document(), e.at(), sentences(e.before()), sentences(e.after()))).toList());
    }

    Change toChange() {
        return new Change(description, firstRow, reviewRows(before), reviewRows(after),
                segmentEdits.stream().map(e -> new SegmentEdit(e.document(), e.at(), reviewSegments(e.before()), reviewSegments(e.after()))).toList());
    }

    private static List<Row> rows(List<ReviewRow> rows) {
        return rows.stream().map(r -> new Row(r.id(), r.cells().stream().map(c -> new Range(c.start(), c.end())).toList(), r.confidence(),
                status(r.status()), r.version())).toList();
    }

    private static List<ReviewRow> reviewRows(List<Row> rows) {
        return rows.stream().map(r -> new ReviewRow(r.id(), r.cells().stream().map(c -> new SegmentRange(c.start(), c.end())).toList(),
                r.confidence(), status(r.status()), r.version())).toList();
    }

    private static List<Sentence> sentences(List<ReviewSegment> segments) {
        return segments.stream().map(s -> new Sentence(s.text(), s.start(), s.end(), s.excluded())).toList();
    }

    private static List<ReviewSegment> reviewSegments(List<Sentence> sentences) {
        return sentences.stream().map(s -> new ReviewSegment(s.text(), s.start(), s.end(), s.excluded())).toList();
    }

    private static String status(RowStatus status) {
        return switch (status) {
            case ALIGNED -> "ALIGNED";
            case CONFIRMED -> "CONFIRMED";
        };
    }

    private static RowStatus status(String stored) {
        return switch (stored) {
            case "ALIGNED" -> RowStatus.ALIGNED;
            case "CONFIRMED" -> RowStatus.CONFIRMED;
            default -> throw new IllegalArgumentException("Unknown row status '" + stored + "'");
        };
    }
}
