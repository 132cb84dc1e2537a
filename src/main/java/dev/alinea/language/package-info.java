/**
 * Everything Alinea knows about one language, in one place: a {@link dev.alinea.language.Language}
 * profile per language (script, whether words and sentences are separated by spaces, stemmer, stop
 * words, number words and numerals, how names are written and romanised, which bundled dictionaries
 * it pairs with), and {@link dev.alinea.language.Languages}, which finds the profile for a BCP 47
 * tag. The rest of Alinea asks the profile and never tests a tag itself; adding a language is one
 * profile class (and its resources) registered in {@code Languages}. Plain Java: no Spring, Vaadin
 * or JDBC.
 */
@NullMarked
package dev.alinea.language;

import org.jspecify.annotations.NullMarked;
