package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.language.NameStyle;
import dev.alinea.language.NumberSpan;
import dev.alinea.lexicon.NameKeys;

/**
 * Finds names, acronyms and numbers in a cell's text. In Latin script a name is a run of
 * capitalised words, joined by particles (University of California, Institute for AI Industry
 * Research) and hyphens (Fei-Fei Li), without a possessive 's; a lone capitalised word that opens
 * the text or is a function word is not a name (the language profile lists them). In other scripts
 * a name is a Latin-script run or, where the profile says names start with a surname (Chinese),
 * two or three Han characters that start with one. Numbers are digits (2,000, 40%, 2016) or the
 * language's own numerals (四十, 2016年), compared by value.
 */
public final class MentionFinder {

    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("(\\p{L}+)\\p{N}+$");
    private static final Pattern ELIDED = Pattern.compile("\\p{Ll}{1,4}['’](?=\\p{Lu})");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final java.util.Map<Character, Long> MYRIADS = java.util.Map.of('万', 10_000L, '萬', 10_000L, '亿', 100_000_000L, '億', 100_000_000L);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SCALE_WORD = Pattern.compile("[ \\u00A0](\\p{L}+)");
    private static final Pattern LATIN_IN_HAN = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*)*");
    private static final Set<String> PARTICLES = Set.of("of", "for", "de", "van", "von", "der", "bin", "binti", "al", "la", "le", "du", "del");

    private final Language language;
    private final Set<String> notNames;
    private final Predicate<String> onlyOpens;
    private final Set<String> numeralNames;
    /** The key of a whole count or range of counts ({@code #12}, {@code #17..18}). */
    private static final java.util.regex.Pattern COUNT_KEY = java.util.regex.Pattern.compile("#(\\d{1,15})(?:\\.\\.(\\d{1,15}))?");
    /** How often a numeral must follow the same character to be taken as part of a name. */
    static final int NAME_REPEATS = 3;

    /** @param language BCP 47 tag of the text */
    public MentionFinder(String language) {
        this(language, word -> false);
    }

    /**
     * @param language BCP 47 tag of the text
     * @param onlyOpens whether the document capitalises a word only where it opens a sentence
     *        (see {@link #onlyOpens}): such a word is left out of a name that it opens ("Tetapi
     *        Stefanus", "Keturunan Yawan")
     */
    public MentionFinder(String language, Predicate<String> onlyOpens) {
        this(language, onlyOpens, Set.of());
    }

    /**
     * @param language BCP 47 tag of the text
     * @param onlyOpens see {@link #MentionFinder(String, Predicate)}
     * @param numeralNames names that end in a numeral, each with the character before it (see {@link #numeralNames}):
     *        their numerals are no numbers
     */
    public MentionFinder(String language, Predicate<String> onlyOpens, Set<String> numeralNames) {
        this.language = Languages.of(language);
        this.notNames = this.language.notNames();
        this.onlyOpens = onlyOpens;
        this.numeralNames = Set.copyOf(numeralNames);
    }

    /**
     * Numerals a document uses as part of a name, such as the nickname 茅十八 ("Mao Eighteen"),
     * each with the character before it ("茅十八"): a numeral that follows the same character at
     * least {@value #NAME_REPEATS} times, before at least two different characters, where that
     * character is no function word (有三个 is a number however often it occurs) and nothing
     * in between. Only for languages that write numerals without spaces (Chinese, Japanese).
     *
     * @param texts the document's cells
     */
    public static Set<String> numeralNames(Iterable<String> texts, String languageTag) {
        Language language = Languages.of(languageTag);
        if (language.isSpaceDelimited()) {
            return Set.of();
        }
        Map<String, Set<Character>> following = new java.util.HashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String text : texts) {
            for (NumberSpan span : language.spelledNumbers(text)) {
                if (span.start() == 0) {
                    continue;
                }
                char before = text.charAt(span.start() - 1);
                if (!Character.isLetter(before) || language.stopWords().contains(String.valueOf(before))) {
                    continue;
                }
                String name = before + text.substring(span.start(), span.end());
                counts.merge(name, 1, Integer::sum);
                following.computeIfAbsent(name, n -> new java.util.HashSet<>()).add(span.end() < text.length() ? text.charAt(span.end()) : ' ');
            }
        }
        Set<String> names = new java.util.HashSet<>();
        counts.forEach((name, count) -> {
            if (count >= NAME_REPEATS && following.get(name).size() >= 2) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * Which words a document capitalises only to open a sentence: words it also writes in lower
     * case and never capitalises mid-sentence (Tetapi, Keturunan, Let; not Stefanus, not Andrew).
     *
     * @param texts the document's cells
     */
    public static Predicate<String> onlyOpens(Iterable<String> texts) {
        Set<String> midSentence = new java.util.HashSet<>();
        Set<String> lowerCase = new java.util.HashSet<>();
        for (String text : texts) {
            Matcher word = LATIN_WORD.matcher(text);
            while (word.find()) {
                if (!Character.isUpperCase(text.codePointAt(word.start()))) {
                    lowerCase.add(word.group());
                } else if (!opensSentence(text, word.start())) {
                    midSentence.add(word.group());
                }
            }
        }
        return word -> !midSentence.contains(word) && lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words a document writes in lower case somewhere (coffee, palace): ordinary words, whatever a capital makes of them elsewhere. */
    public static Set<String> writtenLowerCase(Iterable<String> texts) {
        Set<String> lowerCase = new java.util.HashSet<>();
        for (String text : texts) {
            Matcher word = LATIN_WORD.matcher(text);
            while (word.find()) {
                if (Character.isLowerCase(text.codePointAt(word.start()))) {
                    lowerCase.addAll(List.of(word.group().split("[^\\p{L}\\p{M}]+")));
                }
            }
        }
        return lowerCase;
    }

    /** The mentions of a text, in order; empty for a text without any. */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>(numbers(text));
        mentions.addAll(language.nameStyle() == NameStyle.CAPITALISED ? latinNames(text) : namesInOtherScript(text));
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private List<Mention> numbers(String text) {
        List<Mention> numbers = new ArrayList<>();
        Matcher digits = DIGIT.matcher(text);
        for (int from = 0; from < text.length() && digits.find(from); from = numbers.getLast().end()) {
            int at = digits.start();
            Language.DigitNumber read = language.readDigits(text, at).orElseThrow();
            numbers.add(clockTime(text, at).or(() -> decade(text, at, read)).orElseGet(() -> count(text, at, read)));
        }
        List<Mention> digitNumbers = List.copyOf(numbers);
        List<int[]> idioms = new ArrayList<>();
        for (String idiom : language.numberIdioms()) {
            for (int at = text.indexOf(idiom); at >= 0; at = text.indexOf(idiom, at + 1)) {
                idioms.add(new int[] {at, at + idiom.length()});
            }
        }
        for (NumberSpan span : language.spelledNumbers(text)) {
            if (digitNumbers.stream().anyMatch(d -> d.start() < span.end() && span.start() < d.end())
                    || idioms.stream().anyMatch(i -> i[0] < span.end() && span.start() < i[1])
                    || span.start() > 0 && numeralNames.contains(text.charAt(span.start() - 1) + text.substring(span.start(), span.end()))) {
                continue;
            }
            String written = text.substring(span.start(), span.end());
            String key = written.startsWith("百分之") ? "#" + span.low() + "%" : bounded(Mention.numberKey(span.low(), span.high()), text, span.start());
            numbers.add(new Mention(span.incidental() || NumberSpan.isNumbering(text, span.start(), span.end()) ? MentionKind.INCIDENTAL_NUMBER : MentionKind.NUMBER,
                    written, span.start(), span.end(),
                    Set.of(key)));
        }
        eraYears(text, numbers);
        return numbers;
    }

    /**
     * Replaces each year counted in an era of the language (民国元年, 民国二十六年) by one mention
     * that is both that year of the era and of the common era (1 and 1912, 26 and 1937): a
     * translation may give either.
     */
    private void eraYears(String text, List<Mention> numbers) {
        boolean found = false;
        for (Map.Entry<String, Integer> era : language.eras().entrySet()) {
            for (int at = text.indexOf(era.getKey()); at >= 0; at = text.indexOf(era.getKey(), at + 1)) {
                int from = at + era.getKey().length();
                long year;
                int end;
                Mention number = null;
                if (text.startsWith("元年", from)) {
                    year = 1;
                    end = from + 2;
                } else {
                    number = numbers.stream().filter(m -> m.start() == from && m.end() < text.length() && text.charAt(m.end()) == '年').findFirst().orElse(null);
                    java.util.regex.Matcher count = number == null ? null : COUNT_KEY.matcher(number.keys().iterator().next());
                    if (count == null || !count.matches() || count.group(2) != null) {
                        continue;
                    }
                    year = Long.parseLong(count.group(1));
                    end = number.end() + 1;
                }
                if (number != null) {
                    numbers.remove(number);
                }
                numbers.add(new Mention(MentionKind.NUMBER, text.substring(at, end), at, end,
                        new LinkedHashSet<>(List.of("#" + year, "#" + (year + era.getValue())))));
                found = true;
            }
        }
        if (found) {
            numbers.sort(java.util.Comparator.comparingInt(Mention::start));
        }
    }

    /**
     * The key of a count the words before it make a bound ("more than a dozen", "hampir 40", 不到三十):
     * a lower bound may mean up to twice its value, an upper bound down to half of it, as one
     * would otherwise say "dozens" or "some". Other keys as they are.
     */
    private String bounded(String key, String text, int start) {
        Map<String, Boolean> bounds = language.numberBounds();
        java.util.regex.Matcher count = COUNT_KEY.matcher(key);
        if (bounds.isEmpty() || !count.matches()) {
            return key;
        }
        long low = Long.parseLong(count.group(1));
        long high = count.group(2) == null ? low : Long.parseLong(count.group(2));
        for (Map.Entry<String, Boolean> bound : bounds.entrySet()) {
            String words = language.isSpaceDelimited() ? bound.getKey() + " " : bound.getKey();
            int at = start - words.length();
            boolean wordStart = !language.isSpaceDelimited() || at == 0 || (at > 0 && !Character.isLetter(text.charAt(at - 1)));
            if (at >= 0 && wordStart && text.regionMatches(true, at, words, 0, words.length())) {
                return bound.getValue() ? Mention.numberKey(low, Math.max(high, 2 * low)) : Mention.numberKey(Math.max(1, low / 2), high);
            }
        }
        return key;
    }

    /** Whether a lone digit is part of a term with the capital letter it precedes (3K radiation, 4G, 3D). */
    private static boolean term(String text, int start, int end) {
        return end - start == 1 && end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z'
                && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)) || Character.UnicodeScript.of(text.charAt(end + 1)) != Character.UnicodeScript.LATIN);
    }

    /** How many characters at {@code at} say "and more" after a number (多, 余, or a space and one of them); 0 for none. */
    private static int oddMarker(String text, int at) {
        if (at < text.length() && "多余".indexOf(text.charAt(at)) >= 0) {
            return 1;
        }
        return at + 1 < text.length() && text.charAt(at) == ' ' && "多余".indexOf(text.charAt(at + 1)) >= 0 ? 2 : 0;
    }

    /** 1990s, 1990-an, 90年代: a decade written with the language's suffix after its first year, the ten years from it. */
    private java.util.Optional<Mention> decade(String text, int at, Language.DigitNumber read) {
        int end = at + read.length();
        java.util.Optional<String> suffix = language.decadeSuffixes().stream().filter(s -> text.startsWith(s, end)).findFirst();
        if (suffix.isEmpty() || !read.value().chars().allMatch(Character::isDigit) || read.value().length() > 4 || Long.parseLong(read.value()) % 10 != 0) {
            return java.util.Optional.empty();
        }
        long first = Long.parseLong(read.value());
        int decadeEnd = end + suffix.get().length();
        return java.util.Optional.of(new Mention(MentionKind.NUMBER, text.substring(at, decadeEnd), at, decadeEnd, Set.of(Mention.numberKey(first, first + 9))));
    }

    /**
     * A count or a quantity written from the digits at {@code at}: with a percent sign, multiplied
     * by a Han myriad (3万 = 30,000, 1.5亿) or by a scale word of the language (234.2 billion, 1,5
     * miliar), or a bound given by what follows it (40 余篇, 40多: 40–49).
     */
    private Mention count(String text, int at, Language.DigitNumber read) {
        int end = at + read.length();
        boolean percent = end < text.length() && text.charAt(end) == '%';
        String value = read.value();
        String key = "#" + normalizeNumber(value + (percent ? "%" : ""));
        if (percent) {
            end++;
        } else if (end < text.length() && MYRIADS.containsKey(text.charAt(end)) && value.length() <= 12) {
            key = "#" + scaled(value, MYRIADS.get(text.charAt(end)));
            end++;
        } else {
            Matcher scale = SCALE_WORD.matcher(text).region(end, text.length());
            long factor = scale.lookingAt() ? scaleFactor(scale.group(1)) : 0;
            if (factor > 0 && value.length() <= 12) {
                key = "#" + scaled(value, factor);
                end = scale.end();
            }
        }
        int odd = oddMarker(text, end);
        if (odd > 0 && !percent && value.chars().allMatch(Character::isDigit) && value.length() <= 15) {
            long v = Long.parseLong(value);
            long step = v % 100 == 0 && v > 0 ? 100 : v % 10 == 0 ? 10 : 1;
            key = Mention.numberKey(v, v + step - 1);
            end += odd;
        }
        return new Mention(NumberSpan.isNumbering(text, at, end) || term(text, at, end) ? MentionKind.INCIDENTAL_NUMBER : MentionKind.NUMBER,
                text.substring(at, end), at, end, Set.of(bounded(key, text, at)));
    }

    /** A time of day as its hour, its minutes and where its writing ends. */
    private record Clock(int hour, int minutes, int end) {
    }

    /**
     * A time of day written from the digits at {@code at} (7:30, 9:00 and 7点半 give {@code #7:30}
     * and {@code #9}), or empty: an hour and two digits of minutes joined by a colon, or by a full
     * stop in a language that writes decimals after a comma (pukul 07.30); or an hour followed by
     * the language's clock marks (7点半, 7点30分), where the hour alone is a time only with its
     * minutes or half. A chain of colons (1108:21:37) is a count, not a time.
     */
    private java.util.Optional<Mention> clockTime(String text, int at) {
        return clock(text, at).map(clock -> new Mention(MentionKind.NUMBER, text.substring(at, clock.end()), at, clock.end(),
                Set.of(clock.minutes() == 0 ? "#" + clock.hour() : String.format(Locale.ROOT, "#%d:%02d", clock.hour(), clock.minutes()))));
    }

    private java.util.Optional<Clock> clock(String text, int at) {
        int hourEnd = Language.digitsEnd(text, at);
        if (hourEnd - at > 2 || at > 0 && ":：".indexOf(text.charAt(at - 1)) >= 0
                || hourEnd + 4 < text.length() && ":：".indexOf(text.charAt(hourEnd + 3)) >= 0 && Character.isDigit(text.charAt(hourEnd + 4))) {
            return java.util.Optional.empty();
        }
        int hour = Integer.parseInt(text.substring(at, hourEnd));
        if (hour > 24) {
            return java.util.Optional.empty();
        }
        if (hourEnd + 3 <= text.length() && (":：".indexOf(text.charAt(hourEnd)) >= 0 || text.charAt(hourEnd) == '.' && language.decimalSeparator() == ',')
                && Language.digitsEnd(text, hourEnd + 1) == hourEnd + 3) {
            return clock(hour, text.substring(hourEnd + 1, hourEnd + 3), hourEnd + 3);
        }
        java.util.Optional<Language.ClockMarks> marks = language.clockMarks();
        if (marks.isEmpty() || !text.startsWith(marks.get().hour(), hourEnd)) {
            return java.util.Optional.empty();
        }
        int after = hourEnd + marks.get().hour().length();
        if (text.startsWith(marks.get().half(), after)) {
            return java.util.Optional.of(new Clock(hour, 30, after + marks.get().half().length()));
        }
        int minutesEnd = Language.digitsEnd(text, after);
        if (minutesEnd > after && minutesEnd - after <= 2 && text.startsWith(marks.get().minutes(), minutesEnd)) {
            return clock(hour, text.substring(after, minutesEnd), minutesEnd + marks.get().minutes().length());
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Clock> clock(int hour, String minutes, int end) {
        int value = Integer.parseInt(minutes);
        return value < 60 ? java.util.Optional.of(new Clock(hour, value, end)) : java.util.Optional.empty();
    }

    /** The value of a word that only scales the digits before it (thousand, million, juta, miliar), or 0 for any other word. */
    private long scaleFactor(String word) {
        List<NumberSpan> spans = language.spelledNumbers(word.toLowerCase(Locale.ROOT));
        if (spans.size() != 1 || spans.getFirst().start() != 0 || spans.getFirst().end() != word.length() || !spans.getFirst().exact()
                || spans.getFirst().low() < 1000) {
            return 0;
        }
        long v = spans.getFirst().low();
        while (v % 1000 == 0) {
            v /= 1000;
        }
        return v == 1 ? spans.getFirst().low() : 0;
    }

    /** Digits ("234.2") times a factor, as plain digits ("234200000000"). */
    private static String scaled(String digits, long factor) {
        return new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    private static String normalizeNumber(String value) {
        boolean percent = value.endsWith("%");
        String digits = percent ? value.substring(0, value.length() - 1) : value;
        if (digits.contains(".")) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return digits + (percent ? "%" : "");
    }

    private List<Mention> latinNames(String text) {
        List<Mention> names = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher word = LATIN_WORD.matcher(text);
        while (word.find()) {
            // l'Université, d'Artagnan, dell'Aquila: an elided article or preposition before a capital is no part of the name
            Matcher elided = ELIDED.matcher(word.group());
            // Rp5, A320: digits written onto a word are a number (compared as one), not part of the name
            Matcher lettersThenDigits = LETTERS_THEN_DIGITS.matcher(word.group());
            int end = lettersThenDigits.lookingAt() ? word.start() + lettersThenDigits.end(1) : word.end();
            words.add(new int[] {word.start() + (elided.lookingAt() ? elided.end() : 0), end});
        }
        int w = 0;
        while (w < words.size()) {
            if (!capitalised(text, words.get(w))) {
                w++;
                continue;
            }
            int last = w;
            int next = w + 1;
            while (next < words.size() && !possessive(text, words.get(next - 1)) && adjacent(text, words.get(next - 1), words.get(next))) {
                if (capitalised(text, words.get(next))) {
                    last = next;
                    next++;
                } else if (PARTICLES.contains(wordText(text, words.get(next)).toLowerCase(Locale.ROOT))
                        && next + 1 < words.size() && capitalised(text, words.get(next + 1)) && adjacent(text, words.get(next), words.get(next + 1))) {
                    next++;
                } else {
                    break;
                }
            }
            addLatinName(text, words.subList(w, last + 1), names);
            w = last + 1;
        }
        return names;
    }

    private void addLatinName(String text, List<int[]> words, List<Mention> names) {
        List<int[]> run = words;
        // "Before Ma Weiying": a function word that opens the sentence is capitalised, not a name.
        while (run.size() > 1 && (notNames.contains(wordText(text, run.getFirst()).toLowerCase(Locale.ROOT)) || capitalisedOnlyToOpen(text, run))) {
            run = run.subList(1, run.size());
        }
        // In a language that capitalises every noun (German), a capitalised word on its own may be
        // any noun: only a run of them ("Marie Curie") is taken for a name.
        boolean nounsCapitalised = language.capitalisesNouns();
        if (nounsCapitalised && opensSentence(text, run.getFirst()[0])) {
            // "Am Morgen": where every noun is capitalised, the word that opens a sentence may be any word at all.
            if (run.size() == 1) {
                return;
            }
            run = run.subList(1, run.size());
        }
        int start = run.getFirst()[0];
        int end = run.getLast()[1];
        String name = text.substring(start, end).replaceAll("['’]s$", "");
        end = start + name.length();
        boolean single = run.size() == 1;
        boolean acronym = name.length() >= 2 && name.chars().noneMatch(Character::isLowerCase) && name.chars().anyMatch(Character::isLetter);
        String lower = name.toLowerCase(Locale.ROOT);
        if (single && !acronym && (notNames.contains(lower) || opensSentence(text, start) || nounsCapitalised)) {
            return;
        }
        // "ON HER SIXTEENTH birthday": a book's opening set in capitals; a number word so set is a number, not a name.
        if (acronym && (notNames.contains(lower) || single && spelledWhole(lower))) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add("=" + Mention.surface(name));
        if (nounsCapitalised) {
            // "Ihr Mann Pierre": the noun before the name is capitalised too; each shorter tail of the run may be the name.
            for (int first = 1; first < run.size(); first++) {
                keys.add("=" + Mention.surface(text.substring(run.get(first)[0], end)));
            }
        }
        String[] parts = name.split("\\s+");
        if (parts.length == 2) {
            keys.addAll(NameKeys.ofLatin(parts[0], parts[1]));
        }
        names.add(new Mention(acronym && single ? MentionKind.ACRONYM : MentionKind.NAME, name, start, end, keys));
    }

    /** Whether a word is wholly one number word of the language (sixteenth, twelve). */
    private boolean spelledWhole(String lower) {
        List<NumberSpan> spans = language.spelledNumbers(lower);
        return spans.size() == 1 && spans.getFirst().start() == 0 && spans.getFirst().end() == lower.length();
    }

    private List<Mention> namesInOtherScript(String text) {
        List<Mention> names = new ArrayList<>();
        Matcher latin = LATIN_IN_HAN.matcher(text);
        while (latin.find()) {
            String name = latin.group().strip();
            if (name.length() < 2 || name.chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean acronym = name.chars().noneMatch(Character::isLowerCase);
            names.add(new Mention(acronym && !name.contains(" ") ? MentionKind.ACRONYM : MentionKind.NAME, name, latin.start(),
                    latin.start() + name.length(), Set.of("=" + Mention.surface(name))));
        }
        for (int i = 0; i < text.length(); i++) {
            int cp = text.codePointAt(i);
            if (!language.isSurname(cp) || (i > 0 && isHan(text.codePointAt(i - 1)) && language.isSurname(text.codePointAt(i - 1)))) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                if (i + length <= text.length() && text.substring(i, i + length).codePoints().allMatch(MentionFinder::isHan)) {
                    String han = text.substring(i, i + length);
                    names.add(new Mention(MentionKind.NAME, han, i, i + length, NameKeys.ofNative(language, han)));
                }
            }
        }
        return names;
    }

    private static boolean isHan(int cp) {
        return UScript.getScript(cp) == UScript.HAN;
    }

    /** "Tetapi Stefanus": the first word opens the sentence and is capitalised only for that. */
    private boolean capitalisedOnlyToOpen(String text, List<int[]> run) {
        return opensSentence(text, run.getFirst()[0]) && onlyOpens.test(wordText(text, run.getFirst()));
    }

    private static boolean capitalised(String text, int[] word) {
        return Character.isUpperCase(text.codePointAt(word[0]));
    }

    /** Two words separated by nothing but one space (a comma or a full stop ends a name). */
    private static boolean adjacent(String text, int[] first, int[] second) {
        String gap = text.substring(first[1], second[0]);
        return gap.equals(" ") || gap.equals("-");
    }

    /** "ByteDance’s AI Lab" is two names: a possessive ends one. */
    private static boolean possessive(String text, int[] word) {
        String w = wordText(text, word);
        return w.endsWith("’s") || w.endsWith("'s");
    }

    private static String wordText(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static boolean opensSentence(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        return before.isEmpty() || ".:!?“\"«‹„".indexOf(before.charAt(before.length() - 1)) >= 0;
    }
}
