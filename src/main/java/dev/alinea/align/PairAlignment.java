package dev.alinea.align;

import java.util.List;

/**
 * The alignment of two documents with what it says about the pair as a whole.
 *
 * @param beads the beads, covering both documents in order
 * @param contrast how many times more the paired sentences match than sentences just off the
 *        alignment do, &gt;= 0: translations measure 5 and more, comparable articles 2 to 3,
 *        unrelated texts under 1
 * @param links for a text that is not a translation, the pairs of sentences the beads do not hold
 *        but that likely state the same fact, source as document 0 and target as document 1
 */
public record PairAlignment(List<Bead> beads, double contrast, List<Link> links) {

    public PairAlignment {
        beads = List.copyOf(beads);
        links = List.copyOf(links);
    }

    /** An alignment whose beads hold every correspondence. */
    public PairAlignment(List<Bead> beads, double contrast) {
        this(beads, contrast, List.of());
    }

    /** Whether the pair looks like a text and its translation rather than two different texts. */
    public boolean isTranslation() {
        return contrast >= LexicalAligner.TRANSLATION_CONTRAST;
    }
}
