package dev.alinea.ui.alignment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dev.alinea.divergence.Divergence;
import dev.alinea.export.ExportService;
import dev.alinea.names.DivergenceService;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.EditRefusedException;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.HistoryEntry;
import dev.alinea.reviewing.ProjectEvents;
import dev.alinea.reviewing.ReviewCounts;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowFilter;
import dev.alinea.users.ProjectAccess;

/**
 * A project's N-way alignment, one column per document, loaded lazily, and its review: every
 * operation from the keyboard (see {@link ReviewShortcut}) or the review bar, triage filters,
 * undo and redo, and live updates when another window changes the project.
 */
@PermitAll
@Route("projects")
public class AlignmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Up to this many rows, divergences are found before the grid shows the rows; in larger projects, just after. */
    private static final int FOUND_WHILE_WAITING = 2000;
    /** How long after a change a large project's divergences start to be found: the change is shown first. */
    private static final Duration AFTER_A_CHANGE = Duration.ofMillis(400);
    /** How long after an open a large project's divergences start to be found, if none are stored: the rows are shown first. */
    private static final Duration ON_OPEN = Duration.ofMillis(1000);

    private final ProjectService projects;
    private final ExportService exports;
    private final DivergenceService divergenceService;
    private final ReviewService reviews;
    private final ProjectEvents events;
    private final ProjectAccess access;
    private final ReviewGrid grid = new ReviewGrid();
    private final ReviewOperations operations = new ReviewOperations(this);
    /** The divergences found last; rows changed since they were found show none until newer ones are found. */
    private DivergenceService.RowDivergences divergences;
    private ProjectSummary project;
    private String title = "Alignment · Alinea";
    private long projectId;
    private long shownRevision = -1;
    private RowFilter filter = RowFilter.ALL;
    private Optional<HistoryEntry> nextUndo = Optional.empty();
    private Optional<HistoryEntry> nextRedo = Optional.empty();
    private ReviewBar reviewBar;
    private TriageBar triage;
    private DivergencePanel panel;
    /** The row whose divergences the side panel shows. */
    private Optional<AlignedRow> panelRow = Optional.empty();
    private ProjectEvents.Subscription subscription;
    private VerticalLayout side;
    private ViewOptions viewOptions;
    private AlignmentToolbar toolbar;
    private LinkMarkers links;
    /** Long runs of rows with one version's text only, folded while every row is shown. */
    private final Folding folding = new Folding();
    /** What the search looks for, to mark in the cells; null when nothing is searched. */
    private java.util.regex.@Nullable Pattern searched;

    public AlignmentView(ProjectService projects, ExportService exports, DivergenceService divergenceService, ReviewService reviews,
            ProjectEvents events, ProjectAccess access) {
        this.access = access;
        this.projects = projects;
        this.exports = exports;
        this.divergenceService = divergenceService;
        this.reviews = reviews;
        this.events = events;
        setSizeFull();
        grid.addCellFocusListener(focus -> focus.getItem().ifPresent(this::showInPanel));
        addClassName("alignment-view");
        for (ReviewShortcut shortcut : ReviewShortcut.values()) {
            Shortcuts.addShortcutListener(grid, () -> operations.run(shortcut), shortcut.key, shortcut.modifiers).listenOn(grid);
            for (var keys : shortcut.alternatives()) {
                Shortcuts.addShortcutListener(grid, () -> operations.run(shortcut), keys[0],
                        java.util.Arrays.copyOfRange(keys, 1, keys.length, com.vaadin.flow.component.KeyModifier[].class)).listenOn(grid);
            }
        }
        GlobalShortcuts.register(this, operations::run);
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        project = projects.project(projectId).orElseThrow(() -> new NotFoundException("There is no project with id " + projectId));
        title = project.name() + " · Alinea";
        this.projectId = projectId;
        removeAll();
        reviewBar = new ReviewBar(operations::run);
        reviewBar.allowEditing(access.canEdit(projectId));
        triage = new TriageBar(this::applyFilter, this::jumpTo, this::focusFirstShownRow);
        panel = new DivergencePanel(this::jumpToDivergence, access.canEdit(projectId), (divergence, decision) -> panelRow
                .ifPresent(row -> operations.decide(row, divergence, decision)));
        panel.onlyDivergent().addValueChangeListener(change -> applyFilter());
        panel.showDismissed().addValueChangeListener(change -> grid.reload());
        panel.setWidthFull();
        side = new VerticalLayout(panel, new Legend());
        side.addClassName("side-panel");
        side.setPadding(false);
        side.setWidth("20em");
        side.setHeightFull();
        side.getStyle().set("overflow", "auto");
        var body = new HorizontalLayout(grid, side);
        body.setSizeFull();
        body.setMinHeight("12em");
        grid.setHeightFull();
        grid.setMinWidth("0");
        body.setFlexGrow(1, grid);
        var options = new ViewOptions(projectId, project.documents(), this::applyLayout);
        viewOptions = options;
        triage.add(options);
        toolbar = new AlignmentToolbar(project, exports);
        var heading = new H2(project.name());
        heading.addClassName("project-name");
        add(SkipLink.to(this::focusFirstCell), heading, toolbar, DocumentWarnings.collapsible(project), reviewBar, triage, body);
        setFlexGrow(1, body);
        links = new LinkMarkers(project.documents(), this::jumpTo, operations::unlink, access.canEdit(projectId));
        grid.configureColumns(project.documents(), project.pivot().position(), (row, document, language) -> {
            var fold = filter.isAll() ? folding.foldAt(row.position()) : Optional.<ReviewService.UnpairedRun>empty();
            if (fold.isPresent()) {
                return FoldLine.of(fold.get(), document, language, dev.alinea.language.Languages.of(language).displayName(), () -> unfold(fold.get()));
            }
            var cell = SearchHighlight.mark(CellText.of(row, document, language, shownDivergencesOf(row), this::decisionOf,
                    (doc, segment) -> operations.include(row, doc, segment)), searched);
            links.addTo(cell, row, document);
            return cell;
        });
        grid.showRows(this::page, this::lineCount);
        // A link may ask for a search (the name list's "Rows": the rows that mention a name).
        var query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("search", List.of()).stream().findFirst()
                .ifPresent(text -> triage.search(text, query.getOrDefault("regex", List.of()).contains("1")));
        refresh(ON_OPEN);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        if (viewOptions != null) {
            viewOptions.restore();
        }
        subscription = LiveUpdates.follow(events, projectId, ui, revision -> {
            if (revision > shownRevision) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** The {@code ?} key pressed outside the grid and outside any text field. */
    @com.vaadin.flow.component.ClientCallable
    void showKeys() {
        operations.run(ReviewShortcut.HELP);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ---- what the operations need -------------------------------------------------------------

    boolean canEdit() {
        return access.canEdit(projectId);
    }

    long projectId() {
        return projectId;
    }

    ReviewService reviews() {
        return reviews;
    }

    DivergenceService divergences() {
        return divergenceService;
    }

    ProjectSummary project() {
        return project;
    }

    ReviewBar reviewBar() {
        return reviewBar;
    }

    TriageBar triage() {
        return triage;
    }

    Optional<HistoryEntry> nextUndo() {
        return nextUndo;
    }

    Optional<HistoryEntry> nextRedo() {
        return nextRedo;
    }

    int focusedDocument() {
        return grid.focusedDocument();
    }

    /** Makes a cell the one the keys act on, as focusing it in the browser does. */
    void focus(int gridIndex, int document) {
        grid.focusCell(gridIndex, document);
        grid.shownRow(gridIndex).ifPresent(this::showInPanel);
    }

    /** The row that has the focus, as the reviewer sees it; empty when no row has it. */
    Optional<AlignedRow> focusedRow() {
        int index = grid.focusedIndex();
        if (index < 0) {
            return Optional.empty();
        }
        return grid.shownRow(index).or(() -> reviews.rows(projectId, filter, filter.isAll() ? folding.position(index) : index, 1).stream().findFirst());
    }

    /** The row just before or after one, if the grid shows it right there. */
    Optional<AlignedRow> shownNeighbour(AlignedRow row, int step) {
        return grid.shownNeighbour(row, step);
    }

    /** Shows the project as it now is: rows, counts, undo and redo, divergences. */
    void refresh() {
        refresh(Duration.ZERO);
    }

    /** @param pause how long to wait before divergences that must be found again start to be found */
    private void refresh(Duration pause) {
        shownRevision = reviews.revision(projectId);
        ReviewCounts counts = reviews.counts(projectId);
        Optional<DivergenceService.RowDivergences> ready = divergenceService.stored(projectId);
        if (ready.isPresent()) {
            showDivergences(ready.get());
        } else if (counts.rows() <= FOUND_WHILE_WAITING) {
            showDivergences(divergenceService.byRow(projectId));
        } else {
            divergenceService.latest(projectId).ifPresent(this::showDivergences);
        }
        if (divergences == null || divergences.revision() != shownRevision) {
            UI ui = UI.getCurrent();
            divergenceService.byRowInBackground(projectId, pause).thenAccept(found -> ui.access(() -> {
                if (divergences == null || found.revision() > divergences.revision()) {
                    showDivergences(found);
                    grid.reload();
                }
            }));
        }
        links.show(reviews.links(projectId));
        folding.show(reviews.unpairedRuns(projectId, Folding.MINIMUM));
        grid.reload();
        reviewBar.showCounts(counts);
        toolbar.showRowCount(counts.rows());
        showFilterCount(counts.rows());
        nextUndo = reviews.nextUndo(projectId);
        nextRedo = reviews.nextRedo(projectId);
        reviewBar.showUndoRedo(nextUndo, nextRedo);
    }

    /**
     * Shows the focused row, or else the given one, from its top: after many rows were replaced,
     * the old scroll position would fall in the middle of some cell.
     */
    void scrollToRowTop(int position) {
        grid.scrollToIndex(grid.focusedIndex() >= 0 ? grid.focusedIndex() : filter.isAll() ? folding.line(position) : 0);
    }

    /** The skip link: to the cell the keys act on, or the first row's pivot cell when there is none yet. */
    private void focusFirstCell() {
        if (grid.focusedIndex() < 0) {
            focus(0, project.pivot().position());
        }
        focusGrid();
    }

    /** Enter in the search: to the first row shown, in the column the keys act on. */
    private void focusFirstShownRow() {
        if (reviews.count(projectId, filter) > 0) {
            focus(0, grid.focusedDocument());
            focusGrid();
        }
    }

    /** Puts the keyboard focus back on the grid, on the cell the keys act on. */
    void focusGrid() {
        grid.focusFocusedCell();
    }

    /** A change went through: earlier refusals and reports no longer hold. */
    private void closeNotifications() {
        getUI().ifPresent(ui -> ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList()
                .forEach(Notification::close));
    }

    static void showRefusal(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("edit-refused");
    }

    private void showDivergences(DivergenceService.RowDivergences found) {
        divergences = found;
        panel.show(found.counted(), found.report().divergences().size() - found.counted().size(), found.checks());
        if (panel.onlyDivergent().getValue()) {
            filter = withDivergentRows(filter);
        }
        panelRow.flatMap(row -> reviews.position(projectId, row.id())).flatMap(position -> reviews.row(projectId, position))
                .ifPresentOrElse(this::showInPanel, () -> panelRow = Optional.empty());
    }

    /** A row's divergences, dismissed ones included, if they were found for the row as it now is. */
    List<Divergence> divergencesOf(AlignedRow row) {
        return divergences == null || row.version() > divergences.revision() ? List.of() : divergences.byRowId().getOrDefault(row.id(), List.of());
    }

    /** A row's divergences as the grid shows them: dismissed ones only when the panel says so. */
    private List<Divergence> shownDivergencesOf(AlignedRow row) {
        List<Divergence> all = divergencesOf(row);
        return panel.showDismissed().getValue() ? all : all.stream().filter(d -> !divergences.dismissed(d)).toList();
    }

    /** The reviewer's decision on a divergence, if any. */
    Optional<DivergenceDecision> decisionOf(Divergence divergence) {
        return divergences == null ? Optional.empty() : divergences.decision(divergence);
    }

    /** The decision key of a divergence shown; empty when the divergences shown have been found again without it. */
    Optional<String> keyOf(Divergence divergence) {
        return divergences == null ? Optional.empty() : Optional.ofNullable(divergences.keys().get(divergence));
    }

    private void showInPanel(AlignedRow row) {
        panelRow = Optional.of(row);
        panel.showRow(row.position(), divergencesOf(row), this::decisionOf);
    }

    /** Goes to the row a divergence was found in, wherever it now stands. */
    private void jumpToDivergence(int reportedRow) {
        long id = divergences.rowIds().get(reportedRow);
        reviews.position(projectId, id).ifPresentOrElse(this::jumpTo,
                () -> showRefusal("The row of this divergence has been changed since: its divergences are being found again."));
    }

    // ---- triage -------------------------------------------------------------------------------

    private void applyFilter() {
        RowFilter chosen = triage.filter();
        if (chosen == null) {
            return;
        }
        filter = panel.onlyDivergent().getValue() ? withDivergentRows(chosen) : chosen;
        searched = SearchHighlight.patternOf(filter);
        grid.forgetFocus();
        grid.reload();
        showFilterCount(reviews.count(projectId, RowFilter.ALL));
    }

    /** Says how many rows the filter shows of all: "6 of 28 rows". */
    private void showFilterCount(int all) {
        triage.showCount(filter.isAll() ? -1 : reviews.count(projectId, filter), all);
    }

    /** Applies what the reviewer chose of the layout. */
    private void applyLayout(ViewOptions.Choice choice) {
        if (choice.compact()) {
            grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        } else {
            grid.removeThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        }
        getElement().getClassList().set("compact", choice.compact());
        reviewBar.showButtons(choice.tools());
        side.setVisible(choice.panel());
        for (var document : project.documents()) {
            grid.showDocument(document.position(), !choice.hidden().contains(document.position()));
        }
    }

    private RowFilter withDivergentRows(RowFilter base) {
        return new RowFilter(base.unconfirmedOnly(), base.belowConfidence(), base.text(), base.regex(),
                divergences == null ? java.util.Set.of() : divergences.divergentRowIds());
    }

    /** Goes to a row of the whole alignment; with a filter on, to where it stands among the rows shown. */
    void jumpTo(int position) {
        jumpTo(position, grid.focusedDocument());
    }

    /** Goes to a row of the whole alignment, to a document's cell (the filter, if any, is taken off). */
    void jumpTo(int position, int document) {
        int count = reviews.count(projectId, RowFilter.ALL);
        if (position < 0 || position >= count) {
            showRefusal("There is no row " + (position + 1) + ": the alignment has " + count + " rows.");
            return;
        }
        if (!filter.isAll()) {
            triage.clear();
            panel.onlyDivergent().setValue(false);
            filter = RowFilter.ALL;
            searched = null;
            grid.reload();
            showFilterCount(reviews.count(projectId, RowFilter.ALL));
        }
        if (folding.reveal(position)) {
            grid.reload();
        }
        focus(folding.line(position), document);
        focusGrid();
    }

    /** The grid lines {@code [page[0], page[0] + page[1])}: rows, a folded run standing as its first row. */
    private List<AlignedRow> page(int[] page) {
        if (!filter.isAll()) {
            return reviews.rows(projectId, filter, page[0], page[1]);
        }
        int end = Math.min(page[0] + page[1], lineCount());
        if (page[0] >= end) {
            return List.of();
        }
        int from = folding.position(page[0]);
        int to = folding.position(end - 1) + 1;
        return reviews.rows(projectId, RowFilter.ALL, from, to - from).stream().filter(row -> !folding.hidden(row.position())).toList();
    }

    /** How many lines the grid shows: the filter's rows, or every row with long unpaired runs folded. */
    private int lineCount() {
        return filter.isAll() ? folding.lines(reviews.count(projectId, RowFilter.ALL)) : reviews.count(projectId, filter);
    }

    /** Shows every row of a folded run. */
    private void unfold(ReviewService.UnpairedRun run) {
        folding.unfold(run);
        grid.reload();
        focus(folding.line(run.first()), run.document());
        focusGrid();
    }

    /** Runs a change; a refusal is shown with its reason and the grid shows the project as it is. */
    void change(java.util.function.Supplier<ReviewService.EditResult> change) {
        try {
            ReviewService.EditResult result = change.get();
            closeNotifications();
            reviewBar.showLastChange(result.description());
            refresh(AFTER_A_CHANGE);
        } catch (EditRefusedException refused) {
            showRefusal(refused.getMessage());
            refresh();
        }
    }
}
