package dev.alinea.reviewing;

import dev.alinea.review.Change;
import dev.alinea.storage.StoredJson;

/** A change as the history stores it: JSON. A backup carries the history in this form. */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    public static String write(Change change) {
        return StoredJson.mapper().writeValueAsString(change);
    }

    public static Change read(String json) {
        return StoredJson.mapper().readValue(json, Change.class);
    }
}
