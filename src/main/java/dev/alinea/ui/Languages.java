package dev.alinea.ui;

import java.util.Locale;

/** Language names for column headers. */
public final class Languages {

    private Languages() {
    }

    /** "English (en)", "Indonesian (id)", "Chinese (zh)": the English name and the tag. */
    public static String displayName(String languageTag) {
        String name = Locale.forLanguageTag(languageTag).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() ? languageTag : name) + " (" + languageTag + ")";
    }
}
