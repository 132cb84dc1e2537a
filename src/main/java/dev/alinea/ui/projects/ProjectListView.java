package dev.alinea.ui.projects;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.alinea.backup.BackupService;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.alignment.AlignmentView;
import dev.alinea.users.ProjectAccess;

/** Lists the projects; clicking one (or Enter on it) opens its alignment; an administrator renames, copies and deletes them here. */
@PermitAll
@Route("")
@PageTitle("Projects · Alinea")
public class ProjectListView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private Optional<ProjectSummary> focused = Optional.empty();


    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    public ProjectListView(ProjectService projects, BackupService backups, ProjectAccess access) {
        this.projects = projects;
        setSizeFull();
        grid.addClassName("project-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setHeader("Project").setFlexGrow(3).setKey("name");
        grid.addColumn(p -> p.documents().stream().map(DocumentInfo::language).collect(Collectors.joining(" · ")))
                .setHeader("Languages").setKey("languages");
        grid.addColumn(ProjectSummary::rowCount).setHeader("Rows").setKey("rows");
        grid.addColumn(p -> CREATED.format(p.createdAt())).setHeader("Created").setKey("created");
        boolean admin = access.caller().isAdmin();
        if (admin) {
            grid.addComponentColumn(p -> new ProjectActions(p, projects, backups, () -> grid.setItems(projects.projects())))
                    .setHeader("").setKey("actions").setWidth("17em").setFlexGrow(0);
        }
        grid.setItems(projects.projects());
        grid.addItemClickListener(click -> open(click.getItem()));
        // Enter on a focused row opens it too (not in the actions column, whose buttons take the key).
        grid.addCellFocusListener(focus -> focused = focus.getColumn().filter(c -> !"actions".equals(c.getKey())).flatMap(c -> focus.getItem()));
        grid.getElement().addEventListener("keydown", key -> focused.ifPresent(this::open))
                .setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");
        var tmxImport = new TmxImport(projects, id -> grid.setItems(projects.projects()));
        var newProject = new Button("New project…", click -> new NewProjectDialog(projects,
                id -> getUI().ifPresent(ui -> ui.navigate(AlignmentView.class, id))).open());
        newProject.setId("new-project");
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Only an administrator makes projects (the services refuse anyone else too).
        newProject.setVisible(admin);
        tmxImport.setVisible(admin);
        add(new HorizontalLayout(new H2("Projects"), newProject), grid, tmxImport);
        setFlexGrow(1, grid);
    }

    private void open(ProjectSummary project) {
        getUI().ifPresent(ui -> ui.navigate(AlignmentView.class, project.id()));
    }

    /** Lists the projects as they are whenever the list is shown again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(projects.projects());
    }
}
