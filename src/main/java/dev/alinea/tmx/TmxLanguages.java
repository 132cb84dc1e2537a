package dev.alinea.tmx;

import java.util.Locale;

/** Maps the BCP 47 tags Alinea stores to the codes CAT tools expect in TMX, and back. */
public final class TmxLanguages {

    /** How Chinese is labelled: by region (zh-CN, what OmegaT, Trados and memoQ default to) or by script (zh-Hans). */
    public enum ChineseCode {
        REGION,
        SCRIPT
    }

    private TmxLanguages() {
    }

    /** The TMX code with Chinese labelled by region: {@code zh} becomes {@code zh-CN}. */
    public static String tmxCode(String languageTag) {
        return tmxCode(languageTag, ChineseCode.REGION);
    }

    /**
     * The TMX code for a language: Simplified Chinese as {@code zh-CN} or {@code zh-Hans},
     * Traditional as {@code zh-TW} or {@code zh-Hant}; Indonesian always {@code id}, never the
     * withdrawn {@code in}; other tags in canonical case.
     */
    public static String tmxCode(String languageTag, ChineseCode chinese) {
        String tag = Locale.forLanguageTag(languageTag).toLanguageTag();
        boolean byScript = chinese == ChineseCode.SCRIPT;
        return switch (tag) {
            case "zh", "zh-Hans", "zh-CN" -> byScript ? "zh-Hans" : "zh-CN";
            case "zh-Hant", "zh-TW" -> byScript ? "zh-Hant" : "zh-TW";
            case "in" -> "id";
            default -> tag;
        };
    }

    /** The tag Alinea stores for a TMX code: Chinese variants become {@code zh}, {@code in} becomes {@code id}, regions are dropped. */
    public static String languageTag(String tmxCode) {
        Locale locale = Locale.forLanguageTag(tmxCode.replace('_', '-'));
        String language = locale.getLanguage();
        if (language.equals("zh") && (locale.getScript().equals("Hant") || locale.getCountry().equals("TW") || locale.getCountry().equals("HK"))) {
            return "zh-Hant";
        }
        return language.equals("in") ? "id" : language;
    }
}
