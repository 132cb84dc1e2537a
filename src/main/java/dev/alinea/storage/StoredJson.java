package dev.alinea.storage;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.alinea.problem.UserErrorException;

/**
 * The JSON settings Alinea stores with (review history, backups): unknown fields are ignored, so older
 * files stay readable. What is stored is always a format's own versioned DTO, never a domain record.
 */
public final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StoredJson() {
    }

    public static JsonMapper mapper() {
        return JSON;
    }

    /**
     * The format version of a stored JSON object, checked before its content is read.
     *
     * @param version the object's version field; null when it has none, which reads as version 1
     *        (written before formats carried a version)
     * @param where names the file or entry in messages ("backup.json.gz", "history entry 42")
     * @param format the format's name in messages ("project backup")
     * @param current the newest version this Alinea reads
     * @return the version, in [1, current]
     * @throws UserErrorException naming {@code where} and the version when it is newer than
     *         {@code current} or not a positive whole number
     */
    public static int formatVersion(JsonNode version, String where, String format, int current) {
        if (version == null || version.isNull() || version.isMissingNode()) {
            return 1;
        }
        if (!version.isInt() || version.intValue() < 1) {
            throw new UserErrorException(where + ": " + format + " format version " + version + " is not a version number");
        }
        if (version.intValue() > current) {
            throw new UserErrorException(where + ": " + format + " format version " + version.intValue()
                    + " is newer than this Alinea reads (up to " + current + "); open it with a newer version of Alinea");
        }
        return version.intValue();
    }
}
