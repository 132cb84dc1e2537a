package dev.alinea.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * One reversible change of a reviewed alignment: the rows {@code [firstRow, firstRow +
 * before.size())} are replaced by {@code after}, and the segment edits are made in between (after
 * the old rows are taken out, before the new ones are put in), so that row ranges in {@code before}
 * count segments as they were and those in {@code after} as they are. Applying the
 * {@link #inverse()} restores the alignment exactly.
 *
 * @param description what the reviewer did, in their words ("Merged rows 4 and 5")
 * @param firstRow 0-based index of the first replaced row
 * @param before the rows as they were; may be empty when rows are only added
 * @param after the rows as they are; may be empty when rows are only removed
 * @param segmentEdits edits of the documents' segments, in the order they are made
 * @param decisionEdits decisions on divergences made with the change (a decision is a change of
 *        its own, without rows: it goes into the same history, so undo and redo take it back too)
 * @param links links taken away (before the segment edits are made) and added (after them)
 */
public record Change(String description, int firstRow, List<ReviewRow> before, List<ReviewRow> after, List<SegmentEdit> segmentEdits,
        List<DecisionEdit> decisionEdits, LinkEdit links) {

    public Change {
        before = List.copyOf(before);
        after = List.copyOf(after);
        segmentEdits = List.copyOf(segmentEdits);
        decisionEdits = List.copyOf(decisionEdits);
        if (firstRow < 0) {
            throw new IllegalArgumentException("First row must not be negative, was " + firstRow);
        }
    }

    /** A change of rows and segments, without decisions or links. */
    public Change(String description, int firstRow, List<ReviewRow> before, List<ReviewRow> after, List<SegmentEdit> segmentEdits) {
        this(description, firstRow, before, after, segmentEdits, List.of(), LinkEdit.NONE);
    }

    /** A change of rows, segments and decisions, without links. */
    public Change(String description, int firstRow, List<ReviewRow> before, List<ReviewRow> after, List<SegmentEdit> segmentEdits,
            List<DecisionEdit> decisionEdits) {
        this(description, firstRow, before, after, segmentEdits, decisionEdits, LinkEdit.NONE);
    }

    /** Links made, moved or taken away, leaving the rows as they are. */
    public static Change links(String description, LinkEdit edit) {
        if (edit.isEmpty()) {
            throw new IllegalArgumentException("A link change changes at least one link");
        }
        return new Change(description, 0, List.of(), List.of(), List.of(), List.of(), edit);
    }

    /** Decisions on divergences, leaving the rows as they are. */
    public static Change decisions(String description, List<DecisionEdit> edits) {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("A decision change makes at least one decision");
        }
        return new Change(description, 0, List.of(), List.of(), List.of(), edits);
    }

    /**
     * The change that undoes this one. Every row it restores is marked touched
     * ({@link ReviewRow#NEW_VERSION}): restored, it is a new version for whoever saw the change.
     */
    public Change inverse() {
        List<SegmentEdit> edits = new ArrayList<>();
        for (SegmentEdit edit : segmentEdits.reversed()) {
            edits.add(edit.inverse());
        }
        List<DecisionEdit> decisions = new ArrayList<>();
        for (DecisionEdit edit : decisionEdits.reversed()) {
            decisions.add(edit.inverse());
        }
        return new Change(description, firstRow, after, touched(before), edits, decisions, links.inverse());
    }

    /** The same change with every row of {@code after} marked touched, to make it again (redo). */
    public Change touchingAll() {
        return new Change(description, firstRow, before, touched(after), segmentEdits, decisionEdits, links);
    }

    private static List<ReviewRow> touched(List<ReviewRow> rows) {
        return rows.stream().map(row -> row.withVersion(ReviewRow.NEW_VERSION)).toList();
    }

    /** The same change with every touched row of {@code after} given this version. */
    public Change stamped(long version) {
        return new Change(description, firstRow, before,
                after.stream().map(row -> row.version() == ReviewRow.NEW_VERSION ? row.withVersion(version) : row).toList(), segmentEdits,
                decisionEdits, links);
    }

    /**
     * The same change with its rows' ids mapped: new rows (negative ids) to the ids the database
     * gave them, or every id to where a restored project's rows now stand.
     */
    public Change withRowIds(LongUnaryOperator ids) {
        return new Change(description, firstRow, mapped(before, ids), mapped(after, ids), segmentEdits, decisionEdits, links);
    }

    private static List<ReviewRow> mapped(List<ReviewRow> rows, LongUnaryOperator ids) {
        return rows.stream().map(row -> new ReviewRow(ids.applyAsLong(row.id()), row.cells(), row.confidence(), row.status(), row.version())).toList();
    }

    /** Whether the change alters nothing (no row, no segment, no decision and no link differs). */
    public boolean isEmpty() {
        return segmentEdits.isEmpty() && links.isEmpty() && decisionEdits.stream().allMatch(e -> java.util.Objects.equals(e.before(), e.after())) && before.size() == after.size()
                && java.util.stream.IntStream.range(0, before.size()).allMatch(i -> before.get(i).id() == after.get(i).id()
                        && before.get(i).sameContent(after.get(i)) && after.get(i).version() != ReviewRow.NEW_VERSION);
    }
}
