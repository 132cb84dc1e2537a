package dev.alinea.project;

import dev.alinea.review.Change;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A change as the history stores it, and Alinea's other stored JSON: JSON. */
final class ChangeCodec {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ChangeCodec() {
    }

    static String write(Change change) {
        return JSON.writeValueAsString(change);
    }

    static Change read(String json) {
        return JSON.readValue(json, Change.class);
    }

    /** The JSON settings Alinea stores with: unknown fields are ignored, so older files stay readable. */
    static JsonMapper mapper() {
        return JSON;
    }
}
