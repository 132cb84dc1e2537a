package dev.alinea.names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.Span;

/**
 * Names a divergence so that a reviewer's decision on it finds it again: its type, the fact it is
 * about (the stretches it points at, with their texts and places) and a hash of its row's cell
 * texts. The key is the same wherever the row's text is the same, whatever row number the row
 * has after re-alignment; a row whose text changed gets divergences with new keys.
 */
final class DivergenceKeys {

    private DivergenceKeys() {
    }

    /** A hash of a row's cell texts, one per document in project order. */
    static String rowHash(List<String> cells) {
        return hex(String.join("\u001f", cells), 8);
    }

    /** The decision key: {@code TYPE:fact@row}, at most 60 characters. */
    static String of(Divergence divergence, String rowHash) {
        StringBuilder fact = new StringBuilder();
        divergence.spans().stream().sorted(Comparator.comparingInt(Span::document).thenComparingInt(Span::start).thenComparingInt(Span::end))
                .forEach(s -> fact.append(s.document()).append('\u001f').append(s.start()).append('\u001f').append(s.end()).append('\u001f')
                        .append(s.text()).append('\u001e'));
        return divergence.type().name() + ":" + hex(fact.toString(), 6) + "@" + rowHash;
    }

    /** A number that changes when the name-list decisions do (the same in every run of Alinea, unlike hashCode of enums). */
    static long namesKey(List<NameEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (NameEntry entry : entries) {
            text.append(entry.status().name()).append('\u001d');
            entry.renderings().forEach((language, renderings) -> text.append(language).append('\u001f').append(String.join("\u001f", renderings))
                    .append('\u001e'));
        }
        return Long.parseUnsignedLong(hex(text.toString(), 8), 16);
    }

    private static String hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
