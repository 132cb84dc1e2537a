/** The name-list screen: entities suggested from the alignment, confirmed, merged or rejected by the reviewer; CSV and TBX. */
package dev.alinea.ui.names;
