/**
 * Where the versions of a row do not say the same thing: mentions (names, acronyms, numbers) per
 * cell, matched across languages (pinyin syllables for Chinese names, values for numbers,
 * dictionaries for translated names), the divergences found in rows (a name rendered differently,
 * a different name order, a missing name, a differing number, an omitted sentence, a partial
 * translation, an entity written two ways in one document) and the project's name list. Plain
 * Java: no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.divergence;

import org.jspecify.annotations.NullMarked;
