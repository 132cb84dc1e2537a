package dev.alinea.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words one side of a bundled dictionary lists ({@code /lexicon/SOURCE-TARGET.tsv.gz}, the
 * format {@code dev.alinea.lexicon.BilingualDictionary} reads), for a profile whose rules need to
 * know which words are ordinary words of its language. Read here rather than through the lexicon
 * package, which builds on the profiles.
 */
final class DictionaryWords {

    private DictionaryWords() {
    }

    /** The lower-case words of the given sides; empty when no side's file is bundled. */
    static Set<String> of(List<DictionarySide> sides) {
        Set<String> words = new HashSet<>();
        for (DictionarySide side : sides) {
            String resource = "/lexicon/" + side.source() + "-" + side.target() + ".tsv.gz";
            InputStream raw = DictionaryWords.class.getResourceAsStream(resource);
            if (raw != null) {
                read(resource, raw, side.headwords(), words);
            }
        }
        return Set.copyOf(words);
    }

    private static void read(String resource, InputStream raw, boolean headwords, Set<String> words) {
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    for (String word : (headwords ? line.substring(0, tab) : line.substring(tab + 1)).split(" ")) {
                        words.add(word.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled dictionary " + resource + " could not be read", e);
        }
    }
}
