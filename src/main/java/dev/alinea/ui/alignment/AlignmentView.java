package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dev.alinea.project.AlignedRow;
import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceReport;
import dev.alinea.project.DivergenceService;
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
    private final DivergenceService divergenceService;
    private final Grid<AlignedRow> grid = new Grid<>();
    private Map<Integer, List<Divergence>> divergencesByRow = Map.of();
    private String title = "Alignment · Alinea";
    private long projectId;

    public AlignmentView(ProjectService projects, ExportService exports, DivergenceService divergenceService) {
        this.projects = projects;
        this.exports = exports;
        this.divergenceService = divergenceService;
        setSizeFull();
        grid.addClassName("alignment-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        ProjectSummary project = projects.project(projectId)
                .orElseThrow(() -> new NotFoundException("There is no project with id " + projectId));
        title = project.name() + " · Alinea";
        this.projectId = projectId;
        removeAll();
        DivergenceReport report = divergenceService.report(projectId);
        divergencesByRow = report.divergences().stream().collect(Collectors.groupingBy(Divergence::row));
        var panel = new DivergencePanel(report.divergences(), grid::scrollToIndex);
        var body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        body.setMinHeight("20em");
        grid.setHeightFull();
        body.setFlexGrow(1, grid);
        add(new H2(project.name()), new AlignmentToolbar(project, exports), new DocumentWarnings(project), body);
        setFlexGrow(1, body);
        configureColumns(project.documents());
        showAllRows(projectId);
        panel.onlyDivergent().addValueChangeListener(change -> {
            if (change.getValue()) {
                grid.setItems(divergencesByRow.keySet().stream().sorted().map(row -> projects.rows(projectId, row, 1).getFirst()).toList());
            } else {
                showAllRows(projectId);
            }
        });
    }

    /** Includes a segment the clutter detection excluded, so that it is exported again. */
    private void include(int document, int segment) {
        projects.setExcluded(projectId, document, segment, false);
        grid.getDataProvider().refreshAll();
        com.vaadin.flow.component.notification.Notification.show("Included again: it will be exported with its row.");
    }

    private void showAllRows(long projectId) {
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
            grid.addColumn(new ComponentRenderer<>(row -> CellText.of(row, position, language,
                    divergencesByRow.getOrDefault(row.position(), List.of()), this::include)))
                    .setHeader(Languages.displayName(language)).setKey("doc-" + position).setFlexGrow(1);
        }
        grid.addColumn(row -> String.format("%.2f", row.confidence())).setHeader("Confidence").setKey("confidence")
                .setWidth("8em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(row -> row.confidence() < 0.5 ? "low-confidence" : null);
    }
}
