package dev.alinea.lexicon;

/** What a token is, which decides how it can match across languages. */
public enum TokenKind {
    /** An ordinary word: matched through a dictionary, a learned lexicon or a cognate. */
    WORD,
    /** A number, matched by value: "40", "四十" and "forty" all carry the key {@code #40}. */
    NUMBER,
    /** A Latin-script token inside Chinese text ("ACL", "UCSB"), matched as itself. */
    LATIN
}
