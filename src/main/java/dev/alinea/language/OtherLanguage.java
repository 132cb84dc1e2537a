package dev.alinea.language;

/**
 * A language without a profile of its own (French, Korean, Thai...): what ICU's locale data tells
 * (script, hence spacing and how names are written), no stemmer, stop words, number words or
 * dictionary. Digits still read as numbers and Latin-script words still compare by spelling.
 */
final class OtherLanguage extends Language {

    OtherLanguage(String code) {
        super(code);
    }
}
