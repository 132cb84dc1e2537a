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
    /**
     * A unit's property: the TMX codes, space-separated, of the unit's variants that come from a
     * comparable version (a text telling the same story, not a translation of the pivot).
     */
    public static final String COMPARABLE = "x-alinea-comparable";
    /**
     * A unit's property: the unit is a link between two sentences that the rows do not hold
     * ({@code automatic} or {@code reviewer}, who made it), not a row. Import leaves such units out.
     */
    public static final String LINK = "x-alinea-link";
    /** A header property's prefix, followed by a TMX language code: how clearly that version matches the pivot. */
    public static final String CONTRAST_PREFIX = "x-alinea-match-contrast-";

    private TmxProperties() {
    }
}
