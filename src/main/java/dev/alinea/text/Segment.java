package dev.alinea.text;

/**
 * One sentence (or heading, list item) of a document.
 *
 * @param index 0-based position in its document
 * @param text the sentence, without surrounding whitespace; never empty
 * @param start offset of the first character in the document's extracted text
 * @param end offset just past the last character; {@code text} equals {@code extracted.substring(start, end)}
 */
public record Segment(int index, String text, int start, int end) {

    public Segment {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A segment's text must not be empty");
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("Segment offsets [" + start + ", " + end + ") do not fit its text");
        }
    }
}
