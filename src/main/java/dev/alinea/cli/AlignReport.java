package dev.alinea.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.alinea.storage.StoredJson;
import tools.jackson.databind.JsonNode;

/**
 * The {@code report.json} that {@code align} writes, format version {@value #VERSION} (described
 * in the README). It is filled field by field from the alignment and the divergences, never by
 * serialising their records, so renaming those leaves the report as it is; changing this record's
 * shape needs a new format version and a fixture of it.
 *
 * <p>Version 2 added {@code links} (correspondences between sentences the rows do not hold). A
 * report without links is still written as version 1, field for field as before.
 *
 * @param formatVersion {@value #VERSION} or {@value #WITHOUT_LINKS} when written; absent (null here)
 *        in reports written before the report had versions, which are version 1
 * @param tool "Alinea" and its version
 * @param links absent (null) in version 1
 */
record AlignReport(Integer formatVersion, String tool, List<Document> documents, List<Row> rows, List<Name> nameList,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Link> links) {

    static final int VERSION = 2;
    /** The version a report without links is written in. */
    static final int WITHOUT_LINKS = 1;

    /**
     * @param document, otherDocument the two documents' positions, {@code document < otherDocument}
     * @param segment, otherSegment the sentences' indexes in them
     * @param confidence in [0, 1], rounded to 3 decimals
     */
    record Link(int document, int segment, int otherDocument, int otherSegment, double confidence) {

        static List<Link> of(List<dev.alinea.align.Link> links) {
            return links.stream().map(l -> new Link(l.document(), l.segment(), l.otherDocument(), l.otherSegment(),
                    Math.round(l.confidence() * 1000) / 1000.0)).toList();
        }
    }

    /** @param translationOfPivot false for a comparable or unrelated text */
    record Document(int position, String file, String language, String title, boolean translationOfPivot, List<Segment> segments) {
    }

    /** @param start offset in the document's extracted text */
    record Segment(int index, String text, int start, int end) {
    }

    /**
     * @param segments per document, the indexes of its segments in the row
     * @param confidence in [0, 1], rounded to 3 decimals
     */
    record Row(int row, List<List<Integer>> segments, double confidence, List<Divergence> divergences) {
    }

    /** @param type the name of a {@code DivergenceType} */
    record Divergence(String type, List<String> languages, List<Side> sides, String explanation) {
    }

    /** @param start offset in the row's cell text */
    record Side(int document, String language, String text, int start, int end) {
    }

    /** @param renderings per language tag (sorted by document position), most frequent first */
    record Name(Map<String, List<String>> renderings, int mentions) {
    }

    /**
     * Reads a report of any format version this Alinea knows (a report without a version is version 1).
     *
     * @throws dev.alinea.problem.UserErrorException naming the file and the version when it was written in a newer format
     */
    static AlignReport read(Path file) {
        try {
            JsonNode tree = StoredJson.mapper().readTree(Files.readString(file));
            StoredJson.formatVersion(tree.get("formatVersion"), file.toString(), "report", VERSION);
            return StoredJson.mapper().treeToValue(tree, AlignReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
