package dev.alinea.tmx;

/**
 * The {@code x-alinea-*} properties Alinea writes into its TMX files and reads back on import, so
 * that a re-imported file keeps its review state.
 */
public final class TmxProperties {

    /** A unit's property: the row's review status, {@code aligned} or {@code confirmed}. */
    public static final String STATUS = "x-alinea-status";
    /** A unit's property: the row's confidence, 0.00 to 1.00. */
    public static final String CONFIDENCE = "x-alinea-confidence";
    /** A header property's prefix, followed by a TMX language code: how clearly that version matches the pivot. */
    public static final String CONTRAST_PREFIX = "x-alinea-match-contrast-";

    private TmxProperties() {
    }
}
