package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFileTest {

    @Test
    void theStoredLexiconTranslatesAsTheOneBuiltFromTheWordLists() {
        TranslationLexicon built = TranslationLexicon.build("en", "id");

        TranslationLexicon stored = LexiconFile.read("en-id").orElseThrow();

        assertSame(stored, built);
    }

    @Test
    void aComposedLexiconReadsBackWhole() throws IOException {
        TranslationLexicon composed = TranslationLexicon.build("id", "zh");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LexiconFile.write(composed, bytes);

        TranslationLexicon read = LexiconFile.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).orElseThrow();

        assertSame(read, composed);
    }

    @Test
    void aFileOfAnotherFormatIsNotRead() throws IOException {
        byte[] other = {0, 0, 0, 7, 1, 2, 3};

        assertThat(LexiconFile.read(new DataInputStream(new ByteArrayInputStream(other)))).isEmpty();
    }

    @Test
    void theCompilerStoresEveryPairThatHasALexiconAndEachRomanisation(@TempDir Path folder) throws IOException {
        assertThat(LexiconCompiler.compile(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("en-id.lex", "en-zh.lex", "id-zh.lex", "romanisation-zh.txt");
        assertThat(Files.size(folder.resolve("en-zh.lex"))).isPositive();
    }

    private static void assertSame(TranslationLexicon actual, TranslationLexicon expected) {
        assertThat(actual.translatingLanguage()).isEqualTo(expected.translatingLanguage());
        assertThat(actual.phrases()).isEqualTo(expected.phrases());
        assertThat(actual.table().size()).isEqualTo(expected.table().size());
        for (int k = 0; k < expected.table().size(); k++) {
            assertThat(actual.table().key(k)).isEqualTo(expected.table().key(k));
            assertThat(actual.table().values(k)).containsExactlyElementsOf(expected.table().values(k));
        }
    }
}
