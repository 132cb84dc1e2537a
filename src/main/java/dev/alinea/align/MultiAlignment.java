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
 * @param links correspondences the rows cannot hold (a comparable version telling a fact elsewhere,
 *        or one sentence matching several), sorted by document and sentence
 */
public record MultiAlignment(List<Row> rows, List<Double> contrast, int disagreements, List<Link> links) {

    public MultiAlignment {
        rows = List.copyOf(rows);
        contrast = List.copyOf(contrast);
        links = List.copyOf(links);
    }

    /**
     * Each row's cell texts: per document, its sentences in the row joined the way its language
     * writes ("" for an empty cell).
     *
     * @param sentences each document's sentences, as aligned
     * @param languages each document's language
     */
    public List<List<String>> cellTexts(List<List<String>> sentences, List<String> languages) {
        return rows.stream().map(row -> {
            List<String> cells = new java.util.ArrayList<>();
            for (int d = 0; d < languages.size(); d++) {
                SegmentRange cell = row.cells().get(d);
                cells.add(dev.alinea.language.Languages.of(languages.get(d)).join(sentences.get(d).subList(cell.start(), cell.end())));
            }
            return cells;
        }).toList();
    }
}
