package dev.alinea;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo story's seed files, as the application bundles them. */
public final class Seeds {

    public static final String ENGLISH = "story.en.original.txt";
    public static final String INDONESIAN = "story.id.translation.txt";
    public static final String CHINESE = "story.zh.comparable.txt";

    private Seeds() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(String name) {
        return new java.io.ByteArrayInputStream(bytes(name));
    }

    /** The seed's sentences as the application splits them. */
    public static java.util.List<String> sentences(String name, String language) {
        String text = new dev.alinea.text.TikaTextExtractor().extract(name, stream(name)).text();
        return new dev.alinea.text.SentenceSegmenter(language).segment(text).stream().map(dev.alinea.text.Segment::text).toList();
    }
}
