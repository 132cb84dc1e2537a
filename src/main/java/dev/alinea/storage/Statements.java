package dev.alinea.storage;

/**
 * The statements that write a table more than one feature fills (a new project, a review edit, a
 * restored backup, the name list), so that besides the migrations each table's columns are named
 * in one place. The parameters are in the order the columns are listed.
 */
public final class Statements {

    public static final String INSERT_DOCUMENT = """
            INSERT INTO document (project_id, position, language, file_name, title, extracted_text, match_contrast, detected_language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    public static final String INSERT_SEGMENT = "INSERT INTO segment (document_id, idx, text, start_offset, end_offset, excluded) VALUES (?, ?, ?, ?, ?, ?)";
    /** A row that keeps its id (a restored or undone row). */
    public static final String INSERT_ROW_WITH_ID = "INSERT INTO alignment_row (id, project_id, position, confidence, status, version) VALUES (?, ?, ?, ?, ?, ?)";
    public static final String INSERT_ROW_CELL = "INSERT INTO row_cell (row_id, doc_position, seg_start, seg_end) VALUES (?, ?, ?, ?)";
    public static final String INSERT_LINK = """
            INSERT INTO segment_link (project_id, doc_position, seg_idx, other_doc_position, other_seg_idx, confidence, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    public static final String INSERT_NAME_ENTRY = "INSERT INTO name_entry (project_id, status) VALUES (?, ?)";
    public static final String INSERT_NAME_RENDERING = "INSERT INTO name_rendering (entry_id, position, language, text) VALUES (?, ?, ?, ?)";

    private Statements() {
    }
}
