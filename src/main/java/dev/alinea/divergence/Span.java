package dev.alinea.divergence;

/**
 * A stretch of one cell that a divergence points at.
 *
 * @param document the document's position in the project
 * @param start offset in the cell's text
 * @param end offset just past it
 * @param text the stretch itself
 */
public record Span(int document, int start, int end, String text) {
}
