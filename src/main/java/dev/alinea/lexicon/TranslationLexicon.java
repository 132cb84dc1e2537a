package dev.alinea.lexicon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word translations between the two languages of a pair, as token keys: for each key of the
 * translating side, the keys of the other side it may be rendered as. Built from the bundled
 * dictionaries (zh-en, en-id) and, for id-zh, by composing them through English. Only one side of
 * a pair translates; matching is symmetric, so that is enough.
 */
public final class TranslationLexicon {

    private static final int MAX_COMPOSED = 40;
    private static final TranslationLexicon NONE = new TranslationLexicon("", Map.of());
    /** Lexicons are built once per pair (stemming a dictionary takes a second) and shared; they are immutable. */
    private static final Map<String, TranslationLexicon> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    private final String translatingLanguage;
    private final Map<String, Set<String>> translations;

    private TranslationLexicon(String translatingLanguage, Map<String, Set<String>> translations) {
        this.translatingLanguage = translatingLanguage;
        this.translations = translations;
    }

    /** The lexicon for a language pair (in either order); one that translates nothing when Alinea has no dictionary for it. */
    public static TranslationLexicon between(String first, String second) {
        String a = SentenceTokenizer.baseLanguage(first);
        String b = SentenceTokenizer.baseLanguage(second);
        String pair = a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
        return BUILT.computeIfAbsent(pair, k -> build(a, b));
    }

    private static TranslationLexicon build(String a, String b) {
        Optional<TranslationLexicon> direct = direct(a, b).or(() -> direct(b, a));
        if (direct.isPresent()) {
            return direct.get();
        }
        if ((a.equals("zh") && b.equals("id")) || (a.equals("id") && b.equals("zh"))) {
            return composed();
        }
        return NONE;
    }

    /** The language whose keys {@link #translations} takes. */
    public String translatingLanguage() {
        return translatingLanguage;
    }

    /** Keys of the other language that a key of {@link #translatingLanguage} may be rendered as; empty for none. */
    public Set<String> translations(String key) {
        return translations.getOrDefault(key, Set.of());
    }

    /** Whether the dictionary knows the key (used to tell names from words). */
    public boolean knows(String key) {
        return translations.containsKey(key);
    }

    private static Optional<TranslationLexicon> direct(String source, String target) {
        return BilingualDictionary.bundled(source, target).map(dictionary -> {
            SentenceTokenizer sourceTokens = new SentenceTokenizer(source);
            SentenceTokenizer targetTokens = new SentenceTokenizer(target);
            Map<String, Set<String>> map = new HashMap<>();
            dictionary.entries().forEach((headword, words) -> {
                if (headword.contains(" ")) {
                    return;
                }
                Set<String> keys = map.computeIfAbsent(sourceTokens.key(headword), k -> new LinkedHashSet<>());
                for (String word : words) {
                    keys.add(targetTokens.key(word));
                }
            });
            return new TranslationLexicon(source, Map.copyOf(map));
        });
    }

    /** Chinese to Indonesian through English: zh word → English stems → Indonesian stems. */
    private static TranslationLexicon composed() {
        TranslationLexicon zhEn = direct("zh", "en").orElse(NONE);
        TranslationLexicon enId = direct("en", "id").orElse(NONE);
        Map<String, Set<String>> map = new HashMap<>();
        zhEn.translations.forEach((zh, englishKeys) -> {
            Set<String> indonesian = new LinkedHashSet<>();
            for (String english : englishKeys) {
                for (String id : enId.translations(english)) {
                    if (indonesian.size() < MAX_COMPOSED) {
                        indonesian.add(id);
                    }
                }
            }
            if (!indonesian.isEmpty()) {
                map.put(zh, indonesian);
            }
        });
        return new TranslationLexicon("zh", Map.copyOf(map));
    }

}
