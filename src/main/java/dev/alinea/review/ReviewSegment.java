package dev.alinea.review;

/**
 * One sentence of a document as the reviewer sees it.
 *
 * @param text the sentence; never blank (a reviewer's edit may make it differ from the source text)
 * @param start offset of the sentence in the document's extracted text; for an edited sentence that
 *        is no longer found there, the offset where it stands and {@code end == start}
 * @param end offset just past the sentence in the extracted text
 * @param excluded whether it is left out of alignment and export (page clutter)
 */
public record ReviewSegment(String text, int start, int end, boolean excluded) {

    public ReviewSegment {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A sentence must not be empty");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid offsets [" + start + ", " + end + ")");
        }
    }

    ReviewSegment withExcluded(boolean value) {
        return new ReviewSegment(text, start, end, value);
    }
}
