/**
 * Exchange formats: TMX 1.4b translation memories written and read with StAX (constant memory,
 * no external entities, no DTD processing), and tabular TSV/CSV exports. Plain Java: no Spring,
 * Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.tmx;

import org.jspecify.annotations.NullMarked;
