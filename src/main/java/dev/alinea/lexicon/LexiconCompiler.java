package dev.alinea.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;

/**
 * Stores the translation lexicon of every pair of registered languages that has one (direct or
 * composed through a third language) as {@code DIR/PAIR.lex}, so that a run reads it instead of
 * stemming the dictionaries, and the romanisation of each language that has one as
 * {@code DIR/romanisation-LANG.txt} ({@link RomanisationTable}), so that a run need not parse ICU's rules. The build runs it after compiling (Maven's process-classes phase)
 * with {@code target/classes/lexicon} as DIR.
 */
public final class LexiconCompiler {

    private LexiconCompiler() {
    }

    /** @param args the folder to write to */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: LexiconCompiler DIR (the folder to write PAIR.lex files to)");
        }
        for (Path file : compile(Path.of(args[0]))) {
            System.out.println("Stored " + file + " (" + Files.size(file) / 1024 + " KB)");
        }
    }

    /** Writes the lexicons and returns the files written, in pair order. */
    static List<Path> compile(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Language> languages = Languages.registered();
        List<Path> written = new java.util.ArrayList<>();
        for (int a = 0; a < languages.size(); a++) {
            for (int b = a + 1; b < languages.size(); b++) {
                String first = languages.get(a).code();
                String second = languages.get(b).code();
                TranslationLexicon lexicon = TranslationLexicon.build(first, second);
                if (!lexicon.isEmpty()) {
                    Path file = folder.resolve(TranslationLexicon.pairName(first, second) + ".lex");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        LexiconFile.write(lexicon, out);
                    }
                    written.add(file);
                }
            }
        }
        for (Language language : languages) {
            if (language.romanisation().isPresent()) {
                Path file = folder.resolve(RomanisationTable.fileName(language.code()));
                try (Writer out = Files.newBufferedWriter(file)) {
                    RomanisationTable.write(language.romanisation().get(), out);
                }
                written.add(file);
            }
        }
        written.sort(null);
        return written;
    }
}
