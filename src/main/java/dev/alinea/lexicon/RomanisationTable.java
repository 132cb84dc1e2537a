package dev.alinea.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * What an ICU transliteration to Latin gives for each Han character, stored when the jar is built
 * ({@link LexiconCompiler}, resource {@code /lexicon/romanisation-LANG.txt}), so that a run need
 * not parse ICU's Han-Latin rules (one to two seconds) to romanise a name. The Han-Latin rules
 * map one character at a time, except that a character reads differently at the start of a name
 * (a surname reading: 单 shan) and before a few characters (长孙 zhang sun, 重庆 chong qing); the
 * table keeps those three readings, and what an ASCII letter gives on its own. A text it does not
 * cover gives null, and the caller asks ICU.
 *
 * <p>File format, UTF-8 lines: {@code #ICU-ID} first; then {@code C<TAB>READING} (C in the middle of
 * a name, and at its start too), {@code C<TAB>READING<TAB>INITIAL} (at the start it reads INITIAL),
 * {@code CD<TAB>INITIAL<TAB>MEDIAL} (C's readings when D follows it), or {@code C<TAB><TAB>ALONE}
 * (an ASCII letter, read on its own only).
 */
final class RomanisationTable {

    /** A character that reads the same everywhere, put before another to see how that one reads inside a name. */
    private static final String LEADING = "丁";
    /** A rule that reads its character differently when another follows: {X}' '?Y in ICU's rule syntax. */
    private static final Pattern FOLLOWED_BY = Pattern.compile("\\{(\\p{IsHan})}' '\\?(\\p{IsHan})");

    private final String transliteratorId;
    private final Map<Integer, String> medial;
    private final Map<Integer, String> initial;
    private final Map<String, String[]> pairs;
    private final Map<Integer, String> alone;

    private RomanisationTable(String transliteratorId, Map<Integer, String> medial, Map<Integer, String> initial, Map<String, String[]> pairs,
            Map<Integer, String> alone) {
        this.transliteratorId = transliteratorId;
        this.medial = medial;
        this.initial = initial;
        this.pairs = pairs;
        this.alone = alone;
    }

    /**
     * The romanisation of a text of Han characters, as the transliterator gives it with spaces
     * stripped at the ends and runs of them made one (or of one ASCII letter); null for an empty text
     * or one with a character the table does not hold (any that is not a Han character of the Basic
     * Multilingual Plane).
     */
    @Nullable String romanise(String text) {
        int[] points = text.codePoints().toArray();
        if (points.length == 0) {
            return null;
        }
        if (points.length == 1 && alone.containsKey(points[0])) {
            return alone.get(points[0]);
        }
        StringJoiner readings = new StringJoiner(" ");
        for (int i = 0; i < points.length; i++) {
            String reading = medial.get(points[i]);
            if (reading == null) {
                return null;
            }
            if (i == 0) {
                reading = initial.getOrDefault(points[i], reading);
            }
            if (i + 1 < points.length) {
                String[] followed = pairs.get(Character.toString(points[i]) + Character.toString(points[i + 1]));
                reading = followed != null ? followed[i == 0 ? 0 : 1] : reading;
            }
            readings.add(reading);
        }
        return readings.toString().strip().replaceAll("\\s+", " ");
    }

    /** The stored table of a language, or empty when the build stored none for this transliterator. */
    static Optional<RomanisationTable> stored(String languageCode, String transliteratorId) {
        InputStream raw = RomanisationTable.class.getResourceAsStream(resourceName(languageCode));
        if (raw == null) {
            return Optional.empty();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            return Optional.of(read(in)).filter(table -> table.transliteratorId.equals(transliteratorId));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored romanisation " + resourceName(languageCode) + " could not be read", e);
        }
    }

    static String resourceName(String languageCode) {
        return "/lexicon/" + fileName(languageCode);
    }

    /** The stored table's file name in the lexicon folder. */
    static String fileName(String languageCode) {
        return "romanisation-" + languageCode + ".txt";
    }

    static RomanisationTable read(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null || !header.startsWith("#")) {
            throw new IOException("no transliterator named on the first line");
        }
        Map<Integer, String> medial = new HashMap<>(1 << 16);
        Map<Integer, String> initial = new HashMap<>();
        Map<String, String[]> pairs = new HashMap<>();
        Map<Integer, String> alone = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] fields = line.split("\t", -1);
            int first = fields[0].codePointAt(0);
            if (fields[0].length() > Character.charCount(first)) {
                pairs.put(fields[0], new String[] {fields[1], fields[2]});
            } else if (fields[1].isEmpty()) {
                alone.put(first, fields[2]);
            } else {
                medial.put(first, fields[1]);
                if (fields.length > 2) {
                    initial.put(first, fields[2]);
                }
            }
        }
        return new RomanisationTable(header.substring(1), medial, initial, pairs, alone);
    }

    /**
     * Writes the table of an ICU transliterator: every Han character of the Basic Multilingual Plane
     * whose reading can be told apart from its neighbours', every pair its rules read together, and
     * the ASCII letters.
     *
     * @throws IllegalStateException when a pair's transliteration does not split into its characters' readings
     */
    static void write(String transliteratorId, Writer out) throws IOException {
        Transliterator transliterator = Transliterator.getInstance(transliteratorId);
        out.write("#" + transliteratorId + "\n");
        String leading = romanise(transliterator, LEADING);
        Map<Integer, String> medial = new TreeMap<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (UScript.getScript(c) != UScript.HAN) {
                continue;
            }
            String alone = romanise(transliterator, Character.toString(c));
            String inside = romanise(transliterator, LEADING + Character.toString(c));
            String reading = inside.startsWith(leading + " ") ? inside.substring(leading.length() + 1) : "";
            if (reading.isEmpty()) {
                continue;
            }
            medial.put(c, reading);
            out.write(Character.toString(c) + "\t" + reading + (alone.equals(reading) ? "" : "\t" + alone) + "\n");
        }
        for (String pair : followedPairs(transliterator)) {
            String second = medial.get(pair.codePointAt(1));
            String atStart = romanise(transliterator, pair);
            String inside = romanise(transliterator, LEADING + pair);
            if (second == null || !atStart.endsWith(" " + second) || !inside.startsWith(leading + " ") || !inside.endsWith(" " + second)) {
                throw new IllegalStateException("The romanisation of " + pair + " (" + atStart + ") does not split into its characters' readings");
            }
            out.write(pair + "\t" + atStart.substring(0, atStart.length() - second.length() - 1) + "\t"
                    + inside.substring(leading.length() + 1, inside.length() - second.length() - 1) + "\n");
        }
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                out.write(c + "\t\t" + romanise(transliterator, String.valueOf(c)) + "\n");
            }
        }
    }

    /** What a transliterator makes of a text, its words separated by single spaces. */
    static String romanise(Transliterator transliterator, String text) {
        return transliterator.transliterate(text).strip().replaceAll("\\s+", " ");
    }

    /** The pairs of characters that some rule of the transliterator (or of the ones it is made of) reads together. */
    private static List<String> followedPairs(Transliterator transliterator) {
        List<String> pairs = new ArrayList<>();
        List<Transliterator> pending = new ArrayList<>(List.of(transliterator));
        while (!pending.isEmpty()) {
            Transliterator next = pending.removeLast();
            Transliterator[] elements = next.getElements();
            if (elements.length == 1 && elements[0] == next) {
                Matcher rule = FOLLOWED_BY.matcher(next.toRules(false));
                while (rule.find()) {
                    pairs.add(rule.group(1) + rule.group(2));
                }
            } else {
                pending.addAll(List.of(elements));
            }
        }
        return pairs.stream().distinct().sorted().toList();
    }
}
