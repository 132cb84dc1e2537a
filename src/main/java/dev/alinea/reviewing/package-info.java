/**
 * Review of a stored project: reading its rows page by page and filtered, making the reviewer's
 * changes (worked out by the plain-Java {@code dev.alinea.review}) in the database with their
 * history, undo and redo, re-alignment, and telling every window showing the project that it
 * changed. Owns the {@code alignment_row}, {@code row_cell} and {@code history_entry} tables and the
 * history's stored format ({@link dev.alinea.reviewing.ChangeCodec}, a versioned DTO of its own).
 */
@NullMarked
package dev.alinea.reviewing;

import org.jspecify.annotations.NullMarked;
