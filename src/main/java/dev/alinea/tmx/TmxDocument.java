package dev.alinea.tmx;

import java.util.List;

/**
 * A TMX file as read.
 *
 * @param sourceLanguage the header's {@code srclang} ({@code *all*} possible)
 * @param languages the languages of the file's variants, source language first, then in order of first appearance
 * @param units the units in file order, their variants in the order of {@code languages} (null where a unit has none)
 * @param properties the header's {@code <prop>} values by type
 */
public record TmxDocument(String sourceLanguage, List<String> languages, List<TmxUnit> units, java.util.Map<String, String> properties) {

    public TmxDocument {
        languages = List.copyOf(languages);
        units = List.copyOf(units);
        properties = java.util.Map.copyOf(properties);
    }
}
