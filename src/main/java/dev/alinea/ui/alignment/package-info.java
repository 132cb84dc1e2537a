/**
 * The alignment screen: one column per document, a row number and a confidence column, loaded
 * lazily page by page, and the TMX download.
 */
package dev.alinea.ui.alignment;
