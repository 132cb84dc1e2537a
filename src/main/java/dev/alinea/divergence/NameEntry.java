package dev.alinea.divergence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.alinea.lexicon.NameLexicon;

/**
 * An entry of a project's name list: how each language renders one entity.
 *
 * @param renderings per language tag, the renderings, most usual first; never empty lists
 * @param status where the entry stands
 * @param mentions how often the project mentions it (0 for an entry not found in the text)
 */
public record NameEntry(Map<String, List<String>> renderings, NameStatus status, int mentions) {

    public NameEntry {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        renderings.forEach((language, texts) -> {
            List<String> kept = texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            if (!kept.isEmpty()) {
                copy.put(language, kept);
            }
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("A name-list entry needs at least one rendering");
        }
        renderings = java.util.Collections.unmodifiableMap(copy);
    }

    public NameEntry withStatus(NameStatus value) {
        return new NameEntry(renderings, value, mentions);
    }

    /** Whether the two entries share a rendering in some language. */
    public boolean overlaps(NameEntry other) {
        return renderings.entrySet().stream().anyMatch(e -> other.renderings.getOrDefault(e.getKey(), List.of()).stream().anyMatch(e.getValue()::contains));
    }

    /** The confirmed entries as evidence for the aligner: their renderings match one another in any language. */
    public static NameLexicon lexicon(List<NameEntry> entries) {
        return NameLexicon.of(entries.stream().filter(e -> e.status() == NameStatus.CONFIRMED).map(NameEntry::renderings).toList());
    }

    /** One entry with the renderings of all, confirmed. */
    public static NameEntry merge(List<NameEntry> entries) {
        Map<String, LinkedHashSet<String>> merged = new LinkedHashMap<>();
        int mentions = 0;
        for (NameEntry entry : entries) {
            entry.renderings.forEach((language, texts) -> merged.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(texts));
            mentions += entry.mentions;
        }
        Map<String, List<String>> renderings = new LinkedHashMap<>();
        merged.forEach((language, texts) -> renderings.put(language, List.copyOf(texts)));
        return new NameEntry(renderings, NameStatus.CONFIRMED, mentions);
    }
}
