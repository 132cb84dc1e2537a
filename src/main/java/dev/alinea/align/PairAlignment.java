package dev.alinea.align;

import java.util.List;

/**
 * The alignment of two documents with what it says about the pair as a whole.
 *
 * @param beads the beads, covering both documents in order
 * @param parallelism share of paired beads whose content clearly matches (more than nearly any
 *        neighbouring sentence pair would), in [0, 1]: translations score 0.6 and more; comparable
 *        or unrelated texts little or nothing
 */
public record PairAlignment(List<Bead> beads, double parallelism) {

    public PairAlignment {
        beads = List.copyOf(beads);
    }

    /** Whether the pair looks like a text and its translation rather than two different texts. */
    public boolean isTranslation() {
        return parallelism >= LexicalAligner.TRANSLATION_PARALLELISM;
    }
}
