package dev.alinea.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The binary form of a {@link TranslationLexicon}, stored at build time by {@link LexiconCompiler}
 * as the resource {@code /lexicon/PAIR.lex} ({@code en-zh.lex}) so that no run stems a
 * dictionary again: a magic number and format version, the translating language, the
 * {@link KeyTable}, then the multi-word phrases.
 */
final class LexiconFile {

    /** "ALX" and the format version; a file of another version is ignored and the lexicon built from the word lists. */
    private static final int MAGIC = 0x414c5801;

    private LexiconFile() {
    }

    /** The stored lexicon of a pair (as {@link TranslationLexicon#pairName}), or empty when there is none of this format. */
    static Optional<TranslationLexicon> read(String pair) {
        String resource = "/lexicon/" + pair + ".lex";
        InputStream raw = LexiconFile.class.getResourceAsStream(resource);
        if (raw == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The stored lexicon " + resource + " could not be read", e);
        }
    }

    static Optional<TranslationLexicon> read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            return Optional.empty();
        }
        String translating = in.readUTF();
        KeyTable table = KeyTable.read(in);
        int phraseCount = in.readInt();
        Map<String, Set<String>> phrases = new HashMap<>();
        for (int p = 0; p < phraseCount; p++) {
            String phrase = in.readUTF();
            List<String> renderings = new ArrayList<>();
            for (int r = in.readInt(); r > 0; r--) {
                renderings.add(in.readUTF());
            }
            phrases.put(phrase, Set.copyOf(renderings));
        }
        return Optional.of(new TranslationLexicon(translating, table, Map.copyOf(phrases)));
    }

    static void write(TranslationLexicon lexicon, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(lexicon.translatingLanguage());
        lexicon.table().write(out);
        // Sorted, so that the same dictionaries give the same bytes.
        List<String> phrases = new ArrayList<>(lexicon.phrases().keySet());
        phrases.sort(null);
        out.writeInt(phrases.size());
        for (String phrase : phrases) {
            out.writeUTF(phrase);
            Set<String> renderings = new LinkedHashSet<>(lexicon.phrases().get(phrase).stream().sorted().toList());
            out.writeInt(renderings.size());
            for (String rendering : renderings) {
                out.writeUTF(rendering);
            }
        }
        out.flush();
    }
}
