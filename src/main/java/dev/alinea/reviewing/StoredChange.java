package dev.alinea.reviewing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.alinea.align.SegmentRange;
import dev.alinea.review.Change;
import dev.alinea.review.DecisionEdit;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.LinkEdit;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.ReviewRow;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.review.SegmentEdit;
import dev.alinea.review.Verdict;

/**
 * A change as the review history stores it (the JSON of a history entry's change data), format
 * version {@value #VERSION}. It is mapped field by field to and from {@link Change}, so renaming
 * anything of the review's records leaves stored history readable; changing this record's shape
 * needs a new format version and a fixture of it.
 *
 * <p>Version 2 added {@code decisionEdits} (decisions on divergences), version 3 {@code linkEdits}
 * (links between sentences taken away and added). A change is written in the oldest version that
 * holds it: without links as version 2, without decisions either as version 1, field for field as
 * before, so that only changes an older Alinea could not make are refused by it.
 *
 * @param formatVersion {@value #VERSION}, {@value #WITHOUT_LINKS} or {@value #WITHOUT_DECISIONS}
 *        when written; absent (null here) in entries written before the history had versions, which are version 1
 * @param decisionEdits absent (null) in version 1
 * @param linkEdits absent (null) before version 3
 */
record StoredChange(Integer formatVersion, String description, int firstRow, List<Row> before, List<Row> after, List<Edit> segmentEdits,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Decision> decisionEdits,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Links linkEdits) {

    static final int VERSION = 3;
    /** The version a change without links is written in. */
    static final int WITHOUT_LINKS = 2;
    /** The version a change without decisions or links is written in. */
    static final int WITHOUT_DECISIONS = 1;

    /** @param removed, added counting sentences before and after the change's segment edits */
    record Links(List<Link> removed, List<Link> added) {
    }

    /** @param origin {@code AUTOMATIC} or {@code REVIEWER} */
    record Link(int document, int segment, int otherDocument, int otherSegment, double confidence, String origin) {
    }

    /** @param status {@code ALIGNED} or {@code CONFIRMED} */
    record Row(long id, List<Range> cells, double confidence, String status, long version) {
    }

    record Range(int start, int end) {
    }

    record Edit(int document, int at, List<Sentence> before, List<Sentence> after) {
    }

    record Sentence(String text, int start, int end, boolean excluded) {
    }

    /** @param before, after null for no decision */
    record Decision(String key, @Nullable Decided before, @Nullable Decided after) {
    }

    /** @param verdict {@code DISMISSED} or {@code ACCEPTED} */
    record Decided(String verdict, String reason) {
    }

    static StoredChange of(Change change) {
        boolean decisions = !change.decisionEdits().isEmpty();
        boolean links = !change.links().isEmpty();
        return new StoredChange(links ? VERSION : decisions ? WITHOUT_LINKS : WITHOUT_DECISIONS, change.description(), change.firstRow(),
                rows(change.before()), rows(change.after()),
                change.segmentEdits().stream().map(e -> new Edit(e.document(), e.at(), sentences(e.before()), sentences(e.after()))).toList(),
                decisions || links ? change.decisionEdits().stream().map(e -> new Decision(e.key(), verdict(e.before()), verdict(e.after()))).toList()
                        : null,
                links ? new Links(storedLinks(change.links().removed()), storedLinks(change.links().added())) : null);
    }

    Change toChange() {
        return new Change(description, firstRow, reviewRows(before), reviewRows(after),
                segmentEdits.stream().map(e -> new SegmentEdit(e.document(), e.at(), reviewSegments(e.before()), reviewSegments(e.after()))).toList(),
                decisionEdits == null ? List.of()
                        : decisionEdits.stream().map(d -> new DecisionEdit(d.key(), decision(d.before()), decision(d.after()))).toList(),
                linkEdits == null ? LinkEdit.NONE : new LinkEdit(reviewLinks(linkEdits.removed()), reviewLinks(linkEdits.added())));
    }

    private static List<Link> storedLinks(List<ReviewLink> links) {
        return links.stream().map(l -> new Link(l.document(), l.segment(), l.otherDocument(), l.otherSegment(), l.confidence(), switch (l.origin()) {
            case AUTOMATIC -> "AUTOMATIC";
            case REVIEWER -> "REVIEWER";
        })).toList();
    }

    private static List<ReviewLink> reviewLinks(List<Link> links) {
        return links.stream().map(l -> new ReviewLink(l.document(), l.segment(), l.otherDocument(), l.otherSegment(), l.confidence(),
                switch (l.origin()) {
                    case "AUTOMATIC" -> LinkOrigin.AUTOMATIC;
                    case "REVIEWER" -> LinkOrigin.REVIEWER;
                    default -> throw new IllegalArgumentException("Unknown link origin '" + l.origin() + "'");
                })).toList();
    }

    private static @Nullable Decided verdict(@Nullable DivergenceDecision decision) {
        return decision == null ? null : new Decided(switch (decision.verdict()) {
            case DISMISSED -> "DISMISSED";
            case ACCEPTED -> "ACCEPTED";
        }, decision.reason());
    }

    private static @Nullable DivergenceDecision decision(@Nullable Decided stored) {
        if (stored == null) {
            return null;
        }
        return new DivergenceDecision(switch (stored.verdict()) {
            case "DISMISSED" -> Verdict.DISMISSED;
            case "ACCEPTED" -> Verdict.ACCEPTED;
            default -> throw new IllegalArgumentException("Unknown verdict '" + stored.verdict() + "'");
        }, stored.reason() == null ? "" : stored.reason());
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
