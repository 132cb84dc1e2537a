package dev.alinea.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.alinea.language.Language;
import dev.alinea.language.NameStyle;
import dev.alinea.language.NumberSpan;

/**
 * Makes one sentence of one document diverge from its translation the way a careless translation
 * would, for the divergence benchmark: a number changed, a name replaced by another name of the same
 * text, the sentence deleted, or the sentence cut to its first 40 %. Each change returns empty when
 * the sentence offers no place for it. What counts as a number or a name is decided here, from the
 * language profile, independently of the detector being measured.
 */
final class Injector {

    /** Share of a sentence's characters a partial translation keeps. */
    static final double PARTIAL_SHARE = 0.4;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The rest of a word after its first letter: letters, joined by hyphens and apostrophes (Goong-goong, O'Brien's). */
    private static final String WORD_TAIL = "[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*";
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}" + WORD_TAIL);
    /** Not after a hyphen: anti-Semitism is no name. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}\\p{M}-])\\p{Lu}" + WORD_TAIL + "(?: \\p{Lu}" + WORD_TAIL + ")*");
    /** What may end the text before a capitalised word that opens a sentence or a quotation rather than names someone. */
    private static final Pattern OPENING = Pattern.compile("(?:^|[.!?:;“\"‘'(\\[—–-])\\s*$");

    private final Language language;
    /** Number words by value, the word two places on replacing one (three → five). */
    private final List<Map.Entry<String, Long>> numberWords;
    /** The language's own single-character digits 1–9 as the document writes them (三 = 3). */
    private final Map<Long, String> nativeDigits;
    /** The words the document writes in lower case somewhere: capitalised, they open a quotation rather than name someone. */
    private final Set<String> lowerCaseWords = new HashSet<>();
    /** The document's mid-sentence names, in order of first appearance: the replacements a name may get. */
    private final List<String> documentNames;

    /**
     * @param language the document's language profile
     * @param sentences all the document's sentences, where replacement names and native digits are taken from
     */
    Injector(Language language, List<String> sentences) {
        this.language = language;
        this.numberWords = language.numberWords().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
        this.nativeDigits = nativeDigits(language, sentences);
        for (String sentence : sentences) {
            LOWER_CASE_WORD.matcher(sentence).results().forEach(word -> lowerCaseWords.add(word.group()));
        }
        Set<String> names = new LinkedHashSet<>();
        sentences.forEach(sentence -> names.addAll(names(sentence)));
        this.documentNames = List.copyOf(names);
    }

    /**
     * The sentence with its first number changed to another value: digits to the value one more
     * (2016 → 2017), a number word to the word two places on in value order (three → five), a numeral
     * of the language's own by one of its digits (三 → 五). Words and numerals worth 1 are left alone:
     * "one", "satu" and 一个 are articles and pronouns as often as numbers. Empty when the sentence has
     * no number.
     */
    Optional<String> changeNumber(String sentence) {
        List<Replacement> sites = new ArrayList<>();
        Matcher digits = DIGITS.matcher(sentence);
        while (digits.find()) {
            sites.add(new Replacement(digits.start(), digits.end(), String.valueOf(Long.parseLong(digits.group()) + 1)));
        }
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            otherNumberWord(word.group()).ifPresent(other -> sites.add(new Replacement(word.start(), word.end(), other)));
        }
        for (NumberSpan numeral : nativeNumerals(sentence)) {
            otherNumeral(sentence.substring(numeral.start(), numeral.end()))
                    .ifPresent(other -> sites.add(new Replacement(numeral.start(), numeral.end(), other)));
        }
        return sites.stream().min(Comparator.comparingInt(Replacement::start)).map(site -> site.applyTo(sentence));
    }

    /**
     * The sentence with its first mid-sentence name replaced by another name of the document that
     * neither this sentence nor its counterpart mentions, chosen at random. Empty when the language
     * does not write names as capitalised words, or the sentence has no such name, or the document
     * no other name.
     */
    Optional<String> replaceName(String sentence, String counterpart, Random random) {
        List<Replacement> sites = nameSites(sentence);
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        String both = (sentence + "\n" + counterpart).toLowerCase(Locale.ROOT);
        List<String> others = documentNames.stream().filter(name -> !both.contains(name.toLowerCase(Locale.ROOT))).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Replacement site = sites.getFirst();
        String other = others.get(random.nextInt(others.size()));
        return Optional.of(new Replacement(site.start(), site.end(), other).applyTo(sentence));
    }

    /** An omission: the sentence deleted, its cell left empty. */
    static String delete(String sentence) {
        return "";
    }

    /**
     * A partial translation: the sentence cut to its first 40 % of characters (code points), at the
     * last space within them in languages that write spaces between words. Empty when nothing would
     * be left, or nothing cut.
     */
    Optional<String> cut(String sentence) {
        int keep = (int) (sentence.codePointCount(0, sentence.length()) * PARTIAL_SHARE);
        int end = sentence.offsetByCodePoints(0, keep);
        if (language.isSpaceDelimited()) {
            int space = end;
            while (space > 0 && !Character.isWhitespace(sentence.charAt(space))) {
                space--;
            }
            end = space;
        }
        String prefix = sentence.substring(0, end).stripTrailing();
        return prefix.isEmpty() || prefix.length() >= sentence.strip().length() ? Optional.empty() : Optional.of(prefix);
    }

    /**
     * The names of a text: runs of capitalised words that do not open a sentence, a quotation or a
     * parenthesis, without a possessive 's, leading function words (His Majesty) or contractions
     * (I'll), and none of whose words the document also writes in lower case (she said, Never!).
     */
    List<String> names(String text) {
        return nameSites(text).stream().map(site -> text.substring(site.start(), site.end())).toList();
    }

    private List<Replacement> nameSites(String text) {
        List<Replacement> sites = new ArrayList<>();
        if (language.nameStyle() != NameStyle.CAPITALISED) {
            return sites;
        }
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            if (OPENING.matcher(text.substring(0, run.start())).find()) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(run.group().replaceAll("['’]s$", "").split(" ")));
            int start = run.start();
            while (!words.isEmpty() && isFunctionWord(words.getFirst())) {
                start += words.removeFirst().length() + 1;
            }
            String name = String.join(" ", words);
            if (name.length() >= 2 && words.stream().noneMatch(word -> lowerCaseWords.contains(word.toLowerCase(Locale.ROOT)))) {
                sites.add(new Replacement(start, start + name.length(), name));
            }
        }
        return sites;
    }

    /** A word that is capitalised for its place, not as a name: The, His, I'll. */
    private boolean isFunctionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).split("['’]")[0];
        return language.notNames().contains(lower) || language.stopWords().contains(lower);
    }

    private Optional<String> otherNumberWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < numberWords.size(); i++) {
            Map.Entry<String, Long> entry = numberWords.get(i);
            if (entry.getKey().equals(lower) && entry.getValue() != 1) {
                String other = numberWords.get((i + 2) % numberWords.size()).getKey();
                return Optional.of(Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(other.charAt(0)) + other.substring(1) : other);
            }
        }
        return Optional.empty();
    }

    /** The numbers a sentence writes in the language's own numerals (四十), not in Latin-script words. */
    private List<NumberSpan> nativeNumerals(String sentence) {
        return nativeNumerals(language, sentence);
    }

    private static List<NumberSpan> nativeNumerals(Language language, String sentence) {
        return language.spelledNumbers(sentence).stream()
                .filter(n -> n.exact() && !n.incidental() && sentence.substring(n.start(), n.end()).codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN))
                .toList();
    }

    /** The numeral with its first digit d (1–9) written as d + 2, wrapping past 9 (三 → 五, 八 → 一), when the document writes that digit. */
    private Optional<String> otherNumeral(String numeral) {
        OptionalLong value = language.number(numeral);
        if (value.isEmpty() || value.getAsLong() == 1) {
            return Optional.empty();
        }
        for (int i = 0; i < numeral.length(); ) {
            int cp = numeral.codePointAt(i);
            int next = i + Character.charCount(cp);
            OptionalLong digit = language.number(numeral.substring(i, next));
            if (digit.isPresent() && digit.getAsLong() >= 1 && digit.getAsLong() <= 9) {
                String other = nativeDigits.get((digit.getAsLong() + 1) % 9 + 1);
                if (other != null) {
                    String changed = numeral.substring(0, i) + other + numeral.substring(next);
                    OptionalLong changedValue = language.number(changed);
                    if (changedValue.isPresent() && changedValue.getAsLong() != value.getAsLong()) {
                        return Optional.of(changed);
                    }
                }
            }
            i = next;
        }
        return Optional.empty();
    }

    /** For each digit value 1–9, the character of the language's own numerals the document uses most for it. */
    private static Map<Long, String> nativeDigits(Language language, List<String> sentences) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (String sentence : sentences) {
            for (NumberSpan numeral : nativeNumerals(language, sentence)) {
                sentence.substring(numeral.start(), numeral.end()).codePoints().mapToObj(Character::toString)
                        .forEach(c -> language.number(c).ifPresent(v -> {
                            if (v >= 1 && v <= 9) {
                                counts.computeIfAbsent(v, k -> new HashMap<>()).merge(c, 1, Integer::sum);
                            }
                        }));
            }
        }
        Map<Long, String> digits = new HashMap<>();
        counts.forEach((value, characters) -> digits.put(value, characters.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return digits;
    }

    /** Text between start and end replaced by another text. */
    private record Replacement(int start, int end, String text) {

        String applyTo(String sentence) {
            return sentence.substring(0, start) + text + sentence.substring(end);
        }
    }
}
