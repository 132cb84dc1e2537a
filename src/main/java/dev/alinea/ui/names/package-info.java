/** The name-list screen: entities suggested from the alignment, confirmed, merged or rejected by the reviewer; CSV and TBX. */
@NullMarked
package dev.alinea.ui.names;

import org.jspecify.annotations.NullMarked;
