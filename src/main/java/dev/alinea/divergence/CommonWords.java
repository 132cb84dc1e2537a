package dev.alinea.divergence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.alinea.language.DictionarySide;
import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.lexicon.BilingualDictionary;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;

/**
 * Ordinary words of a language, from the bundled dictionaries its profile names as
 * {@linkplain Language#commonWordSources() sources} (English and Indonesian today): a capitalised phrase
 * made only of them ("Step Down", "United States") is a title or a translated name rather than a
 * name whose rendering a reviewer must check.
 */
final class CommonWords {

    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> HEADWORDS = new ConcurrentHashMap<>();

    private CommonWords() {
    }

    /** A pinyin syllable without tone: initial (optional) and final. */
    private static final Pattern PINYIN_SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)");

    static boolean isCommonPhrase(Mention name, String language) {
        if (name.kind() != MentionKind.NAME) {
            return false;
        }
        Set<String> common = words(language);
        List<Token> tokens = new SentenceTokenizer(language).tokenize(name.text());
        if (tokens.isEmpty() || tokens.stream().allMatch(t -> isPinyin(t.text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return tokens.stream().filter(Token::content).allMatch(t -> isCommon(t.text().toLowerCase(Locale.ROOT), common));
    }

    /**
     * Whether a lower-case word is a headword of a bundled dictionary from its language (mass, in
     * the English–Indonesian dictionary): an ordinary word. Dictionaries into the language are no
     * guide, as they translate names too (斯坦福, "stanford").
     */
    static boolean isOrdinary(String word, String language) {
        Language profile = Languages.of(language);
        return HEADWORDS.computeIfAbsent(profile.code(), code -> {
            Set<String> words = new HashSet<>();
            for (String target : profile.dictionaryTargets()) {
                BilingualDictionary.bundled(code, target).ifPresent(d -> words.addAll(d.entries().keySet()));
            }
            return Set.copyOf(words);
        }).contains(word);
    }

    /**
     * Whether a lower-case word is the name of a country or of a city in the language, as ICU's
     * locale data writes them (the display names of the ISO countries and the exemplar cities of
     * the time zones, about 600 in English: Chile, Japan, Chicago, Lagos): a place, though a
     * dictionary may list it among ordinary words (chile, the pepper).
     */
    static boolean isPlaceName(String word, String language) {
        return PLACES.computeIfAbsent(Languages.of(language).code(), CommonWords::places).contains(word);
    }

    private static final Map<String, Set<String>> PLACES = new ConcurrentHashMap<>();

    private static Set<String> places(String language) {
        com.ibm.icu.util.ULocale locale = com.ibm.icu.util.ULocale.forLanguageTag(language);
        Set<String> places = new HashSet<>();
        for (String country : com.ibm.icu.util.ULocale.getISOCountries()) {
            places.add(new com.ibm.icu.util.ULocale("", country).getDisplayCountry(locale).toLowerCase(Locale.ROOT));
        }
        com.ibm.icu.text.TimeZoneNames zones = com.ibm.icu.text.TimeZoneNames.getInstance(locale);
        for (String zone : com.ibm.icu.util.TimeZone.getAvailableIDs(com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(zone);
            if (city != null) {
                places.add(city.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(places);
    }

    /** The word or, for an English plural or verb form, its base (scientists, leaves, confirms). */
    private static boolean isCommon(String word, Set<String> common) {
        return common.contains(word) || (word.endsWith("s") && common.contains(word.substring(0, word.length() - 1)))
                || (word.endsWith("es") && common.contains(word.substring(0, word.length() - 2)));
    }

    /** Whether a word is one pinyin syllable (Li, Ma, Zhang): a romanised Chinese surname on its own. */
    static boolean isPinyinSyllable(String word) {
        return PINYIN_SYLLABLE.matcher(word).matches();
    }

    /** Whether a word is one or more pinyin syllables (Wu, Enda, Feifei, Weiying): a romanised Chinese name. */
    static boolean isPinyin(String word) {
        boolean[] reachable = new boolean[word.length() + 1];
        reachable[0] = true;
        for (int start = 0; start < word.length(); start++) {
            if (!reachable[start]) {
                continue;
            }
            Matcher syllable = PINYIN_SYLLABLE.matcher(word).region(start, word.length());
            for (int end = start + 1; end <= Math.min(word.length(), start + 6); end++) {
                if (syllable.region(start, end).matches()) {
                    reachable[end] = true;
                }
            }
        }
        return !word.isEmpty() && reachable[word.length()];
    }

    private static Set<String> words(String language) {
        Language profile = Languages.of(language);
        return WORDS.computeIfAbsent(profile.code(), code -> load(profile));
    }

    private static Set<String> load(Language language) {
        Set<String> words = new HashSet<>();
        for (DictionarySide side : language.commonWordSources()) {
            BilingualDictionary.bundled(side.source(), side.target()).ifPresent(d -> {
                if (side.headwords()) {
                    words.addAll(d.entries().keySet());
                } else {
                    d.entries().values().forEach(words::addAll);
                }
            });
        }
        return Set.copyOf(words);
    }
}
