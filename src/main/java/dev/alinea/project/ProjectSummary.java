package dev.alinea.project;

import java.time.Instant;
import java.util.List;

/**
 * A project as listed: its documents in column order and the size of its alignment.
 *
 * @param pivotPosition position of the pivot document among {@code documents}
 */
public record ProjectSummary(long id, String name, Instant createdAt, int pivotPosition, List<DocumentInfo> documents, int rowCount) {

    public ProjectSummary {
        documents = List.copyOf(documents);
    }

    public DocumentInfo pivot() {
        return documents.get(pivotPosition);
    }
}
