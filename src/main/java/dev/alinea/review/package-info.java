/**
 * Review of an N-way alignment: the operations a reviewer applies to the rows (merge, split, shift,
 * insert an empty cell, exclude, edit, split and join sentences, confirm, decide on a divergence), each as a reversible
 * {@link dev.alinea.review.Change} so that undo and redo are exact, and re-alignment of the
 * stretches between confirmed rows. Plain Java: the web app stores the changes, the tests run them
 * in memory.
 */
@NullMarked
package dev.alinea.review;

import org.jspecify.annotations.NullMarked;
