package dev.alinea.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.alinea.align.SegmentRange;
import dev.alinea.language.Languages;

/**
 * A project's alignment as a reviewer edits it: the documents' segments and the rows over them.
 * Every operation checks that it can be made and returns the {@link Change} it would make,
 * without making it: the caller stores the change and then {@link #apply applies} it, so a change
 * that could not be stored never shows. Refused operations throw {@link EditRefusedException}
 * with a message for the reviewer.
 *
 * <p>Invariant, kept by every operation: across the rows every segment of every document appears
 * exactly once and in document order, and every link joins two sentences that exist. Rows are
 * addressed by 0-based index; messages count from 1. Not thread-safe.
 *
 * <p>Links ({@link ReviewLink}) join sentences the rows cannot hold together; a reviewer makes,
 * moves and removes them, and an edit of a cell's sentences moves the links of the sentences it
 * keeps and drops those of the sentences it replaces.
 */
public final class ReviewAlignment {

    private final List<String> languages;
    private final List<List<ReviewSegment>> segments;
    private final List<ReviewRow> rows;
    private final LinkSet links;
    private @Nullable Map<Long, Integer> indexById;

    /**
     * @param languages each document's language (BCP 47), in project order
     * @param segments each document's segments, in order
     * @param rows the rows, keeping the invariant
     * @throws IllegalStateException when the rows break the invariant
     */
    public ReviewAlignment(List<String> languages, List<List<ReviewSegment>> segments, List<ReviewRow> rows) {
        this(languages, segments, rows, List.of());
    }

    /**
     * @param links the links between sentences, in any order
     * @throws IllegalStateException when the rows break the invariant or a link ends past its documents
     */
    public ReviewAlignment(List<String> languages, List<List<ReviewSegment>> segments, List<ReviewRow> rows, List<ReviewLink> links) {
        this.languages = List.copyOf(languages);
        this.segments = new ArrayList<>();
        segments.forEach(document -> this.segments.add(new ArrayList<>(document)));
        this.rows = new ArrayList<>(rows);
        this.links = new LinkSet(links);
        checkInvariant();
    }

    /** An independent copy, e.g. to re-align while the original goes on being edited. */
    public ReviewAlignment copy() {
        return new ReviewAlignment(languages, segments, rows, links.all());
    }

    public List<String> languages() {
        return languages;
    }

    public int rowCount() {
        return rows.size();
    }

    public ReviewRow row(int index) {
        return rows.get(index);
    }

    /** The rows, unmodifiable, in order. */
    public List<ReviewRow> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    public List<ReviewSegment> segments(int document) {
        return java.util.Collections.unmodifiableList(segments.get(document));
    }

    /** The segments of one cell of a row. */
    public List<ReviewSegment> cell(int row, int document) {
        SegmentRange range = rows.get(row).cell(document);
        return segments(document).subList(range.start(), range.end());
    }

    /** The links, unmodifiable, in order of their first end. */
    public List<ReviewLink> links() {
        return links.all();
    }

    /** The links with an end at this sentence of a document. */
    public List<ReviewLink> linksAt(int document, int segment) {
        return links.at(document, segment);
    }

    /**
     * Index of the row holding a sentence of a document.
     *
     * @throws IndexOutOfBoundsException when the document has no such sentence
     */
    public int rowOf(int document, int segment) {
        java.util.Objects.checkIndex(segment, segments.get(document).size());
        int low = 0;
        int high = rows.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).cell(document).end() > segment) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Index of the row with this id, or -1 when there is none. */
    public int indexOf(long rowId) {
        if (indexById == null) {
            indexById = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                indexById.put(rows.get(r).id(), r);
            }
        }
        return indexById.getOrDefault(rowId, -1);
    }

    // ---- operations -------------------------------------------------------------------------

    /** Joins a row and the row below into one row. */
    public Change mergeWithNext(int row) {
        checkRow(row);
        if (row + 1 >= rows.size()) {
            throw new EditRefusedException("Row " + (row + 1) + " is the last row: there is no next row to merge it with.");
        }
        return merged(row, "Merged rows " + (row + 1) + " and " + (row + 2));
    }

    /** Joins a row and the row above into one row. */
    public Change mergeWithPrevious(int row) {
        checkRow(row);
        if (row == 0) {
            throw new EditRefusedException("Row 1 is the first row: there is no previous row to merge it with.");
        }
        return merged(row - 1, "Merged rows " + row + " and " + (row + 1));
    }

    private Change merged(int first, String description) {
        ReviewRow upper = rows.get(first);
        ReviewRow lower = rows.get(first + 1);
        List<SegmentRange> cells = new ArrayList<>();
        for (int d = 0; d < languages.size(); d++) {
            cells.add(new SegmentRange(upper.cell(d).start(), lower.cell(d).end()));
        }
        var merged = new ReviewRow(upper.id(), cells, Math.min(upper.confidence(), lower.confidence()), RowStatus.ALIGNED, ReviewRow.NEW_VERSION);
        return new Change(description, first, List.of(upper, lower), List.of(merged), List.of());
    }

    /**
     * Moves a cell's segments from {@code firstMoved} on (counted within the cell) to a new row
     * just below; with {@code firstMoved == 0} the whole column moves.
     */
    public Change split(int row, int document, int firstMoved) {
        checkCell(row, document);
        ReviewRow current = rows.get(row);
        SegmentRange cell = current.cell(document);
        if (cell.isEmpty()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " text to split off.");
        }
        if (firstMoved < 0 || firstMoved >= cell.size()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " sentence " + (firstMoved + 1) + " to split at.");
        }
        int at = cell.start() + firstMoved;
        if (firstMoved == 0 && onlyCell(current, document)) {
            throw new EditRefusedException("Row " + (row + 1) + " holds only this " + language(document)
                    + " text: splitting it off would leave the row empty.");
        }
        ReviewRow upper = current.withCell(document, new SegmentRange(cell.start(), at));
        List<SegmentRange> cells = new ArrayList<>();
        for (int d = 0; d < languages.size(); d++) {
            int end = current.cell(d).end();
            cells.add(d == document ? new SegmentRange(at, end) : new SegmentRange(end, end));
        }
        var lower = new ReviewRow(-1, cells, current.confidence(), RowStatus.ALIGNED, ReviewRow.NEW_VERSION);
        String what = firstMoved == 0 ? "the " + language(document) + " column" : "the " + language(document) + " text after sentence " + firstMoved;
        return new Change("Split " + what + " off row " + (row + 1), row, List.of(current), List.of(upper, lower), List.of());
    }

    /** Moves the first segment of a cell to the end of the same column in the row above. */
    public Change shiftUp(int row, int document) {
        checkCell(row, document);
        SegmentRange cell = rows.get(row).cell(document);
        if (row == 0) {
            throw new EditRefusedException("Row 1 is the first row: there is no row above to shift the " + language(document) + " sentence into.");
        }
        if (cell.isEmpty()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " sentence to shift up.");
        }
        ReviewRow above = rows.get(row - 1);
        ReviewRow newAbove = above.withCell(document, new SegmentRange(above.cell(document).start(), cell.start() + 1));
        boolean emptied = cell.size() == 1 && onlyCell(rows.get(row), document);
        List<ReviewRow> after = emptied ? List.of(newAbove)
                : List.of(newAbove, rows.get(row).withCell(document, new SegmentRange(cell.start() + 1, cell.end())));
        return new Change("Shifted " + aLanguage(document) + " sentence from row " + (row + 1) + " up", row - 1,
                List.of(above, rows.get(row)), after, List.of());
    }

    /** Moves the last segment of a cell to the start of the same column in the row below. */
    public Change shiftDown(int row, int document) {
        checkCell(row, document);
        SegmentRange cell = rows.get(row).cell(document);
        if (row + 1 >= rows.size()) {
            throw new EditRefusedException("Row " + (row + 1) + " is the last row: there is no row below to shift the "
                    + language(document) + " sentence into.");
        }
        if (cell.isEmpty()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " sentence to shift down.");
        }
        ReviewRow below = rows.get(row + 1);
        ReviewRow newBelow = below.withCell(document, new SegmentRange(cell.end() - 1, below.cell(document).end()));
        boolean emptied = cell.size() == 1 && onlyCell(rows.get(row), document);
        List<ReviewRow> after = emptied ? List.of(newBelow)
                : List.of(rows.get(row).withCell(document, new SegmentRange(cell.start(), cell.end() - 1)), newBelow);
        return new Change("Shifted " + aLanguage(document) + " sentence from row " + (row + 1) + " down", row,
                List.of(rows.get(row), below), after, List.of());
    }

    /**
     * Empties a cell by moving the column's cells from this row on down by one row, as far as the
     * next empty cell of the column (which takes the text above it), or into a new last row.
     * Refused when that would move the text of a confirmed row.
     */
    public Change insertEmptyCell(int row, int document) {
        checkCell(row, document);
        ReviewRow current = rows.get(row);
        if (current.cell(document).isEmpty()) {
            throw new EditRefusedException("The " + language(document) + " cell of row " + (row + 1) + " is empty already.");
        }
        int gap = row + 1;
        while (gap < rows.size() && !rows.get(gap).cell(document).isEmpty()) {
            gap++;
        }
        int last = Math.min(gap, rows.size() - 1);
        for (int r = row; r <= last; r++) {
            if (rows.get(r).status() == RowStatus.CONFIRMED) {
                throw new EditRefusedException("Inserting an empty " + language(document) + " cell at row " + (row + 1)
                        + " would move the text of confirmed row " + (r + 1) + ": unconfirm it first.");
            }
        }
        if (onlyCell(current, document)) {
            throw new EditRefusedException("Row " + (row + 1) + " holds only this " + language(document)
                    + " text: emptying its cell would leave the row empty.");
        }
        SegmentRange first = current.cell(document);
        List<ReviewRow> before = new ArrayList<>(rows.subList(row, last + 1));
        List<ReviewRow> after = new ArrayList<>();
        after.add(current.withCell(document, new SegmentRange(first.start(), first.start())));
        for (int r = row + 1; r <= last; r++) {
            after.add(rows.get(r).withCell(document, rows.get(r - 1).cell(document)));
        }
        if (gap == rows.size()) {
            ReviewRow end = rows.getLast();
            List<SegmentRange> cells = new ArrayList<>();
            for (int d = 0; d < languages.size(); d++) {
                cells.add(d == document ? end.cell(d) : new SegmentRange(end.cell(d).end(), end.cell(d).end()));
            }
            after.add(new ReviewRow(-1, cells, end.confidence(), RowStatus.ALIGNED, ReviewRow.NEW_VERSION));
        }
        return new Change("Inserted an empty " + language(document) + " cell at row " + (row + 1), row, before, after, List.of());
    }

    /**
     * Excludes a segment from alignment and export, or includes it again.
     *
     * @param offset the segment's place within the cell, from 0
     */
    public Change setExcluded(int row, int document, int offset, boolean excluded) {
        int index = segmentIndex(row, document, offset);
        ReviewSegment segment = segments.get(document).get(index);
        if (segment.excluded() == excluded) {
            throw new EditRefusedException("This " + language(document) + " sentence of row " + (row + 1) + " is "
                    + (excluded ? "excluded" : "included") + " already.");
        }
        ReviewRow current = rows.get(row);
        return new Change((excluded ? "Excluded" : "Included") + " " + aLanguage(document) + " sentence of row " + (row + 1), row,
                List.of(current), List.of(current.withVersion(ReviewRow.NEW_VERSION)),
                List.of(new SegmentEdit(document, index, List.of(segment), List.of(segment.withExcluded(excluded)))));
    }

    /** The most characters an edit may leave in a cell (spreadsheets hold 32,767 in a cell). */
    public static final int MAX_CELL_CHARACTERS = 20_000;
    /** The most sentences an edit may leave in a cell. */
    public static final int MAX_CELL_SENTENCES = 500;

    /** Refuses an edit that makes a cell larger than the limits (a cell already larger may shrink). */
    private void checkSize(int row, int document, List<String> texts, List<ReviewSegment> old) {
        int characters = texts.stream().mapToInt(String::length).sum();
        int before = old.stream().mapToInt(segment -> segment.text().length()).sum();
        if ((characters > MAX_CELL_CHARACTERS && characters > before) || (texts.size() > MAX_CELL_SENTENCES && texts.size() > old.size())) {
            throw new EditRefusedException(String.format(java.util.Locale.ROOT,
                    "The %s text of row %d would hold %,d characters in %,d sentences: a cell holds at most %,d characters in %,d sentences.",
                    language(document), row + 1, characters, texts.size(), MAX_CELL_CHARACTERS, MAX_CELL_SENTENCES));
        }
    }

    /** Replaces the text of one sentence. */
    public Change editSegment(int row, int document, int offset, String text) {
        int index = segmentIndex(row, document, offset);
        List<String> texts = texts(row, document);
        texts.set(index - rows.get(row).cell(document).start(), text);
        return replaceSegments(row, document, texts, "Edited " + aLanguage(document) + " sentence of row " + (row + 1));
    }

    /** Splits one sentence in two at a character offset of its text. */
    public Change splitSegment(int row, int document, int offset, int at) {
        int index = segmentIndex(row, document, offset);
        String text = segments.get(document).get(index).text();
        if (at <= 0 || at >= text.length() || text.substring(0, at).isBlank() || text.substring(at).isBlank()) {
            throw new EditRefusedException("Split the " + language(document) + " sentence inside its text, not at its edge.");
        }
        List<String> texts = texts(row, document);
        int within = index - rows.get(row).cell(document).start();
        texts.set(within, text.substring(0, at));
        texts.add(within + 1, text.substring(at));
        return replaceSegments(row, document, texts, "Split " + aLanguage(document) + " sentence of row " + (row + 1));
    }

    /** Joins a sentence and the next one of the same cell into one sentence. */
    public Change joinSegments(int row, int document, int offset) {
        int index = segmentIndex(row, document, offset);
        if (index + 1 >= rows.get(row).cell(document).end()) {
            throw new EditRefusedException("This is the last " + language(document) + " sentence of row " + (row + 1)
                    + ": merge the rows first to join it with the next one.");
        }
        List<String> texts = texts(row, document);
        int within = index - rows.get(row).cell(document).start();
        texts.set(within, Languages.of(languages.get(document)).join(List.of(texts.get(within), texts.remove(within + 1))));
        return replaceSegments(row, document, texts, "Joined two " + language(document) + " sentences of row " + (row + 1));
    }

    /**
     * Replaces a cell's sentences by new ones: text edits, splits and joins at once. Blank lines
     * are dropped; sentences that stay as they were keep their offsets and exclusion.
     *
     * @param texts the cell's sentences as they shall be, in order
     */
    public Change replaceSegments(int row, int document, List<String> texts, String description) {
        checkCell(row, document);
        SegmentRange cell = rows.get(row).cell(document);
        if (cell.isEmpty()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " text to edit.");
        }
        List<String> cleaned = texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (cleaned.isEmpty()) {
            throw new EditRefusedException("The " + language(document) + " text of row " + (row + 1)
                    + " can't be empty: exclude its sentences instead.");
        }
        List<ReviewSegment> old = segments.get(document).subList(cell.start(), cell.end());
        checkSize(row, document, cleaned, old);
        if (cleaned.equals(old.stream().map(ReviewSegment::text).toList())) {
            throw new EditRefusedException("The " + language(document) + " text of row " + (row + 1) + " is unchanged.");
        }
        List<ReviewSegment> replacement = cleaned.stream().map(text -> located(text, old)).toList();
        ReviewRow current = rows.get(row);
        var edited = new ReviewRow(current.id(), cellsWith(current, document, new SegmentRange(cell.start(), cell.start() + replacement.size())),
                current.confidence(), current.status(), ReviewRow.NEW_VERSION);
        return new Change(description, row, List.of(current), List.of(edited), List.of(new SegmentEdit(document, cell.start(), old, replacement)),
                List.of(), relinked(document, cell.start(), old, replacement));
    }

    /**
     * The links of replaced sentences: each goes to the sentence that takes the old one's place (the
     * same text, else the first new sentence that overlaps it in the extracted text), or is dropped.
     */
    private LinkEdit relinked(int document, int at, List<ReviewSegment> old, List<ReviewSegment> replacement) {
        List<ReviewLink> removed = links.within(document, at, at + old.size());
        if (removed.isEmpty()) {
            return LinkEdit.NONE;
        }
        List<ReviewLink> added = new ArrayList<>();
        for (ReviewLink link : removed) {
            int successor = successor(old.get(link.segmentIn(document) - at), replacement);
            if (successor < 0) {
                continue;
            }
            ReviewLink moved = link.withEnd(document, at + successor);
            if (added.stream().noneMatch(moved::sameEnds)) {
                added.add(moved);
            }
        }
        return new LinkEdit(removed, added);
    }

    private static int successor(ReviewSegment old, List<ReviewSegment> replacement) {
        for (int i = 0; i < replacement.size(); i++) {
            if (replacement.get(i).text().equals(old.text())) {
                return i;
            }
        }
        for (int i = 0; i < replacement.size(); i++) {
            ReviewSegment candidate = replacement.get(i);
            if (candidate.end() > candidate.start() && candidate.start() < old.end() && old.start() < candidate.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Where a new sentence stands in the extracted text: as an old sentence, inside one, or spanning several; else edited. */
    private static ReviewSegment located(String text, List<ReviewSegment> old) {
        for (ReviewSegment segment : old) {
            if (segment.text().equals(text)) {
                return segment;
            }
        }
        for (ReviewSegment segment : old) {
            int inside = segment.text().indexOf(text);
            if (inside >= 0 && segment.end() - segment.start() == segment.text().length()) {
                return new ReviewSegment(text, segment.start() + inside, segment.start() + inside + text.length(), segment.excluded());
            }
        }
        for (int first = 0; first < old.size(); first++) {
            for (int last = first + 1; last < old.size(); last++) {
                ReviewSegment a = old.get(first);
                ReviewSegment b = old.get(last);
                if (text.startsWith(a.text()) && text.endsWith(b.text()) && b.end() - a.start() == text.length()) {
                    return new ReviewSegment(text, a.start(), b.end(), false);
                }
            }
        }
        int at = old.getFirst().start();
        return new ReviewSegment(text, at, at, false);
    }

    /**
     * Links a sentence of a row with a sentence of another document, wherever that stands.
     *
     * @param offset the sentence's place within the row's cell, from 0
     * @param otherSegment the other sentence's index in its document, from 0
     */
    public Change link(int row, int document, int offset, int otherDocument, int otherSegment) {
        int index = segmentIndex(row, document, offset);
        checkOtherEnd(document, otherDocument, otherSegment);
        if (rowOf(otherDocument, otherSegment) == row) {
            throw new EditRefusedException("Row " + (row + 1) + " holds both sentences already: they need no link.");
        }
        ReviewLink link = ReviewLink.byReviewer(document, index, otherDocument, otherSegment);
        if (links.joining(link).isPresent()) {
            throw new EditRefusedException("These two sentences are linked already: " + ends(link) + ".");
        }
        return Change.links("Linked " + ends(link), new LinkEdit(List.of(), List.of(link)));
    }

    /**
     * Moves one end of a link to another sentence of the same document.
     *
     * @param movedDocument the document of the end that moves, one of the link's two
     * @param toSegment the sentence of that document the end moves to
     */
    public Change moveLink(ReviewLink link, int movedDocument, int toSegment) {
        ReviewLink current = existing(link);
        if (movedDocument != link.document() && movedDocument != link.otherDocument()) {
            throw new EditRefusedException("This link does not reach the " + language(movedDocument) + " version.");
        }
        int kept = current.across(movedDocument);
        checkOtherEnd(kept, movedDocument, toSegment);
        int keptSegment = current.segmentIn(kept);
        if (rowOf(kept, keptSegment) == rowOf(movedDocument, toSegment)) {
            throw new EditRefusedException("Row " + (rowOf(kept, keptSegment) + 1) + " holds both sentences already: they need no link.");
        }
        ReviewLink moved = ReviewLink.byReviewer(kept, keptSegment, movedDocument, toSegment);
        if (links.joining(moved).isPresent()) {
            throw new EditRefusedException("These two sentences are linked already: " + ends(moved) + ".");
        }
        return Change.links("Moved the link of " + sentence(kept, keptSegment) + " to " + sentence(movedDocument, toSegment),
                new LinkEdit(List.of(current), List.of(moved)));
    }

    /** Takes a link away. */
    public Change unlink(ReviewLink link) {
        ReviewLink current = existing(link);
        return Change.links("Removed the link of " + ends(current), new LinkEdit(List.of(current), List.of()));
    }

    private ReviewLink existing(ReviewLink link) {
        return links.joining(link).filter(link::equals)
                .orElseThrow(() -> new EditRefusedException("This link is not there any more: it was changed in another window."));
    }

    private void checkOtherEnd(int document, int otherDocument, int otherSegment) {
        if (otherDocument < 0 || otherDocument >= languages.size() || otherDocument == document) {
            throw new EditRefusedException("A link joins a sentence with a sentence of another version.");
        }
        int count = segments.get(otherDocument).size();
        if (otherSegment < 0 || otherSegment >= count) {
            throw new EditRefusedException("There is no " + language(otherDocument) + " sentence " + (otherSegment + 1) + ": the "
                    + language(otherDocument) + " version has " + count + ".");
        }
    }

    /** "English sentence 3 and Chinese sentence 29". */
    private String ends(ReviewLink link) {
        return sentence(link.document(), link.segment()) + " and " + sentence(link.otherDocument(), link.otherSegment());
    }

    /** "Chinese sentence 29", counted from 1 in its document. */
    String sentence(int document, int segment) {
        return language(document) + " sentence " + (segment + 1);
    }

    /** Marks a row as confirmed by a reviewer: re-alignment leaves it as it is. */
    public Change confirm(int row) {
        checkRow(row);
        ReviewRow current = rows.get(row);
        if (current.status() == RowStatus.CONFIRMED) {
            throw new EditRefusedException("Row " + (row + 1) + " is confirmed already.");
        }
        return new Change("Confirmed row " + (row + 1), row, List.of(current), List.of(current.withStatus(RowStatus.CONFIRMED)), List.of());
    }

    /** Confirms every row from the first to this one. */
    public Change confirmUpTo(int row) {
        checkRow(row);
        int first = 0;
        while (first <= row && rows.get(first).status() == RowStatus.CONFIRMED) {
            first++;
        }
        if (first > row) {
            throw new EditRefusedException("Rows 1 to " + (row + 1) + " are confirmed already.");
        }
        List<ReviewRow> before = rows.subList(first, row + 1);
        List<ReviewRow> after = before.stream().map(r -> r.status() == RowStatus.CONFIRMED ? r : r.withStatus(RowStatus.CONFIRMED)).toList();
        return new Change("Confirmed rows 1 to " + (row + 1), first, before, after, List.of());
    }

    /** Takes a row's confirmation back. */
    public Change unconfirm(int row) {
        checkRow(row);
        ReviewRow current = rows.get(row);
        if (current.status() != RowStatus.CONFIRMED) {
            throw new EditRefusedException("Row " + (row + 1) + " is not confirmed.");
        }
        return new Change("Unconfirmed row " + (row + 1), row, List.of(current), List.of(current.withStatus(RowStatus.ALIGNED)), List.of());
    }

    // ---- applying changes ---------------------------------------------------------------------

    /**
     * Makes a change (or, given {@link Change#inverse()}, takes it back).
     *
     * @throws IllegalStateException when the change was not made for this state of the alignment
     */
    public void apply(Change change) {
        int first = change.firstRow();
        int count = change.before().size();
        if (first + count > rows.size()) {
            throw new IllegalStateException("Change '" + change.description() + "' replaces rows past the end");
        }
        for (int i = 0; i < count; i++) {
            if (rows.get(first + i).id() != change.before().get(i).id()) {
                throw new IllegalStateException("Change '" + change.description() + "' was made for other rows");
            }
        }
        rows.subList(first, first + count).clear();
        links.remove(change.links().removed(), change.description());
        for (SegmentEdit edit : change.segmentEdits()) {
            List<ReviewSegment> document = segments.get(edit.document());
            List<ReviewSegment> replaced = document.subList(edit.at(), edit.at() + edit.before().size());
            if (!replaced.equals(edit.before())) {
                throw new IllegalStateException("Change '" + change.description() + "' was made for other sentences");
            }
            replaced.clear();
            replaced.addAll(edit.after());
            int from = edit.at() + edit.before().size();
            rows.replaceAll(row -> row.shifted(edit.document(), from, edit.delta()));
            links.shift(edit.document(), edit.at(), edit.before().size(), edit.delta(), change.description());
        }
        links.add(change.links().added(), change.description());
        rows.addAll(first, change.after());
        indexById = null;
    }

    /**
     * Checks the invariant: in every document, the rows' cells follow each other without gap or
     * overlap and cover all segments; every link ends at sentences that exist, and no two join the
     * same sentences.
     *
     * @throws IllegalStateException naming the first row and document where it does not hold
     */
    public void checkInvariant() {
        for (int d = 0; d < languages.size(); d++) {
            int cursor = 0;
            for (int r = 0; r < rows.size(); r++) {
                SegmentRange cell = rows.get(r).cell(d);
                if (cell.start() != cursor) {
                    throw new IllegalStateException("Row " + (r + 1) + " of document " + d + " starts at segment " + cell.start() + ", expected " + cursor);
                }
                cursor = cell.end();
            }
            if (cursor != segments.get(d).size()) {
                throw new IllegalStateException("Document " + d + " has " + segments.get(d).size() + " segments, the rows cover " + cursor);
            }
        }
        links.check(segments.stream().map(List::size).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private List<String> texts(int row, int document) {
        return new ArrayList<>(cell(row, document).stream().map(ReviewSegment::text).toList());
    }

    private int segmentIndex(int row, int document, int offset) {
        checkCell(row, document);
        SegmentRange cell = rows.get(row).cell(document);
        if (offset < 0 || offset >= cell.size()) {
            throw new EditRefusedException("Row " + (row + 1) + " has no " + language(document) + " sentence " + (offset + 1) + ".");
        }
        return cell.start() + offset;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows.size()) {
            throw new EditRefusedException("There is no row " + (row + 1) + ": the alignment has " + rows.size() + " rows.");
        }
    }

    private void checkCell(int row, int document) {
        checkRow(row);
        if (document < 0 || document >= languages.size()) {
            throw new EditRefusedException("There is no document " + (document + 1) + ": the project has " + languages.size() + ".");
        }
    }

    /** Whether every cell of the row but this document's is empty. */
    private static boolean onlyCell(ReviewRow row, int document) {
        for (int d = 0; d < row.cells().size(); d++) {
            if (d != document && !row.cell(d).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<SegmentRange> cellsWith(ReviewRow row, int document, SegmentRange cell) {
        List<SegmentRange> cells = new ArrayList<>(row.cells());
        cells.set(document, cell);
        return cells;
    }

    /** "an English", "a Chinese". */
    private String aLanguage(int document) {
        String name = language(document);
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** The document's language as a reviewer reads it: "English", "Indonesian", "Chinese". */
    String language(int document) {
        return Languages.of(languages.get(document)).displayName();
    }
}
