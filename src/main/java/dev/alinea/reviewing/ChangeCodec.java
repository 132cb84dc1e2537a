package dev.alinea.reviewing;

import dev.alinea.review.Change;
import dev.alinea.storage.StoredJson;
import tools.jackson.databind.JsonNode;

/**
 * A change as the history stores it: the JSON of {@link StoredChange}, which carries its format
 * version. A backup carries the history in this form.
 */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    /** The change as JSON of the current history format. */
    public static String write(Change change) {
        return StoredJson.mapper().writeValueAsString(StoredChange.of(change));
    }

    /**
     * Reads a stored change of any history format version this Alinea knows (JSON without a
     * version is version 1).
     *
     * @param where names the stored change in messages ("history entry 42")
     * @throws dev.alinea.problem.UserErrorException naming {@code where} and the version when the change was
     *         written in a newer format
     */
    public static Change read(String json, String where) {
        JsonNode tree = StoredJson.mapper().readTree(json);
        StoredJson.formatVersion(tree.get("formatVersion"), where, "history", StoredChange.VERSION);
        return StoredJson.mapper().treeToValue(tree, StoredChange.class).toChange();
    }
}
