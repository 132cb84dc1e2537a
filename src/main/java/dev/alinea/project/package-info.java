/**
 * Application services and persistence: creating projects from files (extract, segment, align),
 * storing documents, segments and alignment rows in the database through Flyway-managed tables,
 * reading them back page by page, and exporting. Owns transactions; the UI and the command line
 * call the services here, never the repositories.
 */
package dev.alinea.project;
