package dev.alinea.review;

import dev.alinea.align.Link;

/**
 * A link as the reviewer sees it: a correspondence between a sentence of one document and a
 * sentence of another that the rows do not hold (see {@link Link}), and who made it.
 *
 * @param document the first document's position in the project, {@code < otherDocument}
 * @param segment index of the sentence in the first document
 * @param otherDocument the second document's position
 * @param otherSegment index of the sentence in the second document
 * @param confidence in [0, 1]; 1 for a link a reviewer made
 * @param origin who made it
 */
public record ReviewLink(int document, int segment, int otherDocument, int otherSegment, double confidence, LinkOrigin origin) {

    public ReviewLink {
        new Link(document, segment, otherDocument, otherSegment, confidence);
    }

    /** A link the aligner found. */
    public static ReviewLink found(Link link) {
        return new ReviewLink(link.document(), link.segment(), link.otherDocument(), link.otherSegment(), link.confidence(), LinkOrigin.AUTOMATIC);
    }

    /** A link a reviewer made between two sentences, their documents in either order. */
    public static ReviewLink byReviewer(int document, int segment, int otherDocument, int otherSegment) {
        Link link = Link.between(document, segment, otherDocument, otherSegment, 1);
        return new ReviewLink(link.document(), link.segment(), link.otherDocument(), link.otherSegment(), 1, LinkOrigin.REVIEWER);
    }

    /** Whether this link has an end at this sentence. */
    public boolean touches(int doc, int seg) {
        return document == doc && segment == seg || otherDocument == doc && otherSegment == seg;
    }

    /** Whether the two links join the same two sentences. */
    public boolean sameEnds(ReviewLink other) {
        return document == other.document && segment == other.segment && otherDocument == other.otherDocument && otherSegment == other.otherSegment;
    }

    /** The sentence index at the end in this document. */
    public int segmentIn(int doc) {
        if (doc == document) {
            return segment;
        }
        if (doc == otherDocument) {
            return otherSegment;
        }
        throw new IllegalArgumentException("The link does not reach document " + doc);
    }

    /** The document at the other end from this one. */
    public int across(int doc) {
        return doc == document ? otherDocument : document;
    }

    /** The same link with its end in {@code doc} at sentence {@code seg}. */
    ReviewLink withEnd(int doc, int seg) {
        return doc == document ? new ReviewLink(document, seg, otherDocument, otherSegment, confidence, origin)
                : new ReviewLink(document, segment, otherDocument, seg, confidence, origin);
    }

    /** The same link with every end in {@code doc} at or after {@code from} moved by {@code delta}. */
    ReviewLink shifted(int doc, int from, int delta) {
        ReviewLink moved = this;
        if (document == doc && segment >= from) {
            moved = moved.withEnd(doc, segment + delta);
        }
        if (otherDocument == doc && otherSegment >= from) {
            moved = moved.withEnd(doc, otherSegment + delta);
        }
        return moved;
    }
}
