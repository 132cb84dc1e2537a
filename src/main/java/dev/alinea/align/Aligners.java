package dev.alinea.align;

import dev.alinea.lexicon.NameLexicon;

/** The aligner Alinea uses for a language pair, the same for the web app, the command line and the evaluation. */
public final class Aligners {

    private Aligners() {
    }

    /** The aligners that can be chosen by name, for comparing against the length-only baseline. */
    public enum Kind {
        /** Lexical and length evidence together: {@link LexicalAligner}, the default. */
        LEXICAL,
        /** Sentence lengths alone: {@link LengthAligner} (Gale and Church). */
        LENGTH
    }

    /** The best available aligner for the pair: lexical and length evidence together. */
    public static SentenceAligner forPair(String sourceLanguage, String targetLanguage) {
        return of(Kind.LEXICAL, sourceLanguage, targetLanguage, NameLexicon.EMPTY);
    }

    /** As {@link #forPair(String, String)}, the renderings of the project's name list matching as evidence too. */
    public static SentenceAligner forPair(String sourceLanguage, String targetLanguage, NameLexicon names) {
        return of(Kind.LEXICAL, sourceLanguage, targetLanguage, names);
    }

    /** @param names entities of the name list, used by the lexical aligner (the length aligner reads no words) */
    public static SentenceAligner of(Kind kind, String sourceLanguage, String targetLanguage, NameLexicon names) {
        return switch (kind) {
            case LEXICAL -> new LexicalAligner(sourceLanguage, targetLanguage, names);
            case LENGTH -> new LengthAligner();
        };
    }
}
