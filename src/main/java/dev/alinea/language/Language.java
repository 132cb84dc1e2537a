package dev.alinea.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/**
 * Everything Alinea knows about one language. Every language-dependent decision (how sentences are
 * joined, how words are stemmed, which words are numbers, how names are found and romanised, which
 * dictionaries apply) asks the profile; nothing outside this package tests a language tag. The
 * defaults describe a language Alinea knows nothing special about, read from ICU's locale data;
 * a profile overrides what it knows better. Profiles are immutable and thread-safe; the stemmer
 * they make is not (make one per thread).
 */
public abstract class Language {

    /** Scripts that write no space between words or sentences. */
    private static final Set<Integer> UNSPACED_SCRIPTS = Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.THAI,
            UScript.LAO, UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN);

    private final String code;
    /** ICU's main script for the code, found once: the detector asks for every mention, and ICU parses the tag each time. */
    private final int likelyScript;

    /** @param code the primary language subtag, lower case ({@code en}, {@code zh}) */
    protected Language(String code) {
        this.code = code;
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(code));
        this.likelyScript = scripts != null && scripts.length > 0 ? scripts[0] : UScript.LATIN;
    }

    /** The primary language subtag, lower case: {@code en}, {@code id}, {@code zh}. */
    public final String code() {
        return code;
    }

    /** The language's English name ("English", "Chinese"); the code when ICU knows no name. */
    public String displayName() {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** The main script as an ICU {@link UScript} code ({@link UScript#LATIN}, {@link UScript#HAN}...). */
    public int script() {
        return likelyScript;
    }

    /** Whether the language is written in Latin script (names and brands can be compared by spelling with English). */
    public final boolean isLatinScript() {
        return script() == UScript.LATIN;
    }

    /** Whether words and sentences are separated by spaces (English, Indonesian) or not (Chinese, Japanese, Thai). */
    public boolean isSpaceDelimited() {
        return !UNSPACED_SCRIPTS.contains(script());
    }

    /** Sentences joined into running text as the language writes them: with a space, or with nothing; empty for none. */
    public final String join(List<String> sentences) {
        return String.join(isSpaceDelimited() ? " " : "", sentences);
    }

    /** A new stemmer (not thread-safe) from a lower-case word to its stem; the word itself when the language has none. */
    public UnaryOperator<String> newStemmer() {
        return UnaryOperator.identity();
    }

    /** Lower-case function words that carry no translation evidence; empty when none are known. */
    public Set<String> stopWords() {
        return Set.of();
    }

    /** Lower-case number words and their values (forty = 40, empat = 4); empty when none are known. */
    public Map<String, Long> numberWords() {
        return Map.of();
    }

    /**
     * The value of one lower-case word: digits (with {@code ,} or {@code _} separators, up to 15
     * digits), a number word, or a numeral of the language's own (四十); empty for anything else.
     */
    public OptionalLong number(String lowerWord) {
        if (hasDigit(lowerWord)) {
            String digits = lowerWord.replace(",", "").replace("_", "");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 15) {
                return OptionalLong.of(Long.parseLong(digits));
            }
            return OptionalLong.empty();
        }
        Long word = numberWords().get(lowerWord);
        return word != null ? OptionalLong.of(word) : numeral(lowerWord);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a word written in the language's own numerals (四十, 第十一条); empty when it is none or the language has none. */
    protected OptionalLong numeral(String lowerWord) {
        return OptionalLong.empty();
    }

    /**
     * The units of measurement the language writes after numbers, by how they are written (lower
     * case): "pounds" → lb, "公斤" → kg. Empty by default.
     */
    public Map<String, Unit> units() {
        return Map.of();
    }

    /**
     * The unit written right after a number ending at {@code offset} (after spaces or a hyphen in
     * languages that write spaces: "130 pounds", "six-meter"), or empty for none.
     */
    public final Optional<Unit> unitAfter(String text, int offset) {
        int at = offset;
        while (at < text.length() && at - offset < 2 && (text.charAt(at) == ' ' || text.charAt(at) == '-')) {
            at++;
        }
        String rest = text.substring(at, Math.min(text.length(), at + 16)).toLowerCase(Locale.ROOT);
        Unit found = null;
        int longest = 0;
        for (Map.Entry<String, Unit> unit : units().entrySet()) {
            String word = unit.getKey();
            if (word.length() > longest && rest.startsWith(word)
                    && (!isSpaceDelimited() || rest.length() == word.length() || !Character.isLetter(rest.charAt(word.length())))) {
                found = unit.getValue();
                longest = word.length();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Fixed expressions whose numerals count nothing (十万八千里 "a very long way", 乱七八糟 "a mess"):
     * numbers inside them are no numbers. Empty by default.
     */
    public Set<String> numberIdioms() {
        return Set.of();
    }

    /**
     * Words that make a number a bound, lower case, each with {@code true} for a lower bound ("more
     * than a dozen", "lebih dari", 超过: the count is above it) and {@code false} for an upper one
     * ("almost", "hampir", 不到). A language that writes with spaces has them before the number with
     * a space; otherwise just before it. Empty by default.
     */
    public Map<String, Boolean> numberBounds() {
        return Map.of();
    }

    /**
     * The numbers of a text written in words or in the language's own numerals (forty, tiga
     * belas, 四十, 十一二, 数百), in order; digits are not included. Empty for a language that
     * spells no numbers Alinea knows.
     */
    public List<NumberSpan> spelledNumbers(String text) {
        return List.of();
    }

    /** Whether Alinea reads the language's numbers written in words ({@link #spelledNumbers}), not only in digits. */
    public boolean spellsNumbers() {
        return false;
    }

    /** Whether runs of ICU's word pieces are joined into the longest word a dictionary knows (Chinese 科学 + 家 = 科学家). */
    public boolean joinsWordsByDictionary() {
        return false;
    }

    /** How names are written, which decides how they are found. */
    public NameStyle nameStyle() {
        return switch (script()) {
            case UScript.LATIN, UScript.CYRILLIC, UScript.GREEK, UScript.ARMENIAN, UScript.GEORGIAN -> NameStyle.CAPITALISED;
            default -> NameStyle.LATIN_RUNS_ONLY;
        };
    }

    /**
     * Whether the language's spelling capitalises every noun (German: "die Stadt", "am Morgen"),
     * so that a capitalised word mid-sentence does not mark a name.
     */
    public boolean capitalisesNouns() {
        return false;
    }

    /** Lower-case words that are capitalised at the start of a sentence but never a name on their own (The, Dia, Dr). */
    public Set<String> notNames() {
        return Set.of();
    }

    /**
     * How the language spells sounds of foreign names, rewritten the way {@link NameSkeleton}
     * writes them, applied in order (Indonesian {@code sy} → {@code s}); empty when its spelling
     * needs no rewriting.
     */
    public Map<String, String> nameSpellings() {
        return Map.of();
    }

    /** Spelling rules for {@link #nameSpellings}, from pairs of (spelling, rewriting), kept in their order. */
    /** A units table from pairs of written form and unit: "kg", KG, "kilos", KG... */
    protected static Map<String, Unit> units(Object... writtenAndUnit) {
        Map<String, Unit> units = new java.util.HashMap<>();
        for (int i = 0; i < writtenAndUnit.length; i += 2) {
            units.put((String) writtenAndUnit[i], (Unit) writtenAndUnit[i + 1]);
        }
        return Map.copyOf(units);
    }

    /** A map of the keys and values given one after the other (key, value, key, value...), in that order. */
    protected static Map<String, String> pairs(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            map.put(pairs[k], pairs[k + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Whether a character begins a name in {@link NameStyle#HAN_SURNAME} languages (a common surname); false elsewhere. */
    public boolean isSurname(int codePoint) {
        return false;
    }

    /** The ICU transliterator id that romanises the language's names to lower-case ASCII, or empty when none applies. */
    public Optional<String> romanisation() {
        return Optional.empty();
    }

    /** Languages for which Alinea bundles a dictionary with headwords in this language (zh pairs with en). */
    public Set<String> dictionaryTargets() {
        return Set.of();
    }

    /** The dictionary sides that list the language's ordinary words (to tell "United States" from a name); empty for none. */
    public List<DictionarySide> commonWordSources() {
        return List.of();
    }

    /**
     * Whether a text is certainly in this language by its script alone (Chinese: a third of its
     * letters are Han), which beats statistical detection on short texts. False for languages
     * that share a script with others.
     *
     * @param letters number of letters in the text, &gt; 0
     * @param scriptLetters for each ICU script code, the number of letters of that script
     */
    public boolean claimsByScript(long letters, Map<Integer, Long> scriptLetters) {
        return false;
    }

    /** Other codes the language is known by (Indonesian's withdrawn {@code in}). */
    public Set<String> aliases() {
        return Set.of();
    }

    /**
     * The code CAT tools expect in TMX for a tag of this language: the tag in canonical case
     * unless the language has a convention of its own (Chinese by region or by script).
     *
     * @param canonicalTag the tag as {@link Locale#toLanguageTag} writes it
     * @param byScript for Chinese: label by script (zh-Hans) rather than by region (zh-CN)
     */
    public String tmxCode(String canonicalTag, boolean byScript) {
        return canonicalTag;
    }

    /** The tag Alinea stores for a TMX code of this language (regions dropped, unless the language keeps a variant). */
    public String storedTag(Locale tmxLocale) {
        return code;
    }

    @Override
    public final String toString() {
        return displayName() + " (" + code + ")";
    }
}
