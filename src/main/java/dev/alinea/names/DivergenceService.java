package dev.alinea.names;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceChecks;
import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.divergence.DivergenceReport;
import dev.alinea.divergence.NameEntry;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowSnapshot;
import dev.alinea.users.ProjectAccess;

/**
 * Finds the divergences of a stored project's alignment and its name list, stores them, and tells
 * which of them the reviewer dismissed or accepted.
 *
 * <p>Divergences are found once per state of the rows and of the name list and stored
 * ({@code stored_divergence}), so that a project opens with them without running the detector and
 * an export writes the stored ones. They are found again, over the whole project, when a row has
 * changed (the detector looks at neighbouring rows and at the whole project's names), when the
 * name-list decisions have changed, and when Alinea's detector has. Decisions on divergences
 * (made through {@link ReviewService#decide}) change neither: they are read afresh each time.
 */
@Service
public class DivergenceService {

    private static final Logger log = LoggerFactory.getLogger(DivergenceService.class);

    private final ProjectService projects;
    private final ReviewService reviews;
    private final JdbcNameListRepository nameList;
    private final JdbcDivergenceRepository stored;
    private final TransactionTemplate transactions;
    private final ProjectAccess access;
    /** The divergences found or read last for each project. */
    private final Map<Long, Found> found = new ConcurrentHashMap<>();
    /** Serialise finding and storing each project's divergences. */
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    /** Runs with the rights of whoever asked. */
    private final ExecutorService background = new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());

    /**
     * A project's divergences at one revision, also by row identity, so that a screen can go on
     * showing them on the rows no change has touched while newer ones are found, with the
     * reviewer's decisions on them.
     *
     * @param revision the project revision they hold for
     * @param report every divergence found, dismissed ones included, and the name list
     * @param byRowId the divergences of each row (dismissed ones included), by the row's id
     * @param rowIds the id of the row at each position the report names
     * @param keys each divergence's decision key
     * @param decisions the reviewer's decisions, by decision key (keys of divergences no longer found included)
     * @param checks which checks ran, one sentence each
     */
    public record RowDivergences(long revision, DivergenceReport report, Map<Long, List<Divergence>> byRowId, List<Long> rowIds,
            Map<Divergence, String> keys, Map<String, DivergenceDecision> decisions, List<String> checks) {

        /** The divergence's decision key, to decide on it with {@link ReviewService#decide}. */
        public String key(Divergence divergence) {
            String key = keys.get(divergence);
            if (key == null) {
                throw new IllegalArgumentException("Not a divergence of this report: " + divergence.explanation());
            }
            return key;
        }

        /** The reviewer's decision on a divergence; empty when there is none. */
        public Optional<DivergenceDecision> decision(Divergence divergence) {
            return Optional.ofNullable(decisions.get(keys.get(divergence)));
        }

        public boolean dismissed(Divergence divergence) {
            return decision(divergence).map(DivergenceDecision::dismissed).orElse(false);
        }

        /** The divergences that count: all but the dismissed ones, in row order. */
        public List<Divergence> counted() {
            return report.divergences().stream().filter(d -> !dismissed(d)).toList();
        }

        /** The rows with at least one divergence that counts. */
        public Set<Long> divergentRowIds() {
            Set<Long> ids = new LinkedHashSet<>();
            byRowId.forEach((id, divergences) -> {
                if (divergences.stream().anyMatch(d -> !dismissed(d))) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }

    /** What a detection run found, for the rows with this key and this name list. */
    private record Found(long revision, long alignmentKey, long namesKey, DivergenceReport report, Map<Long, List<Divergence>> byRowId,
            List<Long> rowIds, Map<Divergence, String> keys, List<String> checks) {

        Found at(long newRevision) {
            return new Found(newRevision, alignmentKey, namesKey, report, byRowId, rowIds, keys, checks);
        }

        RowDivergences with(Map<String, DivergenceDecision> decisions) {
            return new RowDivergences(revision, report, byRowId, rowIds, keys, decisions, checks);
        }
    }

    DivergenceService(ProjectService projects, ReviewService reviews, JdbcNameListRepository nameList, JdbcDivergenceRepository stored,
            TransactionTemplate transactions, ProjectAccess access) {
        this.projects = projects;
        this.reviews = reviews;
        this.nameList = nameList;
        this.stored = stored;
        // Storing is a transaction of its own: it may happen while a caller reads in a read-only one
        // (the name list, an export), and its failure must not roll the caller back.
        this.transactions = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.access = access;
    }

    /**
     * Every divergence of the project (dismissed ones too) and its name list. Cell texts are the
     * segments joined as the grid shows them, so span offsets point into the displayed text.
     *
     * @throws NoSuchElementException when there is no such project
     */
    public DivergenceReport report(long projectId) {
        return byRow(projectId).report();
    }

    /** As {@link #report}, with the rows' ids and the decisions: read from memory or storage, found again only when stale. */
    public RowDivergences byRow(long projectId) {
        access.checkRead(projectId);
        Found current;
        // One detection at a time per project: every window asks after each change, and all but the first find its result.
        synchronized (locks.computeIfAbsent(projectId, id -> new Object())) {
            List<NameEntry> names = nameDecisions(projectId);
            long namesKey = DivergenceKeys.namesKey(names);
            current = current(projectId, reviews.rowOrder(projectId), namesKey);
            if (current == null) {
                ReviewService.RowsAt all = reviews.allRows(projectId);
                current = detect(projectId, names, namesKey, all.revision(), all.key(), all.rows());
                store(projectId, current);
                remember(projectId, current);
            }
        }
        return current.with(reviews.decisions(projectId));
    }

    /**
     * The divergences as stored or held for the project as it now is, without running the
     * detector; empty when they have to be found ({@link #byRowInBackground}).
     */
    public Optional<RowDivergences> stored(long projectId) {
        access.checkRead(projectId);
        Found current = current(projectId, reviews.rowOrder(projectId), DivergenceKeys.namesKey(nameDecisions(projectId)));
        return current == null ? Optional.empty() : Optional.of(current.with(reviews.decisions(projectId)));
    }

    /**
     * The divergences that count (not dismissed) of exactly these rows, by row id (rows without
     * any are left out): those held or stored for these rows with the same name list, else found
     * afresh over all the snapshot's rows and stored.
     */
    public Map<Long, List<Divergence>> byRowId(long projectId, RowSnapshot rows) {
        access.checkRead(projectId);
        List<NameEntry> names = nameDecisions(projectId);
        long namesKey = DivergenceKeys.namesKey(names);
        Found current = held(projectId, rows.alignmentKey(), namesKey);
        if (current == null) {
            current = detect(projectId, names, namesKey, rows.revision(), rows.alignmentKey(), rows.rows(0, rows.rowCount()));
            store(projectId, current);
        }
        RowDivergences all = current.with(reviews.decisions(projectId));
        Map<Long, List<Divergence>> counted = new HashMap<>();
        all.byRowId().forEach((id, divergences) -> {
            List<Divergence> kept = divergences.stream().filter(d -> !all.dismissed(d)).toList();
            if (!kept.isEmpty()) {
                counted.put(id, kept);
            }
        });
        return counted;
    }

    /** The divergences found last in this run of Alinea, perhaps at an older revision; empty when none were found yet. */
    public Optional<RowDivergences> latest(long projectId) {
        access.checkRead(projectId);
        Found last = found.get(projectId);
        return last == null ? Optional.empty() : Optional.of(last.with(reviews.decisions(projectId)));
    }

    /** {@link #byRow} on a thread of its own: a large project's divergences take a while to find. */
    public CompletableFuture<RowDivergences> byRowInBackground(long projectId) {
        return byRowInBackground(projectId, Duration.ZERO);
    }

    /**
     * As {@link #byRowInBackground(long)}, started after a pause: after a change, so that finding
     * them (seconds of a core on a large project) does not slow down showing the change.
     */
    public CompletableFuture<RowDivergences> byRowInBackground(long projectId, Duration pause) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return byRow(projectId);
        }, background);
    }

    /** For tests: forgets what memory holds, as a restart does, so that only storage can answer. */
    void forgetFound(long projectId) {
        found.remove(projectId);
    }

    /** The confirmed entries of the project's name list, as evidence for the aligner. */
    public NameLexicon confirmedNames(long projectId) {
        access.checkRead(projectId);
        return NameEntry.lexicon(nameDecisions(projectId));
    }

    private List<NameEntry> nameDecisions(long projectId) {
        return nameList.find(projectId).stream().map(JdbcNameListRepository.StoredEntry::entry).toList();
    }

    /** What memory or storage holds for the rows as they are in {@code order}; null when neither holds it. */
    private @Nullable Found current(long projectId, ReviewService.RowOrder order, long namesKey) {
        Found last = found.get(projectId);
        if (last != null && last.alignmentKey() == order.key() && last.namesKey() == namesKey) {
            Found now = last.at(Math.max(last.revision(), order.revision()));
            remember(projectId, now);
            return now;
        }
        Found read = read(projectId, order, namesKey);
        if (read != null) {
            remember(projectId, read);
        }
        return read;
    }

    /** What memory or storage holds for rows with this key; null when neither holds it. Memory is left as it is. */
    private @Nullable Found held(long projectId, long alignmentKey, long namesKey) {
        Found last = found.get(projectId);
        if (last != null && last.alignmentKey() == alignmentKey && last.namesKey() == namesKey) {
            return last;
        }
        ReviewService.RowOrder order = reviews.rowOrder(projectId);
        return order.key() == alignmentKey ? read(projectId, order, namesKey) : null;
    }

    private void remember(long projectId, Found value) {
        found.merge(projectId, value, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
    }

    /** The stored divergences, when they were found for these rows, this name list and this detector; else null. */
    private @Nullable Found read(long projectId, ReviewService.RowOrder order, long namesKey) {
        Optional<JdbcDivergenceRepository.Run> run = stored.run(projectId, order.key(), namesKey, StoredDivergences.detector());
        if (run.isEmpty()) {
            return null;
        }
        Map<Long, Integer> positions = new HashMap<>();
        for (int r = 0; r < order.ids().size(); r++) {
            positions.put(order.ids().get(r), r);
        }
        List<Divergence> divergences = new ArrayList<>();
        Map<Divergence, String> keys = new HashMap<>();
        Map<Long, List<Divergence>> byRowId = new HashMap<>();
        for (JdbcDivergenceRepository.Flag flag : stored.flags(projectId)) {
            Integer row = positions.get(flag.rowId());
            if (row == null) {
                return null; // cannot happen while the key matches; find them again rather than show them on the wrong row
            }
            Divergence divergence = StoredDivergences.divergence(flag.type(), row, flag.spans(), flag.explanation());
            divergences.add(divergence);
            keys.put(divergence, flag.decisionKey());
            byRowId.computeIfAbsent(flag.rowId(), id -> new ArrayList<>()).add(divergence);
        }
        DivergenceReport report = new DivergenceReport(divergences, StoredDivergences.nameList(run.get().nameList()));
        return new Found(order.revision(), order.key(), namesKey, report, byRowId, order.ids(), keys, StoredDivergences.checks(run.get().checks()));
    }

    /** Stores what was found; a failure only means it is found again next time, so it is logged, not thrown. */
    private void store(long projectId, Found value) {
        List<JdbcDivergenceRepository.Flag> flags = new ArrayList<>();
        for (Divergence divergence : value.report().divergences()) {
            flags.add(new JdbcDivergenceRepository.Flag(value.rowIds().get(divergence.row()), divergence.type().name(), value.keys().get(divergence),
                    StoredDivergences.spans(divergence.spans()), divergence.explanation()));
        }
        var run = new JdbcDivergenceRepository.Run(value.alignmentKey(), value.namesKey(), StoredDivergences.detector(),
                StoredDivergences.checks(value.checks()), StoredDivergences.nameList(value.report().nameList()));
        synchronized (locks.computeIfAbsent(projectId, id -> new Object())) {
            try {
                transactions.executeWithoutResult(status -> stored.replace(projectId, run, flags));
            } catch (DataAccessException e) {
                log.warn("Project {}: the divergences found could not be stored; they will be found again", projectId, e);
            }
        }
    }

    private Found detect(long projectId, List<NameEntry> names, long namesKey, long revision, long alignmentKey, List<AlignedRow> rows) {
        ProjectSummary project = projects.project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId));
        List<String> languages = project.documents().stream().map(DocumentInfo::language).toList();
        List<Boolean> translations = project.documents().stream().map(DocumentInfo::looksLikeTranslation).toList();
        List<List<String>> cells = rows.stream().map(row -> cellTexts(languages, row)).toList();
        DivergenceReport report = new DivergenceDetector().detect(languages, translations, cells, names);
        Map<Long, List<Divergence>> byRowId = new HashMap<>();
        Map<Divergence, String> keys = new HashMap<>();
        Map<Integer, String> rowHashes = new HashMap<>();
        for (Divergence divergence : report.divergences()) {
            byRowId.computeIfAbsent(rows.get(divergence.row()).id(), id -> new ArrayList<>()).add(divergence);
            String rowHash = rowHashes.computeIfAbsent(divergence.row(), r -> DivergenceKeys.rowHash(cells.get(r)));
            keys.put(divergence, DivergenceKeys.of(divergence, rowHash));
        }
        return new Found(revision, alignmentKey, namesKey, report, byRowId, rows.stream().map(AlignedRow::id).toList(), keys,
                DivergenceChecks.describe(languages, translations));
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
