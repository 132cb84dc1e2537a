/**
 * Database concerns shared by every feature: preparing PostgreSQL for the one set of Flyway
 * migrations that also runs on H2, and the settings of the JSON Alinea stores. Holds no table of
 * its own; each feature package stores its own data.
 */
@NullMarked
package dev.alinea.storage;

import org.jspecify.annotations.NullMarked;
