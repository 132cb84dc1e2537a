package dev.alinea.ui.alignment;

import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;

import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.project.ProjectSummary;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.ui.names.NameListView;

/** The line above the grid: what the project holds and the exports. */
class AlignmentToolbar extends HorizontalLayout {

    private final Span rows = new Span();

    AlignmentToolbar(ProjectSummary project, ExportService exports) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.setId("project-row-count");
        String documents = " · pivot " + project.pivot().language() + " · "
                + project.documents().stream().map(d -> d.fileName() + " (" + d.segmentCount() + " sentences)").collect(Collectors.joining(", "));
        var facts = new Span(rows, new Span(documents));
        facts.setTitle(documents.substring(3));
        facts.addClassName("project-facts");
        showRowCount(project.rowCount());
        String stem = ExportService.fileStem(project);
        long id = project.id();
        var nameList = new RouterLink("Name list", NameListView.class, id);
        nameList.setId("name-list-link");
        nameList.addClassName("export-link");
        var exportWithOptions = new com.vaadin.flow.component.button.Button("Export…", click -> new ExportDialog(project, exports).open());
        exportWithOptions.setId("export-options");
        exportWithOptions.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        exportWithOptions.setTooltipText("TMX, TMX pairs or XLIFF 2.0, with options: confirmed rows only, a minimum confidence, languages, Chinese code");
        add(facts, nameList, exportWithOptions,
                download("download-tmx", "Download TMX", "Multilingual TMX 1.4b: one unit per row with at least two languages",
                        stem + ".tmx", "application/x-tmx+xml", (e, out) -> exports.exportTmx(id, TmxExportOptions.DEFAULT, out)),
                download("download-tmx-confirmed", "TMX (confirmed)", "Multilingual TMX of the rows a reviewer confirmed",
                        stem + ".confirmed.tmx", "application/x-tmx+xml", (e, out) -> exports.exportTmx(id, TmxExportOptions.DEFAULT.onlyConfirmed(), out)),
                download("download-tmx-pairs", "TMX pairs (zip)", "One bilingual TMX per pair of the pivot and another language",
                        stem + ".tmx.zip", "application/zip", (e, out) -> exports.exportTmxPairs(id, TmxExportOptions.DEFAULT, out)),
                download("download-csv", "CSV", "Spreadsheet: one column per language, status and confidence",
                        stem + ".csv", "text/csv", (e, out) -> exports.exportTable(id, TabularWriter.Format.CSV, out)),
                download("download-tsv", "TSV", "Tab-separated: one column per language, status and confidence",
                        stem + ".tsv", "text/tab-separated-values", (e, out) -> exports.exportTable(id, TabularWriter.Format.TSV, out)),
                download("download-xlsx", "XLSX", "Excel workbook: one column per language, status and confidence",
                        stem + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (e, out) -> exports.exportTable(id, TabularWriter.Format.XLSX, out)));
        setFlexGrow(1, facts);
        addClassName("alignment-toolbar");
    }

    /** The number of rows as it now is (merges and splits change it). */
    void showRowCount(int count) {
        rows.setText(count + (count == 1 ? " row" : " rows"));
    }

    private static Anchor download(String id, String text, String tooltip, String fileName, String contentType,
            BiConsumer<DownloadEvent, OutputStream> writer) {
        var anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.accept(event, event.getOutputStream());
        }, text);
        anchor.setId(id);
        anchor.addClassName("export-link");
        anchor.setTitle(tooltip);
        return anchor;
    }
}
