/**
 * Sentence alignment: pairwise bead search between two documents (a length-based Gale–Church
 * aligner whose parameters are estimated from the texts), composition of pairwise beads into
 * N-way rows around a pivot document, and per-row confidence. Plain Java: no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.align;

import org.jspecify.annotations.NullMarked;
