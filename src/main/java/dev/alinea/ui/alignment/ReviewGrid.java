package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;

/**
 * The alignment grid: one column per document, loaded page by page. It remembers the rows as it
 * last sent them to the browser (what the reviewer sees, versions included) and which cell has
 * the keyboard focus, so that an operation acts on what the reviewer saw.
 */
class ReviewGrid extends Grid<AlignedRow> {

    /**
     * Rows fetched at a time (Vaadin's default is 50): a screen shows about 15, and each row is
     * three components that the browser builds from the server's answer. A 10,000-row project
     * opened in 1.2 s with pages of 50 and in 0.72 s with pages of 20 (ReviewScaleIT).
     */
    private static final int PAGE_SIZE = 20;
    /** The rows as last sent to the browser, by their index in the grid. */
    private final Map<Integer, AlignedRow> shown = new ConcurrentHashMap<>();
    private int focusedIndex = -1;
    private int focusedDocument;

    ReviewGrid() {
        addClassName("alignment-grid");
        setPageSize(PAGE_SIZE);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        addCellFocusListener(event -> {
            event.getItem().ifPresent(row -> focusedIndex = indexOf(row));
            event.getColumn().map(Column::getKey).filter(key -> key.startsWith("doc-"))
                    .ifPresent(key -> focusedDocument = Integer.parseInt(key.substring(4)));
        });
    }

    /**
     * @param cell the component showing one document's part of a row, given the row and the document's position
     */
    void configureColumns(List<DocumentInfo> documents, int pivot, CellMaker cell) {
        removeAllColumns();
        // Widths in rem, not em: em would be read against each cell's own font size, and the
        // header's is smaller than the body's, which set header and body columns apart.
        addColumn(row -> row.position() + 1).setHeader("#").setKey("row").setWidth("3.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setResizable(true);
        for (DocumentInfo document : documents) {
            int position = document.position();
            addColumn(new ComponentRenderer<>(row -> cell.make(row, position, document.language())))
                    .setHeader(ColumnHeader.of(document, position == pivot)).setKey("doc-" + position).setWidth("8rem").setFlexGrow(1).setResizable(true);
        }
        addColumn(ReviewGrid::confidence).setHeader(ColumnHeader.titled("Conf.", "Confidence: the probability, 0 to 1, that the row is "
                        + "right; under 0.5 in red. A row with one version only has nothing to align (—)."))
                .setKey("confidence").setWidth("5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(row -> !singleVersion(row) && row.confidence() < 0.5 ? "low-confidence" : null);
        addColumn(row -> row.status() == RowStatus.CONFIRMED ? "✓ confirmed" : "aligned")
                .setHeader(ColumnHeader.titled("Status", "aligned: proposed by the aligner, not yet reviewed; ✓ confirmed: "
                        + "a reviewer confirmed it, re-alignment leaves it as it is"))
                .setKey("status").setWidth("6.5rem").setFlexGrow(0).setPartNameGenerator(row -> row.status() == RowStatus.CONFIRMED ? null : "status-aligned");
        setPartNameGenerator(row -> row.status() == RowStatus.CONFIRMED ? "confirmed-row" : null);
    }

    /** The confidence as two decimals; a row with text in one version only has no alignment to be sure of. */
    static String confidence(AlignedRow row) {
        return singleVersion(row) ? "—" : String.format(java.util.Locale.ROOT, "%.2f", row.confidence());
    }

    private static boolean singleVersion(AlignedRow row) {
        return row.cells().stream().filter(cell -> !cell.isEmpty()).count() <= 1;
    }

    /** Shows or hides a document's column. */
    void showDocument(int document, boolean visible) {
        Column<AlignedRow> column = getColumnByKey("doc-" + document);
        if (column != null) {
            column.setVisible(visible);
        }
    }

    /** Makes one cell's component. */
    @FunctionalInterface
    interface CellMaker {
        Component make(AlignedRow row, int document, String language);
    }

    /**
     * @param page given offset and limit, the rows there
     * @param count how many rows there are
     */
    void showRows(Function<int[], List<AlignedRow>> page, IntSupplier count) {
        setItems(query -> {
            List<AlignedRow> rows = page.apply(new int[] {query.getOffset(), query.getLimit()});
            for (int i = 0; i < rows.size(); i++) {
                shown.put(query.getOffset() + i, rows.get(i));
            }
            return rows.stream();
        }, query -> count.getAsInt());
    }

    /** Fetches the rows again: the project, or what is to be shown of it, has changed. */
    void reload() {
        shown.clear();
        getDataProvider().refreshAll();
    }

    /** Makes a cell the one the keys act on, as focusing it in the browser does. */
    void focusCell(int gridIndex, int document) {
        focusedIndex = gridIndex;
        focusedDocument = document;
    }

    void forgetFocus() {
        focusedIndex = -1;
    }

    int focusedIndex() {
        return focusedIndex;
    }

    int focusedDocument() {
        return focusedDocument;
    }

    /** The row at a grid index as the browser last got it; empty when it has not got it. */
    Optional<AlignedRow> shownRow(int gridIndex) {
        return Optional.ofNullable(shown.get(gridIndex));
    }

    /** The row just before or after one, if the grid shows it right there. */
    Optional<AlignedRow> shownNeighbour(AlignedRow row, int step) {
        return shown.values().stream().filter(other -> other.position() == row.position() + step).findFirst();
    }

    /** Puts the keyboard focus back on the cell the keys act on. */
    void focusFocusedCell() {
        if (focusedIndex < 0) {
            focus();
            return;
        }
        scrollToIndex(focusedIndex);
        // vaadin-grid has no API to focus a given cell: find the rendered row by its index.
        getElement().executeJs("""
                const grid = this, index = $0, column = $1;
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const rows = grid.shadowRoot ? grid.shadowRoot.querySelectorAll('#items tr') : [];
                  const row = Array.from(rows).find(r => r.index === index);
                  const cells = row ? Array.from(row.querySelectorAll('td')).filter(c => !c.hidden) : [];
                  if (cells[column]) { cells[column].focus(); } else { grid.focus(); }
                }));""", focusedIndex, focusedDocument + 1);
    }

    private int indexOf(AlignedRow row) {
        return shown.entrySet().stream().filter(e -> e.getValue().id() == row.id()).map(Map.Entry::getKey).findFirst().orElse(-1);
    }
}
