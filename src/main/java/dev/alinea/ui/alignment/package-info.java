/**
 * The alignment screen: one column per document, a row number and a confidence column, loaded
 * lazily page by page, and the TMX download.
 */
@NullMarked
package dev.alinea.ui.alignment;

import org.jspecify.annotations.NullMarked;
