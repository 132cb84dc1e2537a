package dev.alinea.tmx;

import java.time.Instant;

/**
 * What a TMX file says about itself.
 *
 * @param creationTool the tool's name, e.g. {@code Alinea}
 * @param creationToolVersion the tool's version
 * @param sourceLanguage the TMX code of the source language, or {@code *all*}
 * @param creationDate when the file was made; written in UTC basic format
 */
public record TmxHeader(String creationTool, String creationToolVersion, String sourceLanguage, Instant creationDate) {
}
