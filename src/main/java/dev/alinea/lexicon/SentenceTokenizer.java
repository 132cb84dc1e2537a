package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.jspecify.annotations.Nullable;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.language.NumberSpan;

/**
 * Splits a sentence into tokens with ICU's word {@link BreakIterator} (dictionary-based word
 * segmentation for Chinese and Japanese), lower-cases and stems words with the language profile's
 * stemmer, and reads numbers (digits, number words, the language's own numerals) by value.
 * Not thread-safe: use one instance per thread.
 */
public final class SentenceTokenizer {

    /** The most ICU words joined into one dictionary word. */
    private static final int MAX_JOINED = 4;
    /** The most distinct words whose tokens are remembered; then they are forgotten and remembered afresh. */
    private static final int MAX_SEEN = 50_000;

    private final Language language;
    private final BreakIterator words;
    private final UnaryOperator<String> stemmer;
    /** The tokens of the words read so far (at most {@link #MAX_SEEN}), by their text: a token depends on its text alone. */
    private final Map<String, Token> seen = new HashMap<>();

    /** @param language BCP 47 tag; its {@link Language} profile decides stemming, stop words, numbers and word joining */
    public SentenceTokenizer(String language) {
        this.language = Languages.of(language);
        this.words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        this.stemmer = this.language.newStemmer();
    }

    /** The tokens of a sentence, punctuation and spaces left out; empty for a sentence without words. */
    public List<Token> tokenize(String sentence) {
        return tokenize(sentence, word -> false);
    }

    /**
     * The tokens of a sentence, where consecutive Han words that together make a word the
     * dictionary knows are joined (ICU splits 科学家 "scientist" into 科学 + 家), longest first, in
     * languages whose profile {@linkplain Language#joinsWordsByDictionary() joins words so}.
     */
    public List<Token> tokenize(String sentence, Predicate<String> knownWord) {
        List<String> pieces = new ArrayList<>();
        int[] starts = new int[8];
        int[] ends = new int[8];
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                if (pieces.size() == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * starts.length);
                    ends = Arrays.copyOf(ends, 2 * ends.length);
                }
                starts[pieces.size()] = start;
                ends[pieces.size()] = end;
                pieces.add(sentence.substring(start, end));
            }
        }
        List<Token> tokens = new ArrayList<>(pieces.size());
        boolean joins = language.joinsWordsByDictionary();
        boolean[] han = new boolean[pieces.size()];
        for (int k = 0; joins && k < pieces.size(); k++) {
            han[k] = isHan(pieces.get(k));
        }
        Pieces all = new Pieces(sentence, pieces, starts, ends);
        // The sentence's numbers are read only once a piece reads as a number: most sentences have none.
        List<NumberSpan> numbers = null;
        for (int k = 0; k < pieces.size(); k++) {
            NumberSpan number = null;
            if (k + 1 < pieces.size() && token(pieces.get(k)).kind() == TokenKind.NUMBER) {
                numbers = numbers == null ? language.spelledNumbers(sentence) : numbers;
                number = numberOverPieces(all, k, numbers);
            }
            if (number != null) {
                int count = piecesUntil(all, k, number.end());
                tokens.add(new Token(all.joined(k, count), "#" + number.low(), TokenKind.NUMBER, true));
                k += count - 1;
                continue;
            }
            int joined = joins ? longestKnownRun(all, han, k, knownWord) : 1;
            tokens.add(token(joined == 1 ? pieces.get(k) : all.joined(k, joined)));
            k += joined - 1;
        }
        return tokens;
    }

    /** The word pieces of a sentence and where each stands in it. */
    private record Pieces(String sentence, List<String> texts, int[] starts, int[] ends) {

        /** The pieces [from, from + count) as one string: a substring where nothing stands between them. */
        String joined(int from, int count) {
            for (int k = from + 1; k < from + count; k++) {
                if (starts[k] != ends[k - 1]) {
                    return String.join("", texts.subList(from, from + count));
                }
            }
            return sentence.substring(starts[from], ends[from + count - 1]);
        }
    }

    /**
     * The exact number that starts in piece {@code from} and goes on into the next (ICU cuts
     * 第二十八条 "Article 28" into 第二 + 十八条 and 一百二十三 into 一百 + 二十 + 三, each piece a number
     * of its own), or null where none does.
     */
    private static @Nullable NumberSpan numberOverPieces(Pieces pieces, int from, List<NumberSpan> numbers) {
        int start = pieces.starts()[from];
        int end = pieces.ends()[from];
        for (NumberSpan number : numbers) {
            if (number.exact() && !number.incidental() && number.start() >= start && number.start() < end && number.end() > end) {
                return number;
            }
        }
        return null;
    }

    /** How many pieces from piece {@code from} on start before offset {@code end}. */
    private static int piecesUntil(Pieces pieces, int from, int end) {
        int count = 1;
        while (from + count < pieces.texts().size() && pieces.starts()[from + count] < end) {
            count++;
        }
        return count;
    }

    private static int longestKnownRun(Pieces pieces, boolean[] han, int from, Predicate<String> knownWord) {
        // Only runs of Han pieces that touch are joined (人、事 are two words, not 人事 "personnel"):
        // the longest such run from here bounds the candidates.
        int hanRun = 0;
        while (hanRun < MAX_JOINED && from + hanRun < han.length && han[from + hanRun]
                && (hanRun == 0 || pieces.starts()[from + hanRun] == pieces.ends()[from + hanRun - 1])) {
            hanRun++;
        }
        for (int length = hanRun; length > 1; length--) {
            if (knownWord.test(pieces.joined(from, length))) {
                return length;
            }
        }
        return 1;
    }

    /** Whether every character of a text is a Han character (true for an empty text). */
    public static boolean isHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UScript.getScript(cp) != UScript.HAN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The key a single word gets (its stem, or its value for a number), as {@link #tokenize} would give it. */
    public String key(String word) {
        return token(word).key();
    }

    private Token token(String text) {
        // Most words of a text recur: each is read once (its value, stem and whether it is a stop word).
        Token known = seen.get(text);
        if (known == null) {
            if (seen.size() >= MAX_SEEN) {
                seen.clear();
            }
            known = newToken(text);
            seen.put(text, known);
        }
        return known;
    }

    private Token newToken(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        OptionalLong number = language.number(lower);
        if (number.isPresent()) {
            return new Token(text, "#" + number.getAsLong(), TokenKind.NUMBER, true);
        }
        // In a text of another script, a Latin-script word is a name, brand or acronym kept as written.
        if (!language.isLatinScript() && isLatin(text)) {
            return new Token(text, lower, TokenKind.LATIN, true);
        }
        boolean content = !language.stopWords().contains(lower) && hasLetter(lower);
        return new Token(text, stemmer.apply(lower), TokenKind.WORD, content);
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UScript.getScript(cp) != UScript.LATIN && !Character.isDigit(cp) && cp != '-' && cp != '\'') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
