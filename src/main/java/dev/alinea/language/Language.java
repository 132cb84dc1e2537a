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
    /** The decimal separator of the language's locale in ICU's data. */
    private final char decimal;

    /** @param code the primary language subtag, lower case ({@code en}, {@code zh}) */
    protected Language(String code) {
        this.code = code;
        ULocale locale = ULocale.forLanguageTag(code);
        int[] scripts = UScript.getCode(locale);
        this.likelyScript = scripts != null && scripts.length > 0 ? scripts[0] : UScript.LATIN;
        String separator = com.ibm.icu.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparatorString();
        this.decimal = separator.length() == 1 ? separator.charAt(0) : '.';
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
            String plain = lowerWord.replace("_", "");
            Optional<DigitNumber> read = readDigits(plain, 0);
            if (read.isPresent() && read.get().length() == plain.length() && read.get().value().chars().allMatch(Character::isDigit)
                    && read.get().value().length() <= 15) {
                return OptionalLong.of(Long.parseLong(read.get().value()));
            }
            return OptionalLong.empty();
        }
        Long word = numberWords().get(lowerWord);
        return word != null ? OptionalLong.of(word) : numeral(lowerWord);
    }

    /**
     * A number written in digits as read from a text: its value without grouping, with {@code .}
     * before any decimals ("1200", "2.5"), and how many characters it takes in the text.
     */
    public record DigitNumber(String value, int length) {
    }

    /**
     * The number written in digits that starts at {@code start}, read with the language's
     * separators from ICU's locale data: "1,200" is 1200 in English and 1.2 in Indonesian, "1.200"
     * the other way round, "1 200" (with a no-break space) 1200 in French. A separator that occurs
     * twice, or that sits with the other kind, tells itself apart ("1.200.000", "1,200.5"); a
     * separator the language does not use before a decimal ("2.5" in an Indonesian text) is a
     * decimal point when not followed by exactly three digits. A separator that fits neither ends
     * the number ("2,5" in English reads 2). Empty when no digit stands at {@code start}.
     */
    public final Optional<DigitNumber> readDigits(String text, int start) {
        int end = digitsEnd(text, start);
        if (end == start) {
            return Optional.empty();
        }
        List<String> groups = new java.util.ArrayList<>(List.of(text.substring(start, end)));
        List<Character> separators = new java.util.ArrayList<>();
        while (end + 1 < text.length() && ".,\u00A0\u202F".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))) {
            int groupEnd = digitsEnd(text, end + 1);
            separators.add(text.charAt(end));
            groups.add(text.substring(end + 1, groupEnd));
            end = groupEnd;
        }
        boolean[] decimal = new boolean[separators.size()];
        for (int k = 0; k < separators.size(); k++) {
            decimal[k] = isDecimalSeparator(separators.get(k), groups.get(k + 1), separators);
        }
        int usable = usableSeparators(groups, decimal);
        StringBuilder value = new StringBuilder(groups.getFirst());
        int length = groups.getFirst().length();
        for (int k = 0; k < usable; k++) {
            value.append(decimal[k] ? "." : "").append(groups.get(k + 1));
            length += 1 + groups.get(k + 1).length();
        }
        return Optional.of(new DigitNumber(value.toString(), length));
    }

    /** Where the run of digits from {@code from} ends ({@code from} itself when no digit stands there). */
    public static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** How many of a digit run's separators belong to one number (the rest start another): groupings, then at most one decimal mark. */
    private static int usableSeparators(List<String> groups, boolean[] decimal) {
        boolean decimals = false;
        for (int k = 0; k < decimal.length; k++) {
            boolean grouping = !decimal[k] && groups.get(k + 1).length() == 3 && (k > 0 || groups.getFirst().length() <= 3);
            if (decimals || !grouping && !decimal[k]) {
                return k; // nothing after the decimals, nor a separator that is neither
            }
            decimals = decimal[k];
        }
        return decimal.length;
    }

    /** Whether a separator marks the decimals, given the group of digits after it and all the run's separators. */
    private boolean isDecimalSeparator(char separator, String groupAfter, List<Character> separators) {
        if (separator == '\u00A0' || separator == '\u202F') {
            return false;
        }
        char other = separator == '.' ? ',' : '.';
        boolean once = separators.indexOf(separator) == separators.lastIndexOf(separator);
        if (separators.contains(other)) {
            return once && separators.lastIndexOf(separator) > separators.lastIndexOf(other);
        }
        if (!once) {
            return false; // twice: grouping
        }
        if (groupAfter.length() == 3) {
            return separator == decimalSeparator();
        }
        return separator == decimalSeparator() || separator == '.';
    }

    /** The character the language writes before decimals, from ICU's locale data ({@code .} in English, {@code ,} in Indonesian). */
    public char decimalSeparator() {
        return decimal;
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
     * Calendar eras the language counts years in, by the name written before the year's number,
     * with the year before the era's first (Chinese 民国 1911: 民国元年 is 1912, 民国二十六年 1937): a
     * year so written is also that year of the common era. Empty by default.
     */
    public Map<String, Integer> eras() {
        return Map.of();
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

    /**
     * What the language writes right after the digits of a decade ("1990s", "1990-an", "90年代"):
     * such digits stand for the ten years from them. Empty by default.
     */
    public List<String> decadeSuffixes() {
        return List.of();
    }

    /** What a language writes after the digits of an hour on the clock, and after that for its half and for minutes ("7点半", "7点30分"). */
    public record ClockMarks(String hour, String half, String minutes) {
    }

    /** The language's clock marks (点, 半, 分); empty where times are written with a colon or a full stop only ("7:30", "07.30"). */
    public Optional<ClockMarks> clockMarks() {
        return Optional.empty();
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

    /**
     * Endings that make a people or an adjective of a place name in this language, longest first
     * (English Canaanite, Canaanitish for Canaan; Hittite for the Hittites, whom Indonesian calls
     * orang Het): {@link NameSkeleton#sameName} compares the name without them too. Empty when the
     * language has none worth reading.
     */
    public List<String> gentilicEndings() {
        return List.of();
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

    /**
     * The words that, written right after a surname, name that family or its house (Chinese 家:
     * 王家 "the Wangs", 王家院子 "the Wang compound"); empty where the language has none.
     */
    public Set<String> familyWords() {
        return Set.of();
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
