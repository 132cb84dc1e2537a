package dev.alinea.divergence;

import java.util.List;

/**
 * A difference between the versions of one row.
 *
 * @param type what kind of difference
 * @param row the row's position
 * @param spans the stretches of the cells concerned, to highlight (possibly whole cells)
 * @param explanation a sentence for the reviewer that names both sides
 */
public record Divergence(DivergenceType type, int row, List<Span> spans, String explanation) {

    public Divergence {
        spans = List.copyOf(spans);
    }
}
