package dev.alinea.align;

import java.util.List;

/**
 * An N-way alignment.
 *
 * @param rows the rows, in which every sentence of every document appears exactly once, in order
 * @param parallelism for each document in project order, how parallel it is to the pivot (see
 *        {@link PairAlignment#parallelism()}); 1 for the pivot itself
 * @param disagreements number of rows whose confidence was lowered because a direct alignment of
 *        two non-pivot documents contradicts the composition
 */
public record MultiAlignment(List<Row> rows, List<Double> parallelism, int disagreements) {

    public MultiAlignment {
        rows = List.copyOf(rows);
        parallelism = List.copyOf(parallelism);
    }
}
