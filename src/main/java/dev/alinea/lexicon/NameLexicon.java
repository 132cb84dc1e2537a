package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
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
    public static final NameLexicon EMPTY = new NameLexicon(Map.of(), 0);

    /** A rendering folded as {@link #fold} does, and the entity it renders. */
    private record Rendering(String form, int entity) {
    }

    /**
     * Per language code, the renderings by their first two characters (the only one of a
     * one-character rendering), so that a sentence is searched for the few renderings that can
     * start at each of its characters rather than for every rendering of the list.
     */
    private final Map<String, Map<String, List<Rendering>>> byLanguage;
    private final int size;

    private NameLexicon(Map<String, Map<String, List<Rendering>>> byLanguage, int size) {
        this.byLanguage = byLanguage;
        this.size = size;
    }

    /**
     * @param entities per entity, its renderings by language tag ({@code en}, {@code zh-CN}...);
     *        renderings without a letter or digit are left out, and so are entities with a single
     *        language left (nothing to match across)
     */
    public static NameLexicon of(List<Map<String, List<String>>> entities) {
        Map<String, Map<String, List<Rendering>>> byLanguage = new HashMap<>();
        int size = 0;
        for (Map<String, List<String>> entity : entities) {
            Map<String, Set<String>> folded = new LinkedHashMap<>();
            entity.forEach((tag, renderings) -> renderings.stream().map(NameLexicon::fold).filter(form -> !form.isEmpty())
                    .forEach(form -> folded.computeIfAbsent(Languages.of(tag).code(), code -> new LinkedHashSet<>()).add(form)));
            if (folded.size() < 2) {
                continue;
            }
            int id = size++;
            folded.forEach((code, forms) -> forms.forEach(form -> byLanguage.computeIfAbsent(code, c -> new HashMap<>())
                    .computeIfAbsent(form.substring(0, Math.min(2, form.length())), k -> new ArrayList<>()).add(new Rendering(form, id))));
        }
        return new NameLexicon(byLanguage, size);
    }

    /** Number of entities with renderings in two languages or more. */
    public int size() {
        return size;
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
        if (byLanguage.isEmpty() || tokens.isEmpty()) {
            return java.util.Collections.nCopies(tokens.size(), Set.of());
        }
        Language profile = Languages.of(language);
        Map<String, List<Rendering>> renderings = byLanguage.get(profile.code());
        if (renderings == null) {
            return java.util.Collections.nCopies(tokens.size(), Set.of());
        }
        List<Set<String>> keys = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), Set.of()));
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
        for (int at = 0; at < text.length(); at++) {
            for (int prefix = 1; prefix <= 2 && at + prefix <= text.length(); prefix++) {
                for (Rendering rendering : renderings.getOrDefault(text.substring(at, at + prefix), List.of())) {
                    int end = at + rendering.form().length();
                    // Forms of one character are filed under it, longer ones under their first two: each is looked up once.
                    if (!text.startsWith(rendering.form(), at)
                            || wholeTokens && !(starts.get(at) && (end == text.length() || starts.get(end)))) {
                        continue;
                    }
                    for (int t = owner.get(at); t <= owner.get(end - 1); t++) {
                        if (keys.get(t).isEmpty()) {
                            keys.set(t, new LinkedHashSet<>());
                        }
                        keys.get(t).add("known:" + rendering.entity());
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
