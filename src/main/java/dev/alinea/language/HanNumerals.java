package dev.alinea.language;

import java.util.Map;
import java.util.OptionalLong;

/** Reads numerals written with Han characters (Chinese and Japanese): 四十 = 40, 二〇二一 = 2021, 两千零五 = 2005, 三万五千 = 35000. */
public final class HanNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('〇', 0), Map.entry('零', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Long> UNITS = Map.of('十', 10L, '百', 100L, '千', 1000L, '万', 10_000L, '萬', 10_000L,
            '亿', 100_000_000L, '億', 100_000_000L);

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
                total = (total + section + digit) * unit;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return OptionalLong.of(total + section + digit);
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
