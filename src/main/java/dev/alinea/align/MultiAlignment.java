package dev.alinea.align;

import java.util.List;

/**
 * An N-way alignment.
 *
 * @param rows the rows, in which every sentence of every document appears exactly once, in order
 * @param contrast for each document in project order, how clearly it matches the pivot sentence
 *        by sentence (see {@link PairAlignment#contrast()}); infinite for the pivot itself
 * @param disagreements number of rows whose confidence was lowered because a direct alignment of
 *        two non-pivot documents contradicts the composition
 */
public record MultiAlignment(List<Row> rows, List<Double> contrast, int disagreements) {

    public MultiAlignment {
        rows = List.copyOf(rows);
        contrast = List.copyOf(contrast);
    }
}
