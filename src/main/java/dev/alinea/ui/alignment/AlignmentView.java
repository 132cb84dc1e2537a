package dev.alinea.ui.alignment;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dev.alinea.project.AlignedRow;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ExportService;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.text.SentenceJoiner;
import dev.alinea.ui.Languages;

/** Shows a project's N-way alignment, one column per document, loaded lazily. */
@Route("projects")
public class AlignmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final ExportService exports;
    private final Grid<AlignedRow> grid = new Grid<>();
    private String title = "Alignment · Alinea";

    public AlignmentView(ProjectService projects, ExportService exports) {
        this.projects = projects;
        this.exports = exports;
        setSizeFull();
        grid.addClassName("alignment-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        ProjectSummary project = projects.project(projectId)
                .orElseThrow(() -> new NotFoundException("There is no project with id " + projectId));
        title = project.name() + " · Alinea";
        removeAll();
        add(new H2(project.name()), new AlignmentToolbar(project, exports), new DocumentWarnings(project), grid);
        setFlexGrow(1, grid);
        configureColumns(project.documents());
        grid.setItems(query -> projects.rows(projectId, query.getOffset(), query.getLimit()).stream(),
                query -> projects.rowCount(projectId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void configureColumns(List<DocumentInfo> documents) {
        grid.removeAllColumns();
        grid.addColumn(row -> row.position() + 1).setHeader("#").setKey("row")
                .setWidth("4.5em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        for (DocumentInfo document : documents) {
            int position = document.position();
            String language = document.language();
            grid.addColumn(new ComponentRenderer<>(row -> cell(row, position, language)))
                    .setHeader(Languages.displayName(language)).setKey("doc-" + position).setFlexGrow(1);
        }
        grid.addColumn(row -> String.format("%.2f", row.confidence())).setHeader("Confidence").setKey("confidence")
                .setWidth("8em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(row -> row.confidence() < 0.5 ? "low-confidence" : null);
    }

    /** A cell's text as plain text (never markup), tagged with its row and language for styling and tests. */
    private static Div cell(AlignedRow row, int documentPosition, String language) {
        List<String> sentences = row.cells().get(documentPosition);
        var cell = new Div();
        cell.addClassName("segment-cell");
        cell.getElement().setAttribute("data-row", Integer.toString(row.position()));
        cell.getElement().setAttribute("data-lang", language);
        cell.getElement().setAttribute("lang", language);
        if (sentences.isEmpty()) {
            cell.addClassName("empty");
            cell.add(new Span("—"));
        } else {
            cell.setText(SentenceJoiner.join(language, sentences));
        }
        return cell;
    }
}
