package dev.alinea.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.divergence.DivergenceReport;
import dev.alinea.text.SentenceJoiner;

/** Finds the divergences of a stored project's alignment and its name list. */
@Service
public class DivergenceService {

    private static final int PAGE = 500;

    private final ProjectService projects;
    private final ReviewService reviews;
    private final JdbcNameListRepository nameList;
    /** The last report of each project, with the revision and name-list decisions it was made for. */
    private final Map<Long, Cached> reports = new ConcurrentHashMap<>();

    private record Cached(long revision, List<dev.alinea.divergence.NameEntry> decisions, DivergenceReport report) {
    }

    DivergenceService(ProjectService projects, ReviewService reviews, JdbcNameListRepository nameList) {
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
    @Transactional(readOnly = true)
    public DivergenceReport report(long projectId) {
        long revision = reviews.revision(projectId);
        List<dev.alinea.divergence.NameEntry> decisions = nameList.find(projectId).stream().map(JdbcNameListRepository.StoredEntry::entry).toList();
        Cached cached = reports.get(projectId);
        if (cached != null && cached.revision() == revision && cached.decisions().equals(decisions)) {
            return cached.report();
        }
        DivergenceReport report = detect(projectId, decisions);
        reports.put(projectId, new Cached(revision, decisions, report));
        return report;
    }

    private DivergenceReport detect(long projectId, List<dev.alinea.divergence.NameEntry> decisions) {
        ProjectSummary project = projects.project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId));
        List<String> languages = project.documents().stream().map(DocumentInfo::language).toList();
        List<Boolean> translations = project.documents().stream().map(DocumentInfo::looksLikeTranslation).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int offset = 0; offset < project.rowCount(); offset += PAGE) {
            for (AlignedRow row : projects.rows(projectId, offset, PAGE)) {
                rows.add(cellTexts(languages, row));
            }
        }
        return new DivergenceDetector().detect(languages, translations, rows, decisions);
    }

    /** A row's cells as aligned and exported: each document's included segments joined the way its language writes. */
    public static List<String> cellTexts(List<String> languages, AlignedRow row) {
        List<String> cells = new ArrayList<>();
        for (int d = 0; d < row.cells().size(); d++) {
            cells.add(SentenceJoiner.join(languages.get(d), row.includedTexts(d)));
        }
        return cells;
    }
}
