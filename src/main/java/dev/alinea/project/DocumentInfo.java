package dev.alinea.project;

/**
 * One document of a project, as listed.
 *
 * @param position 0-based position in the project; the order of the grid's columns
 * @param language BCP 47 tag
 * @param fileName the imported file's name
 * @param title the document's title, or empty
 * @param segmentCount number of segments
 */
public record DocumentInfo(long id, int position, String language, String fileName, String title, int segmentCount) {
}
