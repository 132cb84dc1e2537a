package dev.alinea.backup;

import java.time.Instant;
import java.util.List;

/**
 * A project backup as stored (gzipped JSON), version {@value #VERSION}: the project, its documents
 * with their sentences, its rows with their sparse keys, its review history (each change in the
 * history's own JSON) and its name list.
 */
record ProjectBackup(String format, int version, String name, int pivotPosition, Instant createdAt, long revision, List<Document> documents,
        List<Row> rows, List<Entry> history, List<Name> names) {

    static final String FORMAT = "alinea-project-backup";
    static final int VERSION = 1;

    record Document(int position, String language, String fileName, String title, String extractedText, double matchContrast,
            String detectedLanguage, List<Sentence> segments) {
    }

    record Sentence(String text, int start, int end, boolean excluded) {
    }

    /** @param cells for each document: its position, the first segment and the segment after the last */
    record Row(long id, long key, double confidence, String status, long version, List<int[]> cells) {
    }

    record Entry(long revision, Instant madeAt, String author, String description, String change, boolean undone, Instant undoneAt) {
    }

    /** @param renderings language and text of each rendering */
    record Name(String status, List<String[]> renderings) {
    }
}
