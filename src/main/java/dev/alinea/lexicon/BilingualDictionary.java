package dev.alinea.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;

/**
 * A word dictionary that a language profile lists among its {@link Language#dictionaryTargets()},
 * bundled under {@code /lexicon/SRC-TGT.tsv.gz} (made by
 * {@link DictionaryConverter}): one headword per line, a tab, and its translations separated by
 * spaces. Loaded once per pair and shared.
 */
public final class BilingualDictionary {

    private static final Map<String, Optional<BilingualDictionary>> LOADED = new ConcurrentHashMap<>();

    private final Map<String, List<String>> entries;

    BilingualDictionary(Map<String, List<String>> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The bundled dictionary whose headwords are in {@code source}, or empty when Alinea has none for the pair. */
    public static Optional<BilingualDictionary> bundled(String source, String target) {
        Language from = Languages.of(source);
        Language to = Languages.of(target);
        if (!from.dictionaryTargets().contains(to.code())) {
            return Optional.empty();
        }
        String key = from.code() + "-" + to.code();
        return LOADED.computeIfAbsent(key, k -> load("/lexicon/" + k + ".tsv.gz"));
    }

    public Map<String, List<String>> entries() {
        return entries;
    }

    private static Optional<BilingualDictionary> load(String resource) {
        InputStream raw = BilingualDictionary.class.getResourceAsStream(resource);
        if (raw == null) {
            return Optional.empty();
        }
        Map<String, List<String>> entries = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), Arrays.asList(line.substring(tab + 1).split(" ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled dictionary " + resource + " could not be read", e);
        }
        return Optional.of(new BilingualDictionary(entries));
    }
}
