package dev.alinea.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers spelled out in words in a space-delimited language: "forty", "twenty-one",
 * "two hundred and fifty", "fifteenth", "tiga belas", "empat puluh dua", "kesebelas", "dozens",
 * "ratusan". A language describes its number words as operations on a running value; a run of
 * consecutive number words (joined by spaces, hyphens or a connector such as "and") is one number.
 */
final class SpelledNumbers {

    /** What one number word does to the value being read. */
    sealed interface Op {
    }

    /** Adds a value: one, twenty, satu, seratus (a number word that stands for itself). */
    record Add(long value) implements Op {
    }

    /** Multiplies the last word's value: hundred (two hundred), puluh (empat puluh), ratus (dua ratus). */
    record TimesLast(long factor) implements Op {
    }

    /** Adds to the last word's value: belas (tiga belas = 13). */
    record PlusLast(long addend) implements Op {
    }

    /** Closes a group: thousand, million, ribu, juta (two thousand three hundred). */
    record Scale(long factor) implements Op {
    }

    /** A vague quantity standing alone: dozens, hundreds, puluhan. */
    record About(long low, long high) implements Op {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Map<String, Op> words;
    private final Map<String, Long> ordinals;
    private final List<String> ordinalPrefixes;
    private final List<String> connectors;
    private final List<String> incidental;
    private final List<String> alternatives;
    private final List<String> rangeWords;
    /** Lower-case month names and their numbers (november = 11). */
    private final Map<String, Long> months;

    /**
     * @param words lower-case number words and what each does
     * @param ordinals lower-case ordinal words and their values (first = 1, fifteenth = 15)
     * @param ordinalPrefixes prefixes that make an ordinal of a cardinal word (Indonesian ke-: kedua, kesebelas)
     * @param connectors words allowed between number words of one number ("and")
     * @param incidental number words that are often no number at all ("one", "first", "satu")
     * @param alternatives words that offer a second number ("two or three", "a day or two", "dua atau tiga")
     * @param rangeWords words between two numbers that make a range of them ("five to seven", "lima sampai tujuh")
     */
    SpelledNumbers(Map<String, Op> words, Map<String, Long> ordinals, List<String> ordinalPrefixes, List<String> connectors,
            List<String> incidental, List<String> alternatives, List<String> rangeWords) {
        this(words, ordinals, ordinalPrefixes, connectors, incidental, alternatives, rangeWords, Map.of());
    }

    private SpelledNumbers(Map<String, Op> words, Map<String, Long> ordinals, List<String> ordinalPrefixes, List<String> connectors,
            List<String> incidental, List<String> alternatives, List<String> rangeWords, Map<String, Long> months) {
        this.months = months;
        this.alternatives = alternatives;
        this.rangeWords = rangeWords;
        this.words = words;
        this.ordinals = ordinals;
        this.ordinalPrefixes = ordinalPrefixes;
        this.connectors = connectors;
        this.incidental = incidental;
    }

    /**
     * The spelled numbers of a text, in order; empty for none. Two numbers joined by an alternative
     * ("two or three") are one range; "or two" after no number ("a day or two") is a vague small
     * quantity; a number word capitalised in mid-sentence names something (Two
     * Dukes Street) and is incidental.
     */
    List<NumberSpan> find(String text) {
        List<NumberSpan> spans = new ArrayList<>(words(text));
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            Long month = months.get(word.group().toLowerCase(Locale.ROOT));
            if (month != null && Character.isUpperCase(word.group().charAt(0))) {
                spans.add(new NumberSpan(word.start(), word.end(), month, month, true));
            }
        }
        spans.sort(java.util.Comparator.comparingInt(NumberSpan::start));
        List<NumberSpan> joined = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            NumberSpan span = spans.get(k);
            NumberSpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            if (next != null && alternative(text.substring(span.end(), next.start()))) {
                joined.add(new NumberSpan(span.start(), next.end(), Math.min(span.low(), next.low()), Math.max(span.high(), next.high()), false));
                k++;
            } else if (span.high() <= 2 && alternativeBefore(text, span.start())) {
                joined.add(new NumberSpan(span.start(), span.end(), Math.min(1, span.low()), span.high(), true));
            } else if (Character.isUpperCase(text.codePointAt(span.start())) && !Languages.opens(text, span.start())) {
                joined.add(new NumberSpan(span.start(), span.end(), span.low(), span.high(), true));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /**
     * The same reader that also reads capitalised month names as their number, incidental (November =
     * 11, as in 1989年11月).
     *
     * @param names the lower-case month names, January first
     */
    SpelledNumbers withMonths(String... names) {
        Map<String, Long> numbered = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            numbered.put(names[i], i + 1L);
        }
        return new SpelledNumbers(words, ordinals, ordinalPrefixes, connectors, incidental, alternatives, rangeWords, Map.copyOf(numbered));
    }

    /** Whether the text between two numbers is one alternative word with a space either side. */
    private boolean alternative(String between) {
        String word = between.strip().toLowerCase(Locale.ROOT);
        return between.length() > 2 && between.startsWith(" ") && between.endsWith(" ") && (alternatives.contains(word) || rangeWords.contains(word));
    }

    /** Whether an alternative word and a space come just before the offset. */
    private boolean alternativeBefore(String text, int at) {
        return alternatives.stream().anyMatch(word -> at > word.length() + 1 && text.startsWith(word + " ", at - word.length() - 1)
                && !Character.isLetter(text.charAt(at - word.length() - 2)));
    }

    private List<NumberSpan> words(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new int[] {word.start(), word.end()});
        }
        List<NumberSpan> spans = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            int end = runEnd(text, tokens, t);
            if (end == t) {
                t++;
                continue;
            }
            read(text, tokens.subList(t, end)).ifPresent(spans::add);
            t = end;
        }
        return spans;
    }

    /** The index just past the run of number words that starts at {@code from}; {@code from} when none starts there. */
    private int runEnd(String text, List<int[]> tokens, int from) {
        int end = from;
        int k = from;
        while (k < tokens.size() && isNumberWord(lower(text, tokens.get(k)))) {
            if (k > from && (!joined(text, tokens.get(k - 1), tokens.get(k)) || !continues(lower(text, tokens.get(k - 1)), lower(text, tokens.get(k))))) {
                break;
            }
            end = ++k;
            if (ordinal(lower(text, tokens.get(k - 1))) != null) {
                break; // an ordinal ends a number: "twenty-first"
            }
            String previous = lower(text, tokens.get(k - 1));
            boolean groupEnds = op(previous) instanceof TimesLast || op(previous) instanceof Scale;
            // "thirty and three", "threescore and six": older English joins tens and units with the connector too, as "thirty-three" without it.
            boolean tensThenUnit = k + 1 < tokens.size() && op(previous) instanceof Add && op(lower(text, tokens.get(k + 1))) instanceof Add
                    && continues(previous, lower(text, tokens.get(k + 1)));
            if ((groupEnds || tensThenUnit) && k + 1 < tokens.size() && connectors.contains(lower(text, tokens.get(k))) && isNumberWord(lower(text, tokens.get(k + 1)))
                    && joined(text, tokens.get(k - 1), tokens.get(k)) && joined(text, tokens.get(k), tokens.get(k + 1))) {
                k++;
            }
        }
        return end;
    }

    private java.util.Optional<NumberSpan> read(String text, List<int[]> run) {
        long total = 0;
        long small = 0;
        long last = 0;
        boolean incidentalOnly = run.size() == 1 && incidental.contains(lower(text, run.getFirst()));
        for (int[] token : run) {
            String w = lower(text, token);
            Op op = op(w);
            if (op == null) {
                Long ordinal = ordinal(w);
                op = new Add(ordinal == null ? 0 : ordinal);
            }
            switch (op) {
                case Add add -> {
                    small += add.value();
                    last = add.value();
                }
                case TimesLast times -> {
                    long base = last == 0 ? 1 : last;
                    small = small - last + base * times.factor();
                    last = base * times.factor();
                }
                case PlusLast plus -> {
                    small += plus.addend();
                    last += plus.addend();
                }
                case Scale scale -> {
                    total += (small == 0 ? 1 : small) * scale.factor();
                    small = 0;
                    last = 0;
                }
                case About about -> {
                    if (run.size() == 1) {
                        return java.util.Optional.of(new NumberSpan(token[0], token[1], about.low(), about.high(), false));
                    }
                    return java.util.Optional.empty();
                }
            }
        }
        long value = total + small;
        return java.util.Optional.of(new NumberSpan(run.getFirst()[0], run.getLast()[1], value, value, incidentalOnly));
    }

    /**
     * Whether a number word goes on the number the previous one began: "twenty one", "seratus dua",
     * "dua puluh", "tiga belas" do; "two three" (two or three) and "one two" are two numbers.
     */
    private boolean continues(String previous, String next) {
        Long ordinal = ordinal(next);
        Op nextOp = op(next) != null ? op(next) : ordinal != null ? new Add(ordinal) : null;
        if (!(op(previous) instanceof Add before) || !(nextOp instanceof Add after)) {
            return true;
        }
        // "twenty-first" goes on; "one second", "two three" are two numbers.
        return before.value() >= 20 && before.value() % 10 == 0 && after.value() < 10;
    }

    private boolean isNumberWord(String word) {
        return op(word) != null || ordinal(word) != null;
    }

    private Op op(String word) {
        return words.get(word);
    }

    private Long ordinal(String word) {
        Long ordinal = ordinals.get(word);
        if (ordinal != null) {
            return ordinal;
        }
        for (String prefix : ordinalPrefixes) {
            if (word.startsWith(prefix) && words.get(word.substring(prefix.length())) instanceof Add add) {
                return add.value();
            }
        }
        return null;
    }

    /** Two words of one number: separated by one space or one hyphen. */
    private static boolean joined(String text, int[] first, int[] second) {
        String gap = text.substring(first[1], second[0]);
        return gap.equals(" ") || gap.equals("-") || gap.equals("‐");
    }

    private static String lower(String text, int[] token) {
        return text.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
    }
}
