package dev.alinea.project;

import org.jspecify.annotations.Nullable;

/**
 * A file to import into a project.
 *
 * @param fileName the file's name, for messages and display
 * @param language the document's language as a BCP 47 tag ({@code en}, {@code id}, {@code zh})
 * @param content the file's bytes
 * @param encoding the encoding of a text file, or null to detect it
 */
public record SourceFile(String fileName, String language, byte[] content, java.nio.charset.@Nullable Charset encoding) {

    /** A file whose encoding, if it is text, is detected. */
    public SourceFile(String fileName, String language, byte[] content) {
        this(fileName, language, content, null);
    }
}
