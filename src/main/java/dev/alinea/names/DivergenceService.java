package dev.alinea.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.divergence.DivergenceReport;
import dev.alinea.divergence.NameEntry;
import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowSnapshot;
import dev.alinea.users.ProjectAccess;

/** Finds the divergences of a stored project's alignment and its name list. */
@Service
public class DivergenceService {

    private final ProjectService projects;
    private final ReviewService reviews;
    private final JdbcNameListRepository nameList;
    /** The last report of each project, with the revision and name-list decisions it was made for. */
    private final Map<Long, RowDivergences> reports = new ConcurrentHashMap<>();
    /** Runs with the rights of whoever asked. */
    private final ExecutorService background = new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());

    /**
     * A project's divergences at one revision, also by row identity, so that a screen can go on
     * showing them on the rows no change has touched while newer ones are found.
     *
     * @param revision the project revision they were found at
     * @param byRowId the divergences of each row, by the row's id
     * @param rowIds the id of the row at each position the report names
     */
    public record RowDivergences(long revision, List<NameEntry> decisions, DivergenceReport report, Map<Long, List<Divergence>> byRowId,
            List<Long> rowIds) {
    }

    private final ProjectAccess access;

    DivergenceService(ProjectService projects, ReviewService reviews, JdbcNameListRepository nameList, ProjectAccess access) {
        this.access = access;
        this.projects = projects;
        this.reviews = reviews;
        this.nameList = nameList;
    }

    /**
     * Detects over all rows. Cell texts are the segments joined as the grid shows them, so span
     * offsets point into the displayed text.
     *
     * @throws NoSuchElementException when there is no such project
     */
    public DivergenceReport report(long projectId) {
        return byRow(projectId).report();
    }

    /** As {@link #report}, with the rows' ids; found again only when the project or its name list has changed. */
    public RowDivergences byRow(long projectId) {
        access.checkRead(projectId);
        List<NameEntry> decisions = decisions(projectId);
        RowDivergences cached = cachedAt(projectId, reviews.revision(projectId), decisions);
        if (cached != null) {
            return cached;
        }
        RowDivergences found = detect(projectId, decisions, reviews.allRows(projectId));
        reports.merge(projectId, found, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        return found;
    }

    /**
     * The divergences of exactly these rows, by row id (rows without any are left out): those found
     * last when they were found at the snapshot's revision with the same name list, else found
     * afresh over all the snapshot's rows, and then not kept.
     */
    public Map<Long, List<Divergence>> byRowId(long projectId, RowSnapshot rows) {
        access.checkRead(projectId);
        List<NameEntry> decisions = decisions(projectId);
        RowDivergences cached = cachedAt(projectId, rows.revision(), decisions);
        if (cached != null) {
            return cached.byRowId();
        }
        return detect(projectId, decisions, new ReviewService.RowsAt(rows.revision(), rows.rows(0, rows.rowCount()))).byRowId();
    }

    private List<NameEntry> decisions(long projectId) {
        return nameList.find(projectId).stream().map(JdbcNameListRepository.StoredEntry::entry).toList();
    }

    /** The report found last, when it was found at this revision with these name-list decisions; null otherwise. */
    private @Nullable RowDivergences cachedAt(long projectId, long revision, List<NameEntry> decisions) {
        RowDivergences cached = reports.get(projectId);
        return cached != null && cached.revision() == revision && cached.decisions().equals(decisions) ? cached : null;
    }

    /** The divergences found last, perhaps at an older revision; empty when none were found yet. */
    public Optional<RowDivergences> latest(long projectId) {
        access.checkRead(projectId);
        return Optional.ofNullable(reports.get(projectId));
    }

    /** {@link #byRow} on a thread of its own: a large project's divergences take a while to find. */
    public CompletableFuture<RowDivergences> byRowInBackground(long projectId) {
        return CompletableFuture.supplyAsync(() -> byRow(projectId), background);
    }

    private RowDivergences detect(long projectId, List<NameEntry> decisions, ReviewService.RowsAt all) {
        ProjectSummary project = projects.project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId));
        List<String> languages = project.documents().stream().map(DocumentInfo::language).toList();
        List<Boolean> translations = project.documents().stream().map(DocumentInfo::looksLikeTranslation).toList();
        List<List<String>> rows = all.rows().stream().map(row -> cellTexts(languages, row)).toList();
        DivergenceReport report = new DivergenceDetector().detect(languages, translations, rows, decisions);
        Map<Long, List<Divergence>> byRowId = new HashMap<>();
        for (Divergence divergence : report.divergences()) {
            byRowId.computeIfAbsent(all.rows().get(divergence.row()).id(), id -> new ArrayList<>()).add(divergence);
        }
        return new RowDivergences(all.revision(), decisions, report, byRowId, all.rows().stream().map(AlignedRow::id).toList());
    }

    /** A row's cells as aligned and exported: each document's included segments joined the way its language writes. */
    public static List<String> cellTexts(List<String> languages, AlignedRow row) {
        List<String> cells = new ArrayList<>();
        for (int d = 0; d < row.cells().size(); d++) {
            cells.add(Languages.of(languages.get(d)).join(row.includedTexts(d)));
        }
        return cells;
    }
}
