package dev.alinea.project;

/**
 * One document of a project, as listed.
 *
 * @param position 0-based position in the project; the order of the grid's columns
 * @param language BCP 47 tag
 * @param fileName the imported file's name
 * @param title the document's title, or empty
 * @param segmentCount number of segments
 * @param parallelism how much of it clearly matches the pivot sentence by sentence, in [0, 1]; 1 for the pivot
 */
public record DocumentInfo(long id, int position, String language, String fileName, String title, int segmentCount, double parallelism) {

    /** Whether the document looks like a translation of the pivot (otherwise the project warns about it). */
    public boolean looksLikeTranslation() {
        return parallelism >= dev.alinea.align.LexicalAligner.TRANSLATION_PARALLELISM;
    }
}
