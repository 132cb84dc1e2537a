package dev.alinea.reviewing;

import dev.alinea.review.ReviewLink;

/**
 * A link between two sentences with the rows that now hold them, to show it from both rows.
 *
 * @param row position of the row holding the link's first sentence ({@link ReviewLink#document()})
 * @param otherRow position of the row holding its second sentence
 */
public record RowLink(ReviewLink link, int row, int otherRow) {

    /** The position of the row holding the link's sentence in this document. */
    public int rowIn(int document) {
        return document == link.document() ? row : otherRow;
    }
}
