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
            String key = "entity:" + e;
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
                int at = text.toLowerCase(Locale.ROOT).indexOf(rendering.toLowerCase(Locale.ROOT));
                if (!annotated && at >= 0) {
                    result.add(new Mention(MentionKind.NAME, text.substring(at, at + rendering.length()), at, at + rendering.length(),
                            Set.of(key, "=" + surface)));
                }
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return result;
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
