/**
 * Export of a project's alignment for other tools: multilingual TMX with divergences as notes, one
 * TMX per language pair (zipped), CSV, TSV and XLSX, each of the project as it was at one
 * revision, written page by page.
 * Stores nothing of its own: it reads through the services of the project, review and name-list
 * features.
 */
@NullMarked
package dev.alinea.export;

import org.jspecify.annotations.NullMarked;
