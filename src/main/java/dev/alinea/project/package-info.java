/**
 * Projects and their documents: creating a project from files (extract, segment, align) or from a
 * TMX file, storing its documents and their segments, listing projects, and making the demo
 * project on first start. Owns the {@code project}, {@code document} and {@code segment} tables;
 * a new project's rows are handed to {@code dev.alinea.reviewing}, which owns them from then on.
 * The UI and the command line call {@link dev.alinea.project.ProjectService}, never the repository.
 */
@NullMarked
package dev.alinea.project;

import org.jspecify.annotations.NullMarked;
