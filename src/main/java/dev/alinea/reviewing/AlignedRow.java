package dev.alinea.reviewing;

import java.util.List;

import dev.alinea.review.RowStatus;

/**
 * One row of a project's alignment with its text, as shown and exported.
 *
 * @param position 0-based row number
 * @param cells for each document in column order, the texts of its segments in this row (possibly none)
 * @param confidence in [0, 1]
 * @param excluded for each cell, which of its segments are excluded page clutter (shown greyed, not exported)
 * @param firstSegments for each cell, the index of its first segment in its document
 * @param id the row's identity, which edits keep
 * @param version the project revision that last changed the row
 */
public record AlignedRow(int position, List<List<String>> cells, double confidence, RowStatus status, List<List<Boolean>> excluded,
        List<Integer> firstSegments, long id, long version) {

    public AlignedRow {
        cells = cells.stream().map(List::copyOf).toList();
        excluded = excluded.stream().map(List::copyOf).toList();
        firstSegments = List.copyOf(firstSegments);
    }

    /** A row without excluded segments whose segment indexes do not matter (tests, imports). */
    public AlignedRow(int position, List<List<String>> cells, double confidence, RowStatus status) {
        this(position, cells, confidence, status, cells.stream().map(c -> java.util.Collections.nCopies(c.size(), false)).toList(),
                java.util.Collections.nCopies(cells.size(), 0), 0, 0);
    }

    /** The texts of a cell's segments that take part in alignment and export. */
    public List<String> includedTexts(int cell) {
        List<String> texts = new java.util.ArrayList<>();
        for (int s = 0; s < cells.get(cell).size(); s++) {
            if (!excluded.get(cell).get(s)) {
                texts.add(cells.get(cell).get(s));
            }
        }
        return texts;
    }
}
