package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;

/**
 * Renderings of the same entities in several languages that a person confirmed (a project's name
 * list: 吴恩达 = Andrew Ng), so that they match where neither a dictionary nor romanisation would
 * tell. Every token a rendering of entity N covers gets the key {@code known:N}. Renderings are
 * compared by their letters and digits, lower-cased: "Fei-Fei Li" is found in "Dr. Fei-fei Li".
 */
public final class NameLexicon {

    /** No entity: tokens get no key. */
    public static final NameLexicon EMPTY = new NameLexicon(List.of());

    /** Per entity, per language code, its renderings folded as {@link #fold} does; none empty. */
    private final List<Map<String, List<String>>> entities;

    private NameLexicon(List<Map<String, List<String>>> entities) {
        this.entities = entities;
    }

    /**
     * @param entities per entity, its renderings by language tag ({@code en}, {@code zh-CN}...);
     *        renderings without a letter or digit are left out, and so are entities with a single
     *        language left (nothing to match across)
     */
    public static NameLexicon of(List<Map<String, List<String>>> entities) {
        List<Map<String, List<String>>> kept = new ArrayList<>();
        for (Map<String, List<String>> entity : entities) {
            Map<String, List<String>> folded = new LinkedHashMap<>();
            entity.forEach((tag, renderings) -> {
                List<String> forms = renderings.stream().map(NameLexicon::fold).filter(form -> !form.isEmpty()).distinct().toList();
                if (!forms.isEmpty()) {
                    folded.merge(Languages.of(tag).code(), forms, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
                }
            });
            if (folded.size() >= 2) {
                kept.add(Map.copyOf(folded));
            }
        }
        return new NameLexicon(List.copyOf(kept));
    }

    /** Number of entities with renderings in two languages or more. */
    public int size() {
        return entities.size();
    }

    /**
     * The known-entity keys of each token of a sentence in the language: {@code known:N} on every
     * token an occurrence of a rendering of entity N covers. In a language written with spaces
     * between words an occurrence must begin and end at token boundaries ("Li" is not found in
     * "Lidia"); elsewhere (Chinese) it may begin or end inside a token, as the word segmenter may
     * have joined a name to its neighbour (随后李 + 飞飞).
     *
     * @return one set per token, in token order; empty sets where no rendering covers the token
     */
    public List<Set<String>> keys(String language, List<Token> tokens) {
        List<Set<String>> keys = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), Set.of()));
        if (entities.isEmpty() || tokens.isEmpty()) {
            return keys;
        }
        Language profile = Languages.of(language);
        StringBuilder folded = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String form = fold(tokens.get(t).text());
            for (int c = 0; c < form.length(); c++) {
                folded.append(form.charAt(c));
                owner.add(t);
                starts.add(c == 0);
            }
        }
        boolean wholeTokens = profile.isSpaceDelimited();
        String text = folded.toString();
        for (int e = 0; e < entities.size(); e++) {
            for (String rendering : entities.get(e).getOrDefault(profile.code(), List.of())) {
                for (int at = text.indexOf(rendering); at >= 0; at = text.indexOf(rendering, at + 1)) {
                    int end = at + rendering.length();
                    boolean whole = starts.get(at) && (end == text.length() || starts.get(end));
                    if (wholeTokens && !whole) {
                        continue;
                    }
                    for (int t = owner.get(at); t <= owner.get(end - 1); t++) {
                        if (keys.get(t).isEmpty()) {
                            keys.set(t, new LinkedHashSet<>());
                        }
                        keys.get(t).add("known:" + e);
                    }
                }
            }
        }
        return keys;
    }

    /** The letters and digits of a text, lower-cased. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
