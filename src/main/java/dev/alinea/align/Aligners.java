package dev.alinea.align;

/** The aligner Alinea uses for a language pair, the same for the web app, the command line and the evaluation. */
public final class Aligners {

    private Aligners() {
    }

    /** The best available aligner for the pair: lexical and length evidence together. */
    public static SentenceAligner forPair(String sourceLanguage, String targetLanguage) {
        return new LexicalAligner(sourceLanguage, targetLanguage);
    }
}
