package dev.alinea.tmx;

import java.util.Locale;

import dev.alinea.language.Languages;

/** Maps the BCP 47 tags Alinea stores to the codes CAT tools expect in TMX, and back, as each language's profile says. */
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
        return Languages.of(tag).tmxCode(tag, chinese == ChineseCode.SCRIPT);
    }

    /** The tag Alinea stores for a TMX code: Chinese variants become {@code zh} or {@code zh-Hant}, {@code in} becomes {@code id}, regions are dropped. */
    public static String languageTag(String tmxCode) {
        Locale locale = Locale.forLanguageTag(tmxCode.replace('_', '-'));
        return Languages.of(locale.getLanguage()).storedTag(locale);
    }
}
