package dev.alinea.tmx;

import java.util.Locale;

/** Maps the BCP 47 tags Alinea stores to the codes CAT tools expect in TMX. */
public final class TmxLanguages {

    private TmxLanguages() {
    }

    /**
     * The TMX code for a language: {@code zh} becomes {@code zh-CN} (Simplified Chinese, as OmegaT,
     * Trados and memoQ expect it), {@code id} stays {@code id} (never the withdrawn {@code in}),
     * other tags are returned in canonical case.
     */
    public static String tmxCode(String languageTag) {
        String tag = Locale.forLanguageTag(languageTag).toLanguageTag();
        return switch (tag) {
            case "zh", "zh-Hans" -> "zh-CN";
            case "zh-Hant" -> "zh-TW";
            case "in" -> "id";
            default -> tag;
        };
    }
}
