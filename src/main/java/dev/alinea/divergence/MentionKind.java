package dev.alinea.divergence;

/** What a mention is. */
public enum MentionKind {
    /** A proper name: a person, an organisation, a place, a product. */
    NAME,
    /** An acronym such as UCSB or NLP. */
    ACRONYM,
    /** A number, a year or a percentage, compared by value (an exact value, a range or an approximation). */
    NUMBER,
    /**
     * A number that is often no number at all (Chinese 一 in 一个 "a", English "one of", a lone
     * 十 in 十分 "very"): it matches numbers like any other but is reported only against a
     * different number on the other side, never as missing.
     */
    INCIDENTAL_NUMBER
}
