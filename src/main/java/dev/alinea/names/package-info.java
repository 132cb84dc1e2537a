/**
 * A project's name list and its divergences: the entities suggested from the alignment, the
 * reviewer's decisions (confirmed, merged, rejected) stored in the {@code name_entry} and
 * {@code name_rendering} tables, their CSV and TBX files, and the divergences found over the rows,
 * stored ({@code divergence_run}, {@code stored_divergence}) with the decision key each one is
 * dismissed or accepted by (the decisions themselves are review changes, in {@code reviewing}).
 * Divergence detection lives here, not in a package of its own, because it is run against the
 * stored name list and the name list's suggestions come from its report.
 */
@NullMarked
package dev.alinea.names;

import org.jspecify.annotations.NullMarked;
