package dev.alinea.align;

import java.util.List;

/** Aligns the sentences of two documents. */
public interface SentenceAligner {

    /**
     * Aligns two sentence lists.
     *
     * @param source the source document's sentences, in order
     * @param target the target document's sentences, in order
     * @return beads in order that cover every source and target sentence exactly once; empty when
     *         both lists are empty
     */
    List<Bead> align(List<String> source, List<String> target);

    /**
     * Aligns two sentence lists and says how parallel they are. Aligners without a measure of it
     * report every pair as a translation.
     */
    default PairAlignment alignPair(List<String> source, List<String> target) {
        return new PairAlignment(align(source, target), LexicalAligner.TRANSLATION_CONTRAST);
    }
}
