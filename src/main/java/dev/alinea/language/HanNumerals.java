package dev.alinea.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numerals written with Han characters (Chinese and Japanese): 四十 = 40, 二〇二一 = 2021, 两千零五 = 2005, 三万五千 = 35000. */
public final class HanNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('〇', 0), Map.entry('零', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Long> UNITS = Map.of('十', 10L, '百', 100L, '千', 1000L, '万', 10_000L, '萬', 10_000L,
            '亿', 100_000_000L, '億', 100_000_000L);

    private static final Pattern RUN = Pattern.compile("[〇零一二两三四五六七八九十百千万萬亿億]+");
    /** 几十, 数百, 上千, 十几: an approximate number. */
    private static final Pattern APPROXIMATE = Pattern.compile("[几数上]([十百千万萬])|([一二三四五六七八九]?)十几");

    private HanNumerals() {
    }

    /** Whether the character is a Han digit or unit. */
    public static boolean isNumeral(char c) {
        return DIGITS.containsKey(c) || UNITS.containsKey(c);
    }

    /**
     * The value of a string made only of Han numerals, or empty when it holds anything else.
     * Digit strings without units (二〇二一) read digit by digit.
     */
    public static OptionalLong parse(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> isNumeral((char) c))) {
            return OptionalLong.empty();
        }
        if (text.chars().noneMatch(c -> UNITS.containsKey((char) c))) {
            long value = 0;
            for (char c : text.toCharArray()) {
                value = value * 10 + DIGITS.get(c);
            }
            return OptionalLong.of(value);
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char c : text.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                digit = d;
                continue;
            }
            long unit = UNITS.get(c);
            if (unit >= 10_000) {
                long counted = total + section + digit;
                total = (counted == 0 ? 1 : counted) * unit;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return OptionalLong.of(total + section + digit);
    }

    /**
     * The numbers written in Han numerals in a text (四十, 两名, 十三人, 二〇二一年, 十一二 = 11–12,
     * 二三十 = 20–30, 几十 and 数百 as approximations, 百分之四十 as 40). A numeral that is often no
     * number is incidental: a lone 一 (一个 "a", 一样, 一直, 每一), a lone digit or 十 not followed by a
     * counter (三明治, 十分 "very"), a run that opens with a unit (万一 "in case", 千万 "by all means"),
     * and two equal or unrelated digits side by side (一一 "one by one", 一五一十).
     *
     * @param counters characters that count what a numeral before them numbers (人, 个, 年...)
     */
    static List<NumberSpan> find(String text, String counters) {
        List<NumberSpan> spans = new ArrayList<>();
        Matcher about = APPROXIMATE.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (about.find()) {
            if (about.group(1) != null) {
                long unit = UNITS.get(about.group(1).charAt(0));
                spans.add(new NumberSpan(about.start(), about.end(), unit, unit * 10 - 1, false));
            } else {
                // 十几 = 11–19, 二十几 = 20-odd: the tens as written, the units unknown.
                long tens = about.group(2).isEmpty() ? 1 : DIGITS.get(about.group(2).charAt(0));
                spans.add(new NumberSpan(about.start(), about.end(), tens * 10 + (tens == 1 ? 1 : 0), tens * 10 + 9, false));
            }
            taken.add(new int[] {about.start(), about.end()});
        }
        int idiomsFrom = taken.size();
        idioms(text, counters, taken);
        // An idiom's numerals (四菜一汤 "four dishes and a soup", 一家四口 "the four of them") are incidental:
        // they count against a different number only, and answer a translation that says the same.
        for (int[] numeral : taken.subList(idiomsFrom, taken.size())) {
            long value = parse(text.substring(numeral[0], numeral[1])).orElseThrow();
            spans.add(new NumberSpan(numeral[0], numeral[1], value, value, true));
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            int start = run.start();
            // 五十两, 三两银子: 两 after a numeral is the tael, a measure, not a second number; 一两个, 三两个 are "one or two", "two or three".
            boolean range = run.end() - run.start() == 2 && "一三".indexOf(text.charAt(run.start())) >= 0 && run.end() < text.length()
                    && counters.indexOf(text.charAt(run.end())) >= 0;
            int end = run.end() - run.start() > 1 && text.charAt(run.end() - 1) == '两' && !range ? run.end() - 1 : run.end();
            boolean percentBase = text.startsWith("分之", end) && text.substring(start, end).equals("百");
            // 二十几两, 八九两: a lone 两 after an approximate or a range is the tael.
            boolean tael = end - start == 1 && text.charAt(start) == '两' && start > 0 && ("几多余".indexOf(text.charAt(start - 1)) >= 0 || isNumeral(text.charAt(start - 1)));
            boolean covered = spans.stream().anyMatch(span -> span.start() < start && span.end() > start);
            if (taken.stream().anyMatch(t -> t[0] < end && start < t[1]) || percentBase || tael || covered) {
                continue;
            }
            // 百万分之五: the denominator is the number (a million), what it divides is no count.
            boolean divided = start >= 2 && text.startsWith("分之", start - 2) && !(start >= 3 && text.charAt(start - 3) == '百' && (start < 4 || !isNumeral(text.charAt(start - 4))));
            boolean counted = end < text.length() && (counters.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '两'
                    || end - start > 1 && "几多余来".indexOf(text.charAt(end)) >= 0);
            if (end - start == 1 && text.charAt(start) == '一' && !counted) {
                continue; // 一样, 一直, 一会, 一女: a lone 一 that counts nothing is no number at all
            }
            boolean percent = start >= 3 && text.startsWith("百分之", start - 3);
            int after = end;
            // 两人, 二人: "the two of them", which a translation says as "they", "both" or "neither".
            boolean pair = end < text.length() && text.charAt(end) == '人' && end - start == 1 && "两二".indexOf(text.charAt(start)) >= 0;
            readRun(text.substring(start, end), counted, pair).map(span -> widened(span, text, start, after)).ifPresent(span -> spans.add(percent
                    ? new NumberSpan(start - 3, start + span.end(), span.low(), span.high(), span.incidental())
                    : new NumberSpan(start, start + span.end(), span.low(), span.high(), span.incidental() || divided)));
        }
        spans.sort(java.util.Comparator.comparingInt(NumberSpan::start));
        return spans;
    }

    /**
     * Marks as taken (read as incidental numbers, not as counts) the numerals of four-character idioms built on two numbers, 三心二意, 七上八下,
     * 独一无二, 千方百计: two lone numerals one character apart, neither followed by a counter (五月三日 is a date).
     */
    private static void idioms(String text, String counters, List<int[]> taken) {
        for (int i = 0; i + 2 < text.length(); i++) {
            int j = i + 2;
            if (lone(text, i) && lone(text, j) && text.charAt(i) != text.charAt(j) && !isNumeral(text.charAt(i + 1))
                    && counters.indexOf(text.charAt(i + 1)) < 0 && (j + 1 >= text.length() || counters.indexOf(text.charAt(j + 1)) < 0)
                    && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                taken.add(new int[] {i, i + 1});
                taken.add(new int[] {j, j + 1});
            }
        }
    }

    /** Whether the character at the offset is a numeral with no numeral either side. */
    private static boolean lone(String text, int at) {
        return isNumeral(text.charAt(at)) && (at == 0 || !isNumeral(text.charAt(at - 1))) && (at + 1 >= text.length() || !isNumeral(text.charAt(at + 1)));
    }

    /**
     * 四十多 (40-odd, 41–49), 三百余, 一九六几 (196x): a word after an exact numeral that makes it
     * approximate widens it over the values its last written place leaves open.
     */
    private static NumberSpan widened(NumberSpan span, String text, int start, int end) {
        if (!span.exact() || span.incidental() || end >= text.length() || "多余来几".indexOf(text.charAt(end)) < 0) {
            return span;
        }
        char last = text.charAt(end - 1);
        boolean place = UNITS.containsKey(last);
        if (text.charAt(end) == '几' && !place) {
            return new NumberSpan(span.start(), span.end() + 1, span.low() * 10, span.low() * 10 + 9, false);
        }
        long step = place ? UNITS.get(last) : 1;
        long high = span.low() + Math.max(step - 1, 1);
        // 一百多亿 = 100-odd hundred millions, 十几万: a myriad after the approximation multiplies it.
        if (end + 1 < text.length() && UNITS.getOrDefault(text.charAt(end + 1), 0L) >= 10_000) {
            long myriad = UNITS.get(text.charAt(end + 1));
            return new NumberSpan(span.start(), span.end() + 2, span.low() * myriad, high * myriad, false);
        }
        return new NumberSpan(span.start(), span.end() + 1, span.low(), high, false);
    }

    /** A run's value as a span at offset 0, or empty when it reads as no number. */
    private static java.util.Optional<NumberSpan> readRun(String run, boolean counted, boolean pair) {
        int n = run.length();
        char first = run.charAt(0);
        if (n == 1) {
            OptionalLong value = parse(run);
            boolean incidental = first == '一' || !counted || (UNITS.containsKey(first) && first != '十') || pair;
            return java.util.Optional.of(new NumberSpan(0, 1, value.getAsLong(), value.getAsLong(), incidental));
        }
        if (UNITS.containsKey(first) && first != '十') {
            OptionalLong value = parse(run);
            return value.isPresent() ? java.util.Optional.of(new NumberSpan(0, n, value.getAsLong(), value.getAsLong(), true)) : java.util.Optional.empty();
        }
        for (int i = 0; i + 1 < n; i++) {
            Integer d = DIGITS.get(run.charAt(i));
            Integer next = DIGITS.get(run.charAt(i + 1));
            boolean digitsOnly = run.chars().noneMatch(c -> UNITS.containsKey((char) c));
            if (digitsOnly && n == 3 && !counted) {
                // 七零八落: three digits read one by one are no year (二〇二一年) and count nothing.
                return java.util.Optional.of(new NumberSpan(0, n, 0, 0, true));
            }
            if (d == null || next == null || d == 0 || (digitsOnly && n >= 3)) {
                continue;
            }
            if (Math.abs(next - d) == 1 && d > 0 && next > 0) {
                // 三四 = 3–4, 十一二 = 11–12, 二三十 = 20–30: two neighbouring digits give a range.
                long low = parse(run.substring(0, i + 1) + run.substring(i + 2)).orElse(d);
                long high = parse(run.substring(0, i) + run.substring(i + 1)).orElse(next);
                return java.util.Optional.of(new NumberSpan(0, n, Math.min(low, high), Math.max(low, high), false));
            }
            return java.util.Optional.of(new NumberSpan(0, n, 0, 0, true));
        }
        OptionalLong value = parse(run);
        return value.isPresent() ? java.util.Optional.of(new NumberSpan(0, n, value.getAsLong(), value.getAsLong(), false)) : java.util.Optional.empty();
    }

    /**
     * The value of a numeral word with an ordinal prefix 第 and a trailing counter (第十一条 = 11),
     * where {@code counters} lists the counter characters; a lone 一 is the article "a", not a number.
     */
    static OptionalLong word(String word, String counters) {
        if (word.equals("一")) {
            return OptionalLong.empty();
        }
        String core = word.startsWith("第") ? word.substring(1) : word;
        if (core.length() > 1 && counters.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        return parse(core);
    }
}
