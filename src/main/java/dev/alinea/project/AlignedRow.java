package dev.alinea.project;

import java.util.List;

/**
 * One row of a project's alignment with its text, as shown and exported.
 *
 * @param position 0-based row number
 * @param cells for each document in column order, the texts of its segments in this row (possibly none)
 * @param confidence in [0, 1]
 */
public record AlignedRow(int position, List<List<String>> cells, double confidence, RowStatus status) {

    public AlignedRow {
        cells = cells.stream().map(List::copyOf).toList();
    }
}
