package dev.alinea.project;

import org.jspecify.annotations.Nullable;

/**
 * One document of a project, as listed.
 *
 * @param position 0-based position in the project; the order of the grid's columns
 * @param language BCP 47 tag
 * @param fileName the imported file's name
 * @param title the document's title, or empty
 * @param segmentCount number of segments
 * @param matchContrast how many times more its paired sentences match the pivot's than sentences
 *        just off the alignment do (translations: 5 and more); infinite for the pivot
 * @param detectedLanguage the language the text reads as, or null when detection was not certain
 */
public record DocumentInfo(long id, int position, String language, String fileName, String title, int segmentCount, double matchContrast,
        @Nullable String detectedLanguage) {

    /** Whether the text reads as another language than the one declared. */
    public boolean languageMismatch() {
        if (detectedLanguage == null) {
            return false;
        }
        return !dev.alinea.language.Languages.of(language).code().equals(dev.alinea.language.Languages.of(detectedLanguage).code());
    }

    /** Whether the document looks like a translation of the pivot (otherwise the project warns about it). */
    public boolean looksLikeTranslation() {
        return matchContrast >= dev.alinea.align.LexicalAligner.TRANSLATION_CONTRAST;
    }
}
