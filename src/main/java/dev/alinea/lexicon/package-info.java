/**
 * Words and their translations: tokenisation with ICU (Chinese word segmentation included),
 * English and Indonesian stemming with Lucene's stemmers, number normalisation (Chinese numerals
 * included), Han-Latin transliteration of Chinese names, and bundled bilingual dictionaries
 * derived from CC-CEDICT and FreeDict/WikDict. Plain Java: no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.lexicon;

import org.jspecify.annotations.NullMarked;
