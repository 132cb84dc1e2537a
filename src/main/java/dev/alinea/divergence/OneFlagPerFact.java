package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins the flags one row raised about one fact once per pair of versions into one flag: a number
 * or a name the English has and both other versions lack is one flag ("the Indonesian and the
 * Chinese have no such number"), and a number two versions agree on against a third is one flag
 * that says which versions agree. Flags about the same fact share a highlighted stretch.
 */
final class OneFlagPerFact {

    private static final Set<DivergenceType> JOINED = Set.of(DivergenceType.NUMBER_MISMATCH, DivergenceType.NAME_MISSING);

    private OneFlagPerFact() {
    }

    /**
     * @param flags one row's flags, as the pairs raised them
     * @param compared the documents whose cells of the row were compared (translations with text)
     * @param languages each document's language
     * @return the flags with those about one fact joined, in their first order
     */
    static List<Divergence> join(List<Divergence> flags, Set<Integer> compared, List<String> languages) {
        int n = flags.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Divergence x = flags.get(i);
                Divergence y = flags.get(j);
                if (x.type() == y.type() && JOINED.contains(x.type()) && x.spans().stream().anyMatch(y.spans()::contains)) {
                    union(group, i, j);
                }
            }
        }
        Map<Integer, List<Divergence>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(flags.get(i));
        }
        List<Divergence> joined = new ArrayList<>();
        for (List<Divergence> same : groups.values()) {
            joined.add(same.size() == 1 ? same.getFirst() : joinOne(same, compared, languages));
        }
        return joined;
    }

    private static Divergence joinOne(List<Divergence> same, Set<Integer> compared, List<String> languages) {
        List<Span> spans = new ArrayList<>();
        same.forEach(d -> d.spans().stream().filter(s -> !spans.contains(s)).forEach(spans::add));
        spans.sort(java.util.Comparator.comparingInt(Span::document).thenComparingInt(Span::start));
        TreeSet<Integer> lacking = new TreeSet<>(compared);
        spans.forEach(s -> lacking.remove(s.document()));
        Divergence first = same.getFirst();
        String explanation = first.type() == DivergenceType.NUMBER_MISMATCH ? numbers(spans, lacking, languages) : names(spans, lacking, languages);
        return new Divergence(first.type(), first.row(), spans, explanation);
    }

    /** "40 in the English and the Indonesian, 41 in the Chinese; the …" or "The English has the number 40; the … have no such number." */
    private static String numbers(List<Span> spans, Set<Integer> lacking, List<String> languages) {
        Map<String, List<String>> byText = byText(spans, languages);
        String lack = lacking.isEmpty() ? "" : (byText.size() == 1 ? "; " : "; ") + theList(lacking, languages) + (lacking.size() == 1 ? " has" : " have")
                + " no such number";
        if (byText.size() == 1) {
            var only = byText.entrySet().iterator().next();
            return capitalise(String.join(" and ", only.getValue())) + (only.getValue().size() == 1 ? " has" : " have") + " the number "
                    + only.getKey() + lack + ".";
        }
        List<String> parts = new ArrayList<>();
        byText.forEach((text, documents) -> parts.add(text + " in " + String.join(" and ", documents)));
        return "The versions give different numbers: " + String.join(", ", parts) + lack + ".";
    }

    /** "The English names "Reuben"; the Indonesian and the Chinese do not." */
    private static String names(List<Span> spans, Set<Integer> lacking, List<String> languages) {
        List<String> named = new ArrayList<>();
        byText(spans, languages).forEach((text, documents) -> named.add(String.join(" and ", documents) + (documents.size() == 1 ? " names" : " name")
                + " \"" + text + "\""));
        return capitalise(String.join("; ", named)) + (lacking.isEmpty() ? "." : "; " + theList(lacking, languages) + (lacking.size() == 1 ? " does" : " do") + " not.");
    }

    /** For each distinct text, the versions ("the English") that write it, in document order. */
    private static Map<String, List<String>> byText(List<Span> spans, List<String> languages) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (Span span : spans) {
            List<String> documents = byText.computeIfAbsent(span.text(), k -> new ArrayList<>());
            String name = "the " + DivergenceDetector.name(languages.get(span.document()));
            if (!documents.contains(name)) {
                documents.add(name);
            }
        }
        return byText;
    }

    private static String theList(Set<Integer> documents, List<String> languages) {
        return String.join(" and ", documents.stream().map(d -> "the " + DivergenceDetector.name(languages.get(d))).toList());
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int i, int j) {
        group[find(group, j)] = find(group, i);
    }
}
