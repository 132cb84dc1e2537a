package dev.alinea.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events into blocks: each block-level element (paragraph,
 * heading, list item, table cell, caption) ends the current block, so that a heading never merges
 * with the paragraph after it. Text inside the document head is ignored.
 */
final class BlockCollectingHandler extends DefaultHandler {

    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
            "td", "th", "tr", "caption", "figcaption", "br", "section", "article", "ul", "ol", "table");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int headDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth++;
        } else if (BLOCK_ELEMENTS.contains(name)) {
            flush();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth--;
        } else if (BLOCK_ELEMENTS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth == 0) {
            current.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    List<String> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    private void flush() {
        String block = normalizeSpace(current);
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    /** Collapses every run of whitespace (no-break spaces and ideographic spaces included) to one space, and trims. */
    static String normalizeSpace(CharSequence text) {
        var out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
