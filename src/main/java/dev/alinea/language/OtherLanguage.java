package dev.alinea.language;

/**
 * A language without a profile of its own (French, Korean, Thai...): what ICU's locale data tells
 * (script, hence spacing and how names are written), no stemmer, stop words, number words or
 * dictionary. Digits still read as numbers and Latin-script words still compare by spelling.
 */
final class OtherLanguage extends Language {

    /**
     * Languages whose standard spelling capitalises every noun: German, Luxembourgish, Swiss
     * German, Bavarian, Low German (ICU's locale data does not tell).
     */
    private static final java.util.Set<String> CAPITALISING_NOUNS = java.util.Set.of("de", "lb", "gsw", "bar", "nds");

    OtherLanguage(String code) {
        super(code);
    }

    @Override
    public boolean capitalisesNouns() {
        return CAPITALISING_NOUNS.contains(code());
    }
}
