package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups mentions into entities (union-find): mentions linked in a row, and mentions that share a
 * spelling or pinyin key anywhere in the project. Chinese surname-led candidates join an entity
 * only through a key some Latin-script mention already has, so that ordinary Chinese words that
 * start with a surname character never become names.
 */
final class Entities {

    /** A mention at its place: row and document. */
    record Occurrence(int row, int document, Mention mention) {
    }

    private final Map<Occurrence, Occurrence> parent = new LinkedHashMap<>();
    private final Map<String, Occurrence> byKey = new HashMap<>();

    void link(Occurrence first, Occurrence second) {
        union(find(first), find(second));
    }

    /** Registers a mention and joins it with the others that share a key. */
    void add(Occurrence occurrence, boolean otherScriptCandidate) {
        boolean latinRun = occurrence.mention().keys().stream().anyMatch(k -> k.startsWith("="));
        if (otherScriptCandidate && !latinRun) {
            for (String key : occurrence.mention().keys()) {
                Occurrence known = byKey.get(key);
                if (known != null) {
                    link(occurrence, known);
                }
            }
            return;
        }
        find(occurrence);
        for (String key : occurrence.mention().keys()) {
            Occurrence known = byKey.putIfAbsent(key, occurrence);
            if (known != null) {
                link(occurrence, known);
            }
        }
    }

    /** The entities mentioned in more than one document or more than once, most mentioned first. */
    List<Entity> nameList() {
        List<Entity> entities = new ArrayList<>();
        for (List<Occurrence> group : groups().values()) {
            long documents = group.stream().map(Occurrence::document).distinct().count();
            if (group.size() < 2 && documents < 2) {
                continue;
            }
            Map<Integer, List<String>> renderings = new LinkedHashMap<>();
            group.stream().collect(Collectors.groupingBy(Occurrence::document, java.util.TreeMap::new, Collectors.toList()))
                    .forEach((document, occurrences) -> renderings.put(document, byFrequency(occurrences)));
            entities.add(new Entity(renderings, group.size()));
        }
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed());
        return entities;
    }

    /** Places where a document writes an entity otherwise than it usually does (same spelling key or pinyin). */
    List<Divergence> inconsistencies(List<String> languages) {
        List<Divergence> divergences = new ArrayList<>();
        for (List<Occurrence> group : groups().values()) {
            Map<Integer, List<Occurrence>> byDocument = group.stream().collect(Collectors.groupingBy(Occurrence::document));
            byDocument.forEach((document, occurrences) -> {
                List<String> forms = byFrequency(occurrences);
                if (forms.size() < 2) {
                    return;
                }
                String usual = forms.getFirst();
                Mention usualMention = occurrences.stream().map(Occurrence::mention).filter(m -> m.text().equals(usual)).findFirst().orElseThrow();
                long usualCount = occurrences.stream().filter(o -> o.mention().text().equals(usual)).count();
                for (Occurrence occurrence : occurrences) {
                    Mention mention = occurrence.mention();
                    // A form the name list confirms (Li beside Li Lei) is no inconsistency: only spelling and pinyin keys count here.
                    if (mention.text().equals(usual) || !sharesOwnKey(mention, usualMention)) {
                        continue;
                    }
                    divergences.add(new Divergence(DivergenceType.INCONSISTENT_RENDERING, occurrence.row(),
                            List.of(new Span(document, mention.start(), mention.end(), mention.text())),
                            String.format("The %s writes \"%s\" here but \"%s\" elsewhere (%d time%s).", DivergenceDetector.name(languages.get(document)),
                                    mention.text(), usual, usualCount, usualCount == 1 ? "" : "s")));
                }
            });
        }
        return divergences;
    }

    private static boolean sharesOwnKey(Mention mention, Mention other) {
        return mention.keys().stream().filter(k -> !k.startsWith(Mention.ENTITY_KEY)).anyMatch(other.keys()::contains);
    }

    private Map<Occurrence, List<Occurrence>> groups() {
        Map<Occurrence, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Occurrence occurrence : new ArrayList<>(parent.keySet())) {
            groups.computeIfAbsent(find(occurrence), k -> new ArrayList<>()).add(occurrence);
        }
        return groups;
    }

    private static List<String> byFrequency(List<Occurrence> occurrences) {
        Map<String, Long> counts = occurrences.stream().map(o -> o.mention().text())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    private Occurrence find(Occurrence occurrence) {
        Occurrence root = parent.computeIfAbsent(occurrence, o -> o);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        Occurrence current = occurrence;
        while (!current.equals(root)) {
            Occurrence next = parent.get(current);
            parent.put(current, root);
            current = next;
        }
        return root;
    }

    private void union(Occurrence first, Occurrence second) {
        if (!first.equals(second)) {
            parent.put(second, first);
        }
    }
}
