package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits a sentence into tokens with ICU's word {@link BreakIterator} (dictionary-based word
 * segmentation for Chinese), lower-cases and stems English and Indonesian words with the Snowball
 * stemmers that Lucene ships, and reads numbers, Chinese numerals and English number words by value.
 * Not thread-safe: use one instance per thread.
 */
public final class SentenceTokenizer {

    private static final Map<String, Long> ENGLISH_NUMBERS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
            Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L),
            Map.entry("million", 1_000_000L));
    private static final Map<String, Long> INDONESIAN_NUMBERS = Map.ofEntries(
            Map.entry("satu", 1L), Map.entry("dua", 2L), Map.entry("tiga", 3L), Map.entry("empat", 4L), Map.entry("lima", 5L),
            Map.entry("enam", 6L), Map.entry("tujuh", 7L), Map.entry("delapan", 8L), Map.entry("sembilan", 9L),
            Map.entry("sepuluh", 10L), Map.entry("seratus", 100L), Map.entry("seribu", 1000L), Map.entry("juta", 1_000_000L));

    /** The most ICU words joined into one dictionary word. */
    private static final int MAX_JOINED = 4;
    private static final String CHINESE_MEASURES = "条章节款项年月日号个岁次名位届天";

    private final String language;
    private final BreakIterator words;
    private final UnaryOperator<String> stemmer;
    private final Map<String, Long> numberWords;

    /** @param language BCP 47 tag; {@code en}, {@code id} and {@code zh} get stemming or segmentation of their own */
    public SentenceTokenizer(String language) {
        this.language = baseLanguage(language);
        this.words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        this.stemmer = stemmerFor(this.language);
        this.numberWords = switch (this.language) {
            case "en" -> ENGLISH_NUMBERS;
            case "id" -> INDONESIAN_NUMBERS;
            default -> Map.of();
        };
    }

    /** The tokens of a sentence, punctuation and spaces left out; empty for a sentence without words. */
    public List<Token> tokenize(String sentence) {
        return tokenize(sentence, word -> false);
    }

    /**
     * The tokens of a sentence, where consecutive Chinese words that together make a word the
     * dictionary knows are joined (ICU splits 科学家 "scientist" into 科学 + 家), longest first.
     */
    public List<Token> tokenize(String sentence, Predicate<String> knownWord) {
        List<String> pieces = new ArrayList<>();
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                pieces.add(sentence.substring(start, end));
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            int joined = language.equals("zh") ? longestKnownRun(pieces, k, knownWord) : 1;
            tokens.add(token(String.join("", pieces.subList(k, k + joined))));
            k += joined - 1;
        }
        return tokens;
    }

    private static int longestKnownRun(List<String> pieces, int from, Predicate<String> knownWord) {
        for (int length = Math.min(MAX_JOINED, pieces.size() - from); length > 1; length--) {
            List<String> run = pieces.subList(from, from + length);
            if (run.stream().allMatch(SentenceTokenizer::isHan) && knownWord.test(String.join("", run))) {
                return length;
            }
        }
        return 1;
    }

    private static boolean isHan(String text) {
        return text.codePoints().allMatch(cp -> UScript.getScript(cp) == UScript.HAN);
    }

    /** The key a single word gets (its stem, or its value for a number), as {@link #tokenize} would give it. */
    public String key(String word) {
        return token(word).key();
    }

    private Token token(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        OptionalLong number = number(lower);
        if (number.isPresent()) {
            return new Token(text, "#" + number.getAsLong(), TokenKind.NUMBER, true);
        }
        if (language.equals("zh") && isLatin(text)) {
            return new Token(text, lower, TokenKind.LATIN, true);
        }
        boolean content = !StopWords.isStopWord(language, lower) && lower.codePoints().anyMatch(Character::isLetter);
        return new Token(text, stemmer.apply(lower), TokenKind.WORD, content);
    }

    private OptionalLong number(String lower) {
        if (lower.chars().anyMatch(Character::isDigit)) {
            String digits = lower.replace(",", "").replace("_", "");
            if (digits.chars().allMatch(Character::isDigit) && digits.length() <= 15) {
                return OptionalLong.of(Long.parseLong(digits));
            }
            return OptionalLong.empty();
        }
        Long word = numberWords.get(lower);
        if (word != null) {
            return OptionalLong.of(word);
        }
        // A lone 一 is mostly the article "a", not the number one.
        return language.equals("zh") && !lower.equals("一") ? ChineseNumbers.parse(stripOrdinalAndMeasure(lower)) : OptionalLong.empty();
    }

    /** 第十一条 reads as 11: the ordinal prefix 第 and a trailing measure word (条, 年, 个...) are not part of the value. */
    private static String stripOrdinalAndMeasure(String word) {
        String core = word.startsWith("第") ? word.substring(1) : word;
        if (core.length() > 1 && CHINESE_MEASURES.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        return core;
    }

    private static boolean isLatin(String text) {
        return text.codePoints().allMatch(cp -> UScript.getScript(cp) == UScript.LATIN || Character.isDigit(cp) || cp == '-' || cp == '\'');
    }

    private static UnaryOperator<String> stemmerFor(String language) {
        SnowballStemmer snowball = switch (language) {
            case "en" -> new EnglishStemmer();
            case "id" -> new IndonesianStemmer();
            default -> null;
        };
        if (snowball == null) {
            return UnaryOperator.identity();
        }
        return word -> {
            snowball.setCurrent(word);
            snowball.stem();
            return snowball.getCurrent();
        };
    }

    /** The primary language subtag, lower case: {@code zh-CN} gives {@code zh}. */
    public static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
