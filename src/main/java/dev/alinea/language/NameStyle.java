package dev.alinea.language;

/** How a language writes personal and place names, which decides how Alinea finds them in its text. */
public enum NameStyle {
    /** Names are capitalised words (Latin, Cyrillic, Greek scripts): "Fei-Fei Li", "University of California". */
    CAPITALISED,
    /** Names are short Han runs that start with a common surname (李飞飞, 吴恩达), romanised as pinyin. */
    HAN_SURNAME,
    /** Alinea has no rule for native names of the language; only Latin-script runs inside its text are found. */
    LATIN_RUNS_ONLY
}
