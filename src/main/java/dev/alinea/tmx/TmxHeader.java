package dev.alinea.tmx;

import java.time.Instant;

/**
 * What a TMX file says about itself.
 *
 * @param creationTool the tool's name, e.g. {@code Alinea}
 * @param creationToolVersion the tool's version
 * @param sourceLanguage the TMX code of the source language, or {@code *all*}
 * @param creationDate when the file was made; written in UTC basic format
 * @param properties header {@code <prop type="...">} values, in order
 */
public record TmxHeader(String creationTool, String creationToolVersion, String sourceLanguage, Instant creationDate,
        java.util.Map<String, String> properties) {

    public TmxHeader {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** A header without properties. */
    public TmxHeader(String creationTool, String creationToolVersion, String sourceLanguage, Instant creationDate) {
        this(creationTool, creationToolVersion, sourceLanguage, creationDate, java.util.Map.of());
    }
}
