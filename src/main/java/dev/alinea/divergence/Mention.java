package dev.alinea.divergence;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A name, acronym or number in a cell's text.
 *
 * @param kind what it is
 * @param text as written
 * @param start offset in the cell text
 * @param end offset just past it
 * @param keys what it matches on in other languages: {@code =surface} (lower case, without spaces,
 *        hyphens and possessive 's), {@code name:...} pinyin syllables in either order; for numbers
 *        {@code #value}, {@code #low..high} for a range or an approximation, {@code #value%}
 */
public record Mention(MentionKind kind, String text, int start, int end, Set<String> keys) {

    /** The prefix of the key a name-list entry gives every rendering it lists, followed by the entry's number. */
    static final String ENTITY_KEY = "entity:";

    private static final java.util.regex.Pattern RANGE_KEY = java.util.regex.Pattern.compile("#(\\d{1,18})(?:\\.\\.(\\d{1,18}))?%?");
    /** The widest range that is two numbers written side by side (十一二, "two or three", 一二十) rather than an approximation. */
    private static final long NARROW = 10;
    private static final java.util.regex.Pattern DECIMAL_KEY = java.util.regex.Pattern.compile("#(\\d{1,18}\\.\\d{1,18})%?");

    public Mention {
        keys = Set.copyOf(keys);
    }

    /** The surface key: lower case, no spaces, hyphens or apostrophes. */
    public String surfaceKey() {
        return surface(text);
    }

    static String surface(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-'’.]", "");
    }

    public boolean sharesKeyWith(Mention other) {
        return keys.stream().anyMatch(other.keys::contains);
    }

    /** Whether it is a number of either kind. */
    public boolean isNumber() {
        return kind == MentionKind.NUMBER || kind == MentionKind.INCIDENTAL_NUMBER;
    }

    /** Whether two numbers may mean the same: a key in common, or value ranges that overlap (数百 and 300, 十一二 and 12). */
    public boolean sameNumberAs(Mention other) {
        if (sharesKeyWith(other)) {
            return true;
        }
        long[] mine = range();
        long[] theirs = other.range();
        if (mine != null && theirs != null) {
            if (decadeOf(mine, theirs) || decadeOf(theirs, mine)) {
                return true;
            }
            // Two narrow ranges are two pairs of written numbers (三四 = "three or four"): the same only when they agree.
            if (mine[0] != mine[1] && theirs[0] != theirs[1] && mine[1] - mine[0] <= NARROW && theirs[1] - theirs[0] <= NARROW) {
                return mine[0] == theirs[0] && mine[1] == theirs[1];
            }
            return mine[0] <= theirs[1] && theirs[0] <= mine[1];
        }
        java.math.BigDecimal myDecimal = decimal();
        java.math.BigDecimal theirDecimal = other.decimal();
        if (myDecimal == null || theirDecimal == null) {
            return false;
        }
        // 2.7255 and 2.726: the same value, one of them rounded to the places it gives.
        int places = Math.min(myDecimal.scale(), theirDecimal.scale());
        return myDecimal.setScale(places, java.math.RoundingMode.HALF_UP).compareTo(theirDecimal.setScale(places, java.math.RoundingMode.HALF_UP)) == 0;
    }

    /** Whether a decade said without its century (the sixties, 60–69) is that of years within one decade (1960–1969, 一九六几). */
    private static boolean decadeOf(long[] decade, long[] years) {
        return decade[0] % 10 == 0 && decade[1] == decade[0] + 9 && decade[0] < 100 && years[0] >= 1000 && years[1] - years[0] <= 9
                && years[0] % 100 / 10 * 10 == decade[0] && years[1] % 100 / 10 * 10 == decade[0];
    }

    /** The value of a decimal number's key (2.726, 0.5%), or null for anything else. */
    private java.math.@Nullable BigDecimal decimal() {
        for (String key : keys) {
            java.util.regex.Matcher m = DECIMAL_KEY.matcher(key);
            if (m.matches()) {
                return new java.math.BigDecimal(m.group(1));
            }
        }
        return null;
    }

    /** The integer range of a number's key, or null for a percentage, a decimal or a name. */
    private long @Nullable [] range() {
        for (String key : keys) {
            java.util.regex.Matcher m = RANGE_KEY.matcher(key);
            if (m.matches()) {
                long low = Long.parseLong(m.group(1));
                return new long[] {low, m.group(2) == null ? low : Long.parseLong(m.group(2))};
            }
        }
        return null;
    }

    /** The key of a number from its values: {@code #40} or {@code #11..12}. */
    static String numberKey(long low, long high) {
        return low == high ? "#" + low : "#" + low + ".." + high;
    }
}
