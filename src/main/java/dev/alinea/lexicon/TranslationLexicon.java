package dev.alinea.lexicon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.alinea.language.Languages;

/**
 * Word translations between the two languages of a pair, as token keys: for each key of the
 * translating side, the keys of the other side it may be rendered as. Built from the bundled
 * dictionaries the language profiles list (zh-en, en-id) and, for a pair without one (id-zh), by
 * composing two of them through a third language (Chinese to English to Indonesian). Only one
 * side of a pair translates; matching is symmetric, so that is enough.
 */
public final class TranslationLexicon {

    private static final int MAX_COMPOSED = 40;
    private static final TranslationLexicon NONE = new TranslationLexicon("", KeyTable.EMPTY, Map.of());
    /**
     * Lexicons are loaded once per pair and shared; they are immutable. Each is read from the
     * file {@link LexiconCompiler} stores at build time (stemming a dictionary takes a second),
     * or built from the word lists when the file is missing (classes compiled by an IDE).
     */
    private static final Map<String, TranslationLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final String translatingLanguage;
    private final KeyTable translations;
    /** Multi-word headwords of the translating side (united nations), lower case, with their renderings (perserikatan bangsa-bangsa). */
    private final Map<String, Set<String>> phrases;

    TranslationLexicon(String translatingLanguage, KeyTable translations, Map<String, Set<String>> phrases) {
        this.phrases = phrases;
        this.translatingLanguage = translatingLanguage;
        this.translations = translations;
    }

    /** The lexicon for a language pair (in either order); one that translates nothing when Alinea has no dictionary for it. */
    public static TranslationLexicon between(String first, String second) {
        String pair = pairName(first, second);
        return LOADED.computeIfAbsent(pair, k -> LexiconFile.read(k).orElseGet(() -> build(first, second)));
    }

    /** The name of an unordered pair: the two primary language codes in alphabetical order ({@code en-zh}). */
    static String pairName(String first, String second) {
        String a = Languages.of(first).code();
        String b = Languages.of(second).code();
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /** Builds the lexicon of a pair from the bundled word lists, stemming every headword. */
    static TranslationLexicon build(String first, String second) {
        String a = Languages.of(first).code();
        String b = Languages.of(second).code();
        Optional<TranslationLexicon> direct = direct(a, b).or(() -> direct(b, a));
        if (direct.isPresent()) {
            return direct.get();
        }
        return composed(a, b).or(() -> composed(b, a)).orElse(NONE);
    }

    /** Whether the lexicon translates anything. */
    boolean isEmpty() {
        return translations.size() == 0 && phrases.isEmpty();
    }

    KeyTable table() {
        return translations;
    }

    Map<String, Set<String>> phrases() {
        return phrases;
    }

    /** The language whose keys {@link #translations} takes. */
    public String translatingLanguage() {
        return translatingLanguage;
    }

    /** Keys of the other language that a key of {@link #translatingLanguage} may be rendered as; empty for none. */
    public List<String> translations(String key) {
        return translations.get(key);
    }

    /**
     * Whether a multi-word name the dictionary lists as a phrase (United Nations, Amerika Serikat)
     * is rendered in the other text by one of its listed translations, in either direction.
     *
     * @param phrase the name as written
     * @param phraseTranslates whether the name is in the translating language (else in the other)
     * @param otherText the other version's cell, lower case
     */
    public boolean phraseRendered(String phrase, boolean phraseTranslates, String otherText) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        if (phraseTranslates) {
            return phrases.getOrDefault(lower, Set.of()).stream().anyMatch(otherText::contains);
        }
        return phrases.entrySet().stream().anyMatch(e -> e.getValue().contains(lower) && otherText.contains(e.getKey()));
    }

    /** Whether the dictionary knows the key (used to tell names from words). */
    public boolean knows(String key) {
        return translations.contains(key);
    }

    private static Optional<TranslationLexicon> direct(String source, String target) {
        return BilingualDictionary.bundled(source, target).map(dictionary -> {
            SentenceTokenizer sourceTokens = new SentenceTokenizer(source);
            SentenceTokenizer targetTokens = new SentenceTokenizer(target);
            Map<String, Set<String>> map = new HashMap<>();
            // In headword order: headwords that share a stem merge their renderings in the same order in every run.
            new java.util.TreeMap<>(dictionary.entries()).forEach((headword, words) -> {
                if (headword.contains(" ")) {
                    return;
                }
                Set<String> keys = map.computeIfAbsent(sourceTokens.key(headword), k -> new LinkedHashSet<>());
                for (String word : words) {
                    keys.add(targetTokens.key(word));
                }
            });
            Map<String, Set<String>> phrases = new HashMap<>();
            dictionary.entries().forEach((headword, words) -> {
                if (headword.contains(" ")) {
                    phrases.put(headword.toLowerCase(java.util.Locale.ROOT), words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
                }
            });
            return new TranslationLexicon(source, KeyTable.of(map), Map.copyOf(phrases));
        });
    }

    /**
     * {@code source} to {@code target} through a language both have a dictionary with (zh word →
     * English stems → Indonesian stems), or empty when there is none.
     */
    private static Optional<TranslationLexicon> composed(String source, String target) {
        for (String via : Languages.of(source).dictionaryTargets()) {
            if (Languages.of(via).dictionaryTargets().contains(target)) {
                return Optional.of(compose(source, direct(source, via).orElse(NONE), direct(via, target).orElse(NONE)));
            }
        }
        return Optional.empty();
    }

    private static TranslationLexicon compose(String source, TranslationLexicon first, TranslationLexicon second) {
        Map<String, Set<String>> map = new HashMap<>();
        for (int index = 0; index < first.translations.size(); index++) {
            Set<String> composed = new LinkedHashSet<>();
            for (String middle : first.translations.values(index)) {
                for (String key : second.translations(middle)) {
                    if (composed.size() < MAX_COMPOSED) {
                        composed.add(key);
                    }
                }
            }
            map.put(first.translations.key(index), composed);
        }
        return new TranslationLexicon(source, KeyTable.of(map), Map.of());
    }

}
