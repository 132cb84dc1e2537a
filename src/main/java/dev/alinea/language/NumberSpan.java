package dev.alinea.language;

/**
 * A number written in words or in a language's own numerals, found in running text.
 *
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param low the smallest value it may mean
 * @param high the largest value it may mean: {@code low} for an exact number, more for a range
 *        (十一二 = 11–12) or an approximation (dozens, 数百)
 * @param incidental whether it is often no number at all (Chinese 一 in 一个 "a", English "one of",
 *        "first"): such a number counts only against a different number on the other side
 */
public record NumberSpan(int start, int end, long low, long high, boolean incidental) {

    public NumberSpan {
        if (low > high || start > end) {
            throw new IllegalArgumentException("A number span needs low <= high and start <= end: " + low + ".." + high + " at " + start + ".." + end);
        }
    }

    /** Whether it means one value. */
    public boolean exact() {
        return low == high;
    }

    /**
     * Whether the number at [start, end) of a text opens it as its numbering ("6. The Film Studio",
     * "一、", "3)"): headings and lists are numbered differently in different editions, and a list's
     * numbers say where an item stands, not what it says.
     */
    public static boolean isNumbering(String text, int start, int end) {
        return text.substring(0, start).isBlank() && end < text.length() && ".、)．）".indexOf(text.charAt(end)) >= 0
                && (end + 1 >= text.length() || !Character.isDigit(text.charAt(end + 1)));
    }
}
