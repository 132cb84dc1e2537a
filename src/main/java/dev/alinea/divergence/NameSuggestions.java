package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;

import dev.alinea.lexicon.BilingualDictionary;

/**
 * Which entities the name list suggests: the ones that look like names a reviewer checks across
 * versions. Rules that hold in any story and language pair (the words a language knows come from
 * the dictionaries its profile names):
 * <ul>
 * <li>an acronym (every version writes it in capitals: AI, CEO, UCSB) is no suggestion;</li>
 * <li>words that a document writes only in lines in title case (a headline, a caption) are no name;</li>
 * <li>one word that its document also writes in lower case, or that another version writes in
 * lower case, as itself or translated, is an ordinary word (Internet, Technology), unless another
 * version writes it in another script;</li>
 * <li>one romanised syllable that is a word of a longer suggested name of its document is a
 * surname standing for that name or another (Li of Li Lei, of Fei-Fei Li);</li>
 * <li>one word needs evidence across versions: renderings in at least two documents.</li>
 * </ul>
 */
final class NameSuggestions {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*");
    /** Where a cell that joins sentences (or heading lines) is cut back into them. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+|\\R");
    private static final Pattern FULL_STOP = Pattern.compile("[.!?。！？][\"”’'»)）]*\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}&.\\-]*\\p{Lu}[\\p{Lu}\\p{N}&.\\-]*");

    private final List<String> languages;
    /** Per document, its sentences that are not in title case, one a line: the running text names are used in. */
    private final List<String> runningText = new ArrayList<>();
    /** Per document, its lines in title case (headlines, captions), one a line. */
    private final List<String> titleText = new ArrayList<>();
    private final List<Set<String>> lowerCaseWords = new ArrayList<>();

    /**
     * @param languages BCP 47 tag of each document
     * @param rows the rows' cell texts, one per document
     */
    NameSuggestions(List<String> languages, List<List<String>> rows) {
        this.languages = List.copyOf(languages);
        for (int d = 0; d < languages.size(); d++) {
            StringBuilder running = new StringBuilder();
            StringBuilder titles = new StringBuilder();
            Set<String> lower = new HashSet<>();
            for (List<String> row : rows) {
                for (String sentence : SENTENCE_END.split(row.get(d))) {
                    (isTitleCase(sentence) ? titles : running).append(sentence).append('\n');
                }
                Matcher word = WORD.matcher(row.get(d));
                while (word.find()) {
                    if (word.group().equals(word.group().toLowerCase(Locale.ROOT)) && !word.group().equals(word.group().toUpperCase(Locale.ROOT))) {
                        lower.add(word.group());
                    }
                }
            }
            runningText.add(running.toString());
            titleText.add(titles.toString());
            lowerCaseWords.add(lower);
        }
    }

    /** The entities worth suggesting, in the order given. */
    List<Entity> keep(List<Entity> entities) {
        List<Entity> named = entities.stream().filter(e -> !isAcronym(e) && !isHeadlineOnly(e)).toList();
        Map<Integer, Map<String, Integer>> longerNamesWithWord = longerNamesWithWord(named);
        return named.stream().filter(e -> !isOneWord(e) || isOneWordName(e, longerNamesWithWord)).toList();
    }

    private boolean isOneWordName(Entity entity, Map<Integer, Map<String, Integer>> longerNamesWithWord) {
        if (entity.renderings().size() < 2) {
            return false;
        }
        boolean otherScript = entity.renderings().values().stream().flatMap(List::stream).anyMatch(NameSuggestions::hasNonLatinLetter);
        for (var rendering : entity.renderings().entrySet()) {
            for (String text : rendering.getValue()) {
                int document = rendering.getKey();
                if (CommonWords.isPinyinSyllable(text.toLowerCase(Locale.ROOT)) && longerNamesWithWord.getOrDefault(document, Map.of()).containsKey(text)) {
                    return false;
                }
                if (!otherScript && isOrdinaryWord(text, document)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Written in lower case elsewhere in its document, or in another version as itself or as one
     * of its dictionary translations (Internet: the Indonesian writes "internet"; Technology:
     * "teknologi"). A name is carried over into the other version, an ordinary word is translated.
     */
    private boolean isOrdinaryWord(String text, int document) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lowerCaseWords.get(document).contains(lower)) {
            return true;
        }
        for (int other = 0; other < languages.size(); other++) {
            if (other == document) {
                continue;
            }
            Set<String> written = lowerCaseWords.get(other);
            if (written.contains(lower) || translations(lower, languages.get(document), languages.get(other)).stream().anyMatch(written::contains)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> translations(String word, String from, String to) {
        return BilingualDictionary.bundled(from, to).map(d -> d.entries().getOrDefault(word, List.of())).orElse(List.of());
    }

    /** Per document, how many suggested names of more than one word contain each word (Li Lei and Fei-Fei Li: Li twice). */
    private static Map<Integer, Map<String, Integer>> longerNamesWithWord(List<Entity> entities) {
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (Entity entity : entities) {
            entity.renderings().forEach((document, texts) -> {
                Set<String> words = new HashSet<>();
                texts.stream().filter(t -> words(t).size() > 1).forEach(t -> words.addAll(words(t)));
                words.forEach(w -> counts.computeIfAbsent(document, d -> new HashMap<>()).merge(w, 1, Integer::sum));
            });
        }
        return counts;
    }

    /** Every document writes it as one word of capitals (AI, UCSB); a lower-case variant (ucsb) besides does not count. */
    private static boolean isAcronym(Entity entity) {
        return entity.renderings().values().stream().allMatch(texts -> ACRONYM.matcher(texts.getFirst()).matches());
    }

    /** Some document writes it, in words, in lines in title case only: part of a headline or a caption, not a name. */
    private boolean isHeadlineOnly(Entity entity) {
        return entity.renderings().entrySet().stream().anyMatch(rendering -> rendering.getValue().stream()
                .allMatch(text -> words(text).size() > 1 && titleText.get(rendering.getKey()).contains(text)
                        && !runningText.get(rendering.getKey()).contains(text)));
    }

    /**
     * A line without a full stop at its end whose longer words (four letters or more, at least
     * three of them) all start with a capital: a headline or a caption. Text in a script without
     * capitals never is.
     */
    private static boolean isTitleCase(String sentence) {
        if (FULL_STOP.matcher(sentence).find()) {
            return false;
        }
        List<String> longer = words(sentence).stream().filter(w -> w.codePointCount(0, w.length()) >= 4).toList();
        return longer.size() >= 3 && longer.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private static boolean isOneWord(Entity entity) {
        return entity.renderings().values().stream().flatMap(List::stream)
                .allMatch(text -> hasNonLatinLetter(text) || words(text).size() == 1);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static boolean hasNonLatinLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && UScript.getScript(c) != UScript.LATIN);
    }

}
