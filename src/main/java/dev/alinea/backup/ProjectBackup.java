package dev.alinea.backup;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A project backup as stored (gzipped JSON), format {@value #FORMAT} version {@value #VERSION}:
 * the project, its documents with their sentences, its rows with their sparse keys, its review
 * history and its name list. It is this feature's own record, filled from and written to the
 * database column by column, never a domain record; each history entry's change is kept as the
 * history stores it (JSON that carries the history's own format version). A file without a
 * {@code version} is version 1; a newer version is refused by name.
 *
 * <p>Version 2 added {@code decisions} (the reviewer's decisions on divergences), version 3
 * {@code links} (links between sentences). A project is written in the oldest version that holds
 * it: without links as version 2, without decisions either as version 1, field for field as before.
 *
 * @param decisions absent (null) in version 1
 * @param links absent (null) before version 3
 */
record ProjectBackup(String format, int version, String name, int pivotPosition, Instant createdAt, long revision, List<Document> documents,
        List<Row> rows, List<Entry> history, List<Name> names, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Decision> decisions,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Link> links) {

    static final String FORMAT = "alinea-project-backup";
    static final int VERSION = 3;
    /** The version a backup of a project without links is written in. */
    static final int WITHOUT_LINKS = 2;
    /** The version a backup of a project without decisions on divergences or links is written in. */
    static final int WITHOUT_DECISIONS = 1;

    /** The same backup under another project name. */
    ProjectBackup named(String newName) {
        return new ProjectBackup(format, version, newName, pivotPosition, createdAt, revision, documents, rows, history, names, decisions, links);
    }

    /**
     * @param document, otherDocument the documents' positions
     * @param segment, otherSegment the sentences' indexes in them
     * @param origin {@code AUTOMATIC} or {@code REVIEWER}
     */
    record Link(int document, int segment, int otherDocument, int otherSegment, double confidence, String origin) {
    }

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

    /**
     * @param key the divergence's decision key (type, fact, hash of the row's text: no row id)
     * @param verdict {@code DISMISSED} or {@code ACCEPTED}
     */
    record Decision(String key, String verdict, String reason) {
    }
}
