package dev.alinea.align;

/**
 * A correspondence between one sentence of a document and one sentence of another that the rows
 * do not hold: a comparable text states the same fact elsewhere (crossing the order of the rows),
 * or one sentence corresponds to several sentences of the other text. Shown from both rows,
 * stored, and exported as its own translation unit.
 *
 * @param document index of the first document in project order, {@code < otherDocument}
 * @param segment index of the sentence in the first document
 * @param otherDocument index of the second document in project order
 * @param otherSegment index of the sentence in the second document
 * @param confidence how likely the two sentences state the same fact, in [0, 1]
 */
public record Link(int document, int segment, int otherDocument, int otherSegment, double confidence) {

    public Link {
        if (document < 0 || document >= otherDocument) {
            throw new IllegalArgumentException("A link joins two documents, the first before the second: " + document + ", " + otherDocument);
        }
        if (segment < 0 || otherSegment < 0) {
            throw new IllegalArgumentException("Sentence indexes must not be negative: " + segment + ", " + otherSegment);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be in [0, 1], was " + confidence);
        }
    }

    /** The link between the same two sentences with their documents in either order. */
    public static Link between(int document, int segment, int otherDocument, int otherSegment, double confidence) {
        return document < otherDocument ? new Link(document, segment, otherDocument, otherSegment, confidence)
                : new Link(otherDocument, otherSegment, document, segment, confidence);
    }
}
