/**
 * Sentence alignment: pairwise bead search between two documents (by default the lexical aligner,
 * which weighs translation evidence (dictionaries, a lexicon learned from the pair, numbers, names,
 * cognates) together with sentence lengths; the length-only Gale–Church aligner stays as the
 * baseline), composition of pairwise beads into N-way rows around a pivot document, and per-row
 * confidence. Plain Java: no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.align;

import org.jspecify.annotations.NullMarked;
