package dev.alinea.divergence;

/** What a mention is. */
public enum MentionKind {
    /** A proper name: a person, an organisation, a place, a product. */
    NAME,
    /** An acronym such as UCSB or NLP. */
    ACRONYM,
    /** A number, a year or a percentage, compared by value. */
    NUMBER
}
