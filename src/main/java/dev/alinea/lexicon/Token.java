package dev.alinea.lexicon;

/**
 * A token of a sentence.
 *
 * @param text the token as written
 * @param key what it matches on: the stem of an English or Indonesian word, a Chinese word itself,
 *        {@code #value} for a number, the lower-cased text for a Latin token in Chinese
 * @param kind what the token is
 * @param content whether it carries meaning (false for stop words)
 */
public record Token(String text, String key, TokenKind kind, boolean content) {
}
