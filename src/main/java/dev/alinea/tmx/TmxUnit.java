package dev.alinea.tmx;

import java.util.List;
import java.util.Map;

/**
 * One translation unit to write or as read.
 *
 * @param id the unit's id ({@code tuid}), or empty for none
 * @param variants the text per language, in the order of the file's languages; null or blank for none
 * @param properties {@code <prop type="...">} values, in order (types should start with {@code x-})
 * @param notes {@code <note>} texts, in order
 */
public record TmxUnit(String id, List<String> variants, Map<String, String> properties, List<String> notes) {

    public TmxUnit {
        variants = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(variants));
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        notes = List.copyOf(notes);
    }

    /** A unit with only texts. */
    public static TmxUnit of(List<String> variants) {
        return new TmxUnit("", variants, Map.of(), List.of());
    }

    /** Number of variants with text. */
    public long filledVariants() {
        return variants.stream().filter(v -> v != null && !TmxWriter.clean(v).isBlank()).count();
    }
}
