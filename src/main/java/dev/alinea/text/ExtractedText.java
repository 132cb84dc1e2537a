package dev.alinea.text;

import java.util.List;
import java.util.Map;

/**
 * The clean text of one file: its blocks (title, headings, paragraphs) in reading order, joined by
 * a single {@code '\n'} in {@link #text()}, so that every offset a {@link Segment} carries points
 * into {@link #text()}.
 *
 * @param fileName the name of the file the text came from, for messages
 * @param title the document's title, or empty when the file has none
 * @param blocks the non-empty text blocks, whitespace-normalised, title first when there is one
 * @param metadata front-matter keys other than the title, as strings (empty when none)
 */
public record ExtractedText(String fileName, String title, List<String> blocks, Map<String, String> metadata) {

    public ExtractedText {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
    }

    /** A first block longer than this is a paragraph, not a heading. */
    private static final int HEADING_LENGTH = 150;

    /**
     * What the document calls itself: its title, else its first block when that reads as a
     * heading (at most 150 characters, not closed by a full stop); empty when neither.
     */
    public String heading() {
        if (!title.isBlank()) {
            return title.strip();
        }
        if (blocks.isEmpty()) {
            return "";
        }
        String first = blocks.getFirst().strip();
        boolean sentence = first.endsWith(".") || first.endsWith("。") || first.endsWith("!") || first.endsWith("?");
        return first.length() <= HEADING_LENGTH && !sentence ? first : "";
    }

    /** The blocks joined by {@code '\n'}: the text that segment offsets refer to. */
    public String text() {
        return String.join("\n", blocks);
    }
}
