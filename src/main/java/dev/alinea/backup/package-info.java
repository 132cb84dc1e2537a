/**
 * Backup and restore of whole projects: one gzipped JSON file per project in a versioned stored
 * format ({@code ProjectBackup}), read in one transaction under the project's lock and restored
 * all or nothing. Its repository copies every table of a project as it is, row keys and history
 * included, which is why it reads and writes them itself.
 */
@NullMarked
package dev.alinea.backup;

import org.jspecify.annotations.NullMarked;
