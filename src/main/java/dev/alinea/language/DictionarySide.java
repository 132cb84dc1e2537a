package dev.alinea.language;

/**
 * One side of a bundled bilingual dictionary, as a source of a language's ordinary words.
 *
 * @param source the dictionary's headword language (its file is {@code /lexicon/SOURCE-TARGET.tsv.gz})
 * @param target the language of its translations
 * @param headwords whether the words are the headwords (source side) or the translations (target side)
 */
public record DictionarySide(String source, String target, boolean headwords) {
}
