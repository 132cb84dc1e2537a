package dev.alinea.ui.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadEvent;

import jakarta.annotation.security.PermitAll;

import dev.alinea.divergence.NameEntry;
import dev.alinea.export.ExportService;
import dev.alinea.language.Languages;
import dev.alinea.names.NameListService;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.ErrorNotification;
import dev.alinea.ui.Uploads;

/**
 * The project's name list: suggested entities with their renderings per language, and the
 * reviewer's decisions. Confirmed entries drive divergence detection; rejected ones are not
 * reported as one entity rendered differently.
 */
@PermitAll
@Route("names")
public class NameListView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final NameListService names;
    private final Grid<NameEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private long projectId;
    private List<String> languages = List.of();
    private String title = "Name list · Alinea";

    public NameListView(ProjectService projects, NameListService names) {
        this.projects = projects;
        this.names = names;
        setSizeFull();
        grid.addClassName("name-list");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        search.setId("name-search");
        search.setPlaceholder("Search the names");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ProjectSummary project = projects.project(id).orElseThrow(() -> new NotFoundException("There is no project with id " + id));
        projectId = id;
        title = "Name list · " + project.name() + " · Alinea";
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(entry -> entry.status().name().toLowerCase(Locale.ROOT)).setHeader("Status").setKey("status").setWidth("8em").setFlexGrow(0);
        languages = project.documents().stream().map(d -> d.language()).distinct().toList();
        for (String language : languages) {
            grid.addColumn(entry -> String.join(" | ", entry.renderings().getOrDefault(language, List.of())))
                    .setHeader(Languages.label(language)).setKey("lang-" + language);
        }
        grid.addColumn(NameEntry::mentions).setHeader("Mentions").setKey("mentions").setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(entry -> MentioningRows.link(id, entry)).setHeader("").setKey("rows").setWidth("6em").setFlexGrow(0);
        add(new H2("Name list · " + project.name()), actions(project), grid, importer());
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private HorizontalLayout actions(ProjectSummary project) {
        var confirm = new Button("Confirm", click -> decide(selected -> selected.forEach(e -> names.confirm(projectId, e))));
        confirm.setId("confirm-names");
        confirm.setTooltipText("These renderings are one entity; use them when looking for divergences");
        var reject = new Button("Reject", click -> decide(selected -> selected.forEach(e -> names.reject(projectId, e))));
        reject.setId("reject-names");
        reject.setTooltipText("Not one entity: do not report these renderings as differing");
        var merge = new Button("Merge", click -> decide(selected -> names.merge(projectId, selected)));
        merge.setId("merge-names");
        merge.setTooltipText("The selected entries are one entity");
        String stem = ExportService.fileStem(project);
        var csv = new Anchor((DownloadEvent e) -> {
            e.setFileName(stem + ".names.csv");
            e.setContentType("text/csv");
            names.exportCsv(projectId, e.getOutputStream());
        }, "CSV");
        csv.setId("names-csv");
        var tbx = new Anchor((DownloadEvent e) -> {
            e.setFileName(stem + ".names.tbx");
            e.setContentType("application/x-tbx+xml");
            names.exportTbx(projectId, e.getOutputStream());
        }, "TBX");
        tbx.setId("names-tbx");
        var edit = new Button("Edit…", click -> {
            List<NameEntry> selected = new ArrayList<>(grid.getSelectedItems());
            if (selected.size() != 1) {
                Notification.show("Select one entry to edit");
                return;
            }
            new NameEditor(selected.getFirst(), languages, renderings -> {
                names.edit(projectId, selected.getFirst(), renderings);
                refresh();
            }).open();
        });
        edit.setId("edit-name");
        edit.setTooltipText("Correct, add or take away the selected entry's renderings");
        var hint = new Span("Select entries, then confirm, reject, merge or edit them; Rows shows the rows that mention one.");
        hint.addClassName("project-facts");
        var bar = new HorizontalLayout(search, confirm, reject, merge, edit, hint, csv, tbx);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.setFlexGrow(1, hint);
        return bar;
    }

    private Upload importer() {
        var upload = new Upload();
        upload.setAcceptedFileTypes(".csv", ".tbx", ".xml");
        upload.setUploadButton(new Button("Import CSV or TBX…"));
        upload.setMaxFileSize((int) NameListService.MAX_FILE_BYTES);
        upload.setUploadHandler(Uploads.inMemory(NameListService.MAX_FILE_BYTES, () -> names.checkImport(projectId), (ui, fileName, data) -> {
            int count = names.importFile(projectId, fileName, data);
            ui.access(() -> {
                Notification.show("Imported " + count + " names from " + fileName).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
        }));
        upload.addClassName("name-import");
        return upload;
    }

    private void decide(java.util.function.Consumer<List<NameEntry>> decision) {
        List<NameEntry> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.isEmpty()) {
            Notification.show("Select entries first");
            return;
        }
        try {
            decision.accept(selected);
        } catch (RuntimeException e) {
            ErrorNotification.show(e);
        }
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        String wanted = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(names.entries(projectId).stream().filter(entry -> wanted.isEmpty() || entry.renderings().values().stream()
                .flatMap(List::stream).anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(wanted))).toList());
    }
}
