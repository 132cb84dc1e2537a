package dev.alinea.names;

import java.util.List;
import java.util.Map;

import dev.alinea.AlineaVersion;
import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.divergence.Entity;
import dev.alinea.divergence.Span;
import dev.alinea.storage.StoredJson;

/**
 * The stored form of found divergences (the JSON columns of {@code stored_divergence} and
 * {@code divergence_run}), format {@value #FORMAT}: DTOs of their own, never the detector's records.
 * Stored divergences are a cache of the detector's work, so a run of another format or another
 * detector is simply found again, never read.
 */
final class StoredDivergences {

    /** Part of every run's detector name: a change of these DTOs makes older runs be found again. */
    static final String FORMAT = "1";

    record StoredSpan(int document, int start, int end, String text) {
    }

    record StoredEntity(Map<Integer, List<String>> renderings, int mentions) {
    }

    record NameList(List<StoredEntity> entities) {
    }

    record Checks(List<String> lines) {
    }

    private StoredDivergences() {
    }

    /**
     * The detector a run was made by: this format and the build of Alinea (version and build time:
     * detection may change from one build to the next, so a new build finds each project's
     * divergences again once).
     */
    static String detector() {
        return FORMAT + "/" + AlineaVersion.build();
    }

    static String spans(List<Span> spans) {
        return StoredJson.mapper().writeValueAsString(spans.stream().map(s -> new StoredSpan(s.document(), s.start(), s.end(), s.text())).toList());
    }

    static Divergence divergence(String type, int row, String spans, String explanation) {
        List<Span> read = List.of(StoredJson.mapper().readValue(spans, StoredSpan[].class)).stream()
                .map(s -> new Span(s.document(), s.start(), s.end(), s.text())).toList();
        return new Divergence(DivergenceType.valueOf(type), row, read, explanation);
    }

    static String nameList(List<Entity> entities) {
        return StoredJson.mapper().writeValueAsString(new NameList(entities.stream().map(e -> new StoredEntity(e.renderings(), e.mentions())).toList()));
    }

    static List<Entity> nameList(String json) {
        return StoredJson.mapper().readValue(json, NameList.class).entities().stream().map(e -> new Entity(e.renderings(), e.mentions())).toList();
    }

    static String checks(List<String> lines) {
        return StoredJson.mapper().writeValueAsString(new Checks(lines));
    }

    static List<String> checks(String json) {
        return StoredJson.mapper().readValue(json, Checks.class).lines();
    }
}
