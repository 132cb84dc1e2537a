package dev.alinea.divergence;

import java.util.Set;

/**
 * A name, acronym or number in a cell's text.
 *
 * @param kind what it is
 * @param text as written
 * @param start offset in the cell text
 * @param end offset just past it
 * @param keys what it matches on in other languages: {@code =surface} (lower case, without spaces,
 *        hyphens and possessive 's), {@code name:...} pinyin syllables in either order, {@code #value}
 */
public record Mention(MentionKind kind, String text, int start, int end, Set<String> keys) {

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
}
