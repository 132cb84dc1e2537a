package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the reviewer decided in the name list, as detection uses it: every rendering of a confirmed
 * entry carries the key {@code entity:N}, so that its renderings match one another in any
 * language (吴恩达 = Andrew Ng even where no pinyin or pairing would tell); renderings of a rejected
 * entry are not reported as one entity rendered differently.
 */
final class KnownNames {

    private final List<NameEntry> confirmed;
    private final List<NameEntry> rejected;

    KnownNames(List<NameEntry> entries) {
        this.confirmed = entries.stream().filter(e -> e.status() == NameStatus.CONFIRMED).toList();
        this.rejected = entries.stream().filter(e -> e.status() == NameStatus.REJECTED).toList();
    }

    /** The cell's mentions with entity keys added, and known renderings the finder missed added as names. */
    List<Mention> annotate(List<Mention> mentions, String text, String language) {
        List<Mention> result = new ArrayList<>(mentions);
        for (int e = 0; e < confirmed.size(); e++) {
            String key = Mention.ENTITY_KEY + e;
            for (String rendering : confirmed.get(e).renderings().getOrDefault(language, List.of())) {
                String surface = Mention.surface(rendering);
                boolean annotated = false;
                for (int m = 0; m < result.size(); m++) {
                    Mention mention = result.get(m);
                    if (!mention.isNumber() && mention.surfaceKey().equals(surface)) {
                        result.set(m, withKey(mention, key));
                        annotated = true;
                    }
                }
                int at = annotated ? -1 : freeOccurrence(text, rendering, result);
                if (at >= 0) {
                    result.add(new Mention(MentionKind.NAME, text.substring(at, at + rendering.length()), at, at + rendering.length(),
                            Set.of(key, "=" + surface)));
                }
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return result;
    }

    /**
     * Where the text writes a rendering the finder missed: as a whole word (not "li" inside
     * "public") where the script has word boundaries, and never inside a mention already found
     * (not "Li" inside "Li Lei"); -1 for nowhere. A decision must not make names out of parts
     * of words, or it would raise the flags it is meant to settle.
     */
    private static int freeOccurrence(String text, String rendering, List<Mention> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = rendering.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            int start = at;
            int end = at + wanted.length();
            boolean wholeWord = !(start > 0 && wordCharacter(text.codePointBefore(start)) && wordCharacter(text.codePointAt(start)))
                    && !(end < text.length() && wordCharacter(text.codePointBefore(end)) && wordCharacter(text.codePointAt(end)));
            boolean free = found.stream().noneMatch(m -> m.start() < end && start < m.end());
            if (wholeWord && free) {
                return at;
            }
        }
        return -1;
    }

    /** A letter or digit of a script that writes spaces between words (Han characters have no word boundary to respect). */
    private static boolean wordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !Character.isIdeographic(codePoint);
    }

    /** Whether the reviewer rejected these two renderings as one entity. */
    boolean rejectedTogether(String first, String firstLanguage, String second, String secondLanguage) {
        return rejected.stream().anyMatch(entry -> entry.renderings().getOrDefault(firstLanguage, List.of()).contains(first)
                && entry.renderings().getOrDefault(secondLanguage, List.of()).contains(second));
    }

    private static Mention withKey(Mention mention, String key) {
        Set<String> keys = new LinkedHashSet<>(mention.keys());
        keys.add(key);
        return new Mention(mention.kind(), mention.text(), mention.start(), mention.end(), keys);
    }
}
