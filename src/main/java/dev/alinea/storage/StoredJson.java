package dev.alinea.storage;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON settings Alinea stores with (review history, backups): unknown fields are ignored, so older files stay readable. */
public final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StoredJson() {
    }

    public static JsonMapper mapper() {
        return JSON;
    }
}
