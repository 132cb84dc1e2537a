package dev.alinea.text;

import java.util.List;
import java.util.Set;

/** Joins the sentences of one cell into running text the way the language writes it. */
public final class SentenceJoiner {

    /** Languages whose script puts no space between sentences. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "th", "lo", "km", "my", "bo");

    private SentenceJoiner() {
    }

    /** Sentences joined by a space, or by nothing for Chinese, Japanese, Thai and similar scripts; empty for none. */
    public static String join(String language, List<String> sentences) {
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return String.join(UNSPACED.contains(base.toLowerCase()) ? "" : " ", sentences);
    }
}
