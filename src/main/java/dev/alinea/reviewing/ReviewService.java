package dev.alinea.reviewing;

import java.lang.ref.SoftReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.align.Aligners;
import dev.alinea.align.Link;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.Row;
import dev.alinea.align.SegmentRange;
import dev.alinea.language.Languages;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.review.Change;
import dev.alinea.review.DecisionEdit;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.Realigner;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.ReviewRow;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.users.ProjectAccess;

/**
 * Review of a stored project: reads its rows (filtered), makes the reviewer's changes, undoes and
 * redoes them, and re-aligns what is not confirmed.
 *
 * <p>Every change is committed to the database, with its history entry, before anyone is shown
 * it; then every window showing the project is told ({@link ProjectEvents}). An edit names the
 * rows the reviewer saw, with their versions: when any of them has changed since, the edit is
 * refused and nothing is changed. A project's alignment is kept in memory for reading and for
 * working out changes, and is read again whenever the database holds a newer revision.
 */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    static final String STALE = "This part of the alignment was changed in another window since you last saw it. "
            + "Nothing was changed: the grid now shows the current rows.";
    private static final int HISTORY_SHOWN = 1000;
    /** A search may take this long at most (it runs on a copy of the rows, not holding the project's lock). */
    static final java.time.Duration SEARCH_TIME_LIMIT = java.time.Duration.ofSeconds(3);

    private final JdbcReviewRepository repository;
    private final TransactionTemplate transactions;
    private final ProjectEvents events;
    private final Clock clock;
    private final MultiAligner aligner = new MultiAligner(Aligners::forPair);
    private final Map<Long, ProjectState> states = new ConcurrentHashMap<>();
    /** Runs with the rights of whoever asked. */
    private final ExecutorService background = new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());

    private final ProjectAccess access;
    /** Runs after each change commits, before memory is brought up to date: a seam for tests. */
    private Runnable afterCommit = () -> {
    };
    /** Runs as a search starts on its copy of the rows: a seam for tests. */
    private Runnable beforeSearch = () -> {
    };

    ReviewService(JdbcReviewRepository repository, TransactionTemplate transactions, ProjectEvents events, Clock clock, ProjectAccess access) {
        this.access = access;
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A row as the reviewer saw it: its id and version. */
    public record RowRef(long id, long version) {
        public static RowRef of(AlignedRow row) {
            return new RowRef(row.id(), row.version());
        }
    }

    /**
     * What a change did.
     *
     * @param revision the project's revision after it
     * @param description what was done
     * @param row index of the first row it changed, to show the reviewer
     */
    public record EditResult(long revision, String description, int row) {
    }

    /**
     * One project's alignment in memory, valid for one revision (dropped under memory pressure).
     * Its monitor serialises the project's edits and reads.
     */
    private static final class ProjectState {
        SoftReference<ReviewAlignment> alignment = new SoftReference<>(null);
        long revision = -1;
        @Nullable Matches matches;
    }

    /** The rows (positions in the whole alignment) a filter let through at a revision. */
    private record Matches(RowFilter filter, long revision, int[] rows) {
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * The project's current revision: it grows with every change, undo and redo. (A number that
     * tells nothing of the project's content, so anyone may ask it.)
     */
    public long revision(long projectId) {
        return repository.revision(projectId).orElseThrow(() -> noProject(projectId));
    }

    /**
     * Rows {@code [offset, offset + limit)} of those the filter lets through, in order.
     *
     * @throws dev.alinea.problem.UserErrorException when the filter's regular expression is not one
     */
    public List<AlignedRow> rows(long projectId, RowFilter filter, int offset, int limit) {
        if (filter.isAll()) {
            return read(projectId, (alignment, state) -> {
                List<AlignedRow> page = new ArrayList<>();
                for (int r = offset; r < Math.min(alignment.rowCount(), offset + limit); r++) {
                    page.add(alignedRow(alignment, r));
                }
                return page;
            });
        }
        return readFiltered(projectId, filter, (alignment, matching) -> {
            List<AlignedRow> page = new ArrayList<>();
            for (int k = offset; k < Math.min(matching.length, offset + limit); k++) {
                page.add(alignedRow(alignment, matching[k]));
            }
            return page;
        });
    }

    /** Every row, with the revision they were read at and their {@link RowOrder#key()}. */
    public record RowsAt(long revision, long key, List<AlignedRow> rows) {
    }

    /** All rows at once, consistently (no change comes between two pages). */
    public RowsAt allRows(long projectId) {
        return read(projectId, (alignment, state) -> new RowsAt(state.revision, alignmentKey(alignment),
                java.util.stream.IntStream.range(0, alignment.rowCount()).mapToObj(r -> alignedRow(alignment, r)).toList()));
    }

    /**
     * The rows as they are now, to read page by page while the project goes on changing. Costs a
     * copy of the alignment's lists of rows and segments, not of their texts.
     */
    public RowSnapshot snapshot(long projectId) {
        return read(projectId, (alignment, state) -> new RowSnapshot(state.revision, alignment.copy()));
    }

    /** How many rows the filter lets through. */
    public int count(long projectId, RowFilter filter) {
        return filter.isAll() ? read(projectId, (alignment, state) -> alignment.rowCount())
                : readFiltered(projectId, filter, (alignment, matching) -> matching.length);
    }

    /** The row at a position of the whole alignment, or empty past the end. */
    public Optional<AlignedRow> row(long projectId, int position) {
        return read(projectId, (alignment, state) -> position >= 0 && position < alignment.rowCount()
                ? Optional.of(alignedRow(alignment, position)) : Optional.empty());
    }

    /** Where a row now stands in the whole alignment; empty when it is gone. */
    public Optional<Integer> position(long projectId, long rowId) {
        return read(projectId, (alignment, state) -> {
            int index = alignment.indexOf(rowId);
            return index < 0 ? Optional.<Integer>empty() : Optional.of(index);
        });
    }

    public ReviewCounts counts(long projectId) {
        return read(projectId, (alignment, state) -> new ReviewCounts(alignment.rowCount(),
                (int) alignment.rows().stream().filter(row -> row.status() == RowStatus.CONFIRMED).count()));
    }

    /**
     * The ids of the rows in order, with a number that changes whenever any row changes (its
     * text, its place, its status). Unlike the revision, decisions on divergences leave the key as
     * it is, so divergences found for it stay valid.
     *
     * @param revision the project revision they were read at
     * @param key a hash of the rows' ids and versions, in order
     */
    public record RowOrder(long revision, long key, List<Long> ids) {
    }

    public RowOrder rowOrder(long projectId) {
        return read(projectId, (alignment, state) -> new RowOrder(state.revision, alignmentKey(alignment),
                alignment.rows().stream().map(ReviewRow::id).toList()));
    }

    /** The {@link RowOrder#key()} of an alignment. */
    static long alignmentKey(ReviewAlignment alignment) {
        long hash = 17;
        for (ReviewRow row : alignment.rows()) {
            hash = 31 * (31 * hash + row.id()) + row.version();
        }
        return hash * 31 + alignment.rowCount();
    }

    /**
     * A run of consecutive rows that each hold text of one and the same document only (sentences
     * without counterpart), to fold in the grid.
     *
     * @param first position of the run's first row
     * @param count how many rows it has
     * @param sentences how many sentences its rows hold
     */
    public record UnpairedRun(int first, int count, int document, int sentences) {
    }

    /** The runs of at least {@code minimum} rows whose text is in one document only, in order. */
    public List<UnpairedRun> unpairedRuns(long projectId, int minimum) {
        return read(projectId, (alignment, state) -> {
            List<UnpairedRun> runs = new ArrayList<>();
            int r = 0;
            while (r < alignment.rowCount()) {
                int document = onlyDocument(alignment.row(r));
                if (document < 0) {
                    r++;
                    continue;
                }
                int end = r + 1;
                int sentences = alignment.row(r).cell(document).size();
                while (end < alignment.rowCount() && onlyDocument(alignment.row(end)) == document) {
                    sentences += alignment.row(end).cell(document).size();
                    end++;
                }
                if (end - r >= minimum) {
                    runs.add(new UnpairedRun(r, end - r, document, sentences));
                }
                r = end;
            }
            return runs;
        });
    }

    /** The one document the row has text of, or -1 when it has text of several. */
    private static int onlyDocument(ReviewRow row) {
        int only = -1;
        for (int d = 0; d < row.cells().size(); d++) {
            if (!row.cell(d).isEmpty()) {
                if (only >= 0) {
                    return -1;
                }
                only = d;
            }
        }
        return only;
    }

    /** The project's links between sentences, in order of their first sentence, each with the rows now holding its two sentences. */
    public List<RowLink> links(long projectId) {
        return read(projectId, (alignment, state) -> alignment.links().stream()
                .map(link -> new RowLink(link, alignment.rowOf(link.document(), link.segment()), alignment.rowOf(link.otherDocument(), link.otherSegment())))
                .toList());
    }

    /**
     * Links a sentence of a row the reviewer saw with a sentence of another version, wherever it stands.
     *
     * @param offset the sentence's place within the row's cell, from 0
     * @param otherSegment the other sentence's index in its document, from 0
     * @throws EditRefusedException when the link cannot be made or the row has changed since
     */
    public EditResult link(long projectId, RowRef seen, int document, int offset, int otherDocument, int otherSegment) {
        return edit(projectId, List.of(seen), (alignment, row) -> alignment.link(row, document, offset, otherDocument, otherSegment));
    }

    /**
     * Takes a link away, as the reviewer saw it.
     *
     * @throws EditRefusedException when the link is not there any more
     */
    public EditResult unlink(long projectId, ReviewLink link) {
        return newChange(projectId, (alignment, revision) -> alignment.unlink(link));
    }

    /**
     * Moves one end of a link, as the reviewer saw it, to another sentence of the same version.
     *
     * @throws EditRefusedException when the link is not there any more or cannot go there
     */
    public EditResult moveLink(long projectId, ReviewLink link, int movedDocument, int toSegment) {
        return newChange(projectId, (alignment, revision) -> alignment.moveLink(link, movedDocument, toSegment));
    }

    /** The reviewer's decisions on the project's divergences, by their keys. */
    public Map<String, DivergenceDecision> decisions(long projectId) {
        access.checkRead(projectId);
        return repository.decisions(projectId);
    }

    /**
     * Decides on divergences: each key gets its decision (null takes the decision back). A change
     * of the history like any other: undo takes it back, and the alignment is left as it is.
     *
     * @param decisions the new decision of each key (null: none), in order
     * @param description what was decided ("Dismissed a number divergence of row 4")
     * @throws EditRefusedException when nothing would change
     * @throws dev.alinea.users.AccessDeniedException when the user may not edit the project
     */
    public EditResult decide(long projectId, Map<String, @Nullable DivergenceDecision> decisions, String description) {
        return newChange(projectId, (alignment, revision) -> {
            Map<String, DivergenceDecision> current = repository.decisions(projectId);
            List<DecisionEdit> edits = new ArrayList<>();
            decisions.forEach((key, decision) -> {
                if (!java.util.Objects.equals(current.get(key), decision)) {
                    edits.add(new DecisionEdit(key, current.get(key), decision));
                }
            });
            if (edits.isEmpty()) {
                throw new EditRefusedException("That is decided already: nothing was changed.");
            }
            return Change.decisions(description, edits);
        });
    }

    /** The project's latest changes, newest first: at most 1,000 (see {@link #history(long, int, int)} for all). */
    public List<HistoryEntry> history(long projectId) {
        return history(projectId, 0, HISTORY_SHOWN);
    }

    /** The project's changes, newest first, from the {@code offset}-th (0 is the latest) on, at most {@code limit}. */
    public List<HistoryEntry> history(long projectId, int offset, int limit) {
        access.checkRead(projectId);
        return repository.history(projectId, offset, limit);
    }

    /** How many changes the project's history holds, undone ones included. */
    public int historyCount(long projectId) {
        access.checkRead(projectId);
        return repository.countHistory(projectId);
    }

    /** The change undo would take back, if any. */
    public Optional<HistoryEntry> nextUndo(long projectId) {
        access.checkRead(projectId);
        return repository.latestDone(projectId);
    }

    /** The change redo would make again, if any. */
    public Optional<HistoryEntry> nextRedo(long projectId) {
        access.checkRead(projectId);
        return repository.earliestUndone(projectId);
    }

    // ---- a new project -------------------------------------------------------------------------

    /**
     * Stores a new project's first alignment, in the caller's transaction: rows in this order, with
     * their statuses ({@code statuses.get(k)} for row k). The project and its documents' segments
     * are stored already; there is no history yet.
     *
     * @throws dev.alinea.users.AccessDeniedException unless the caller is an administrator
     */
    @Transactional
    public void storeAlignment(long projectId, List<Row> rows, List<RowStatus> statuses) {
        storeAlignment(projectId, rows, statuses, List.of());
    }

    /**
     * As {@link #storeAlignment(long, List, List)}, with the links the aligner found.
     *
     * @param links links between sentences, their indexes counting every sentence of each document
     */
    @Transactional
    public void storeAlignment(long projectId, List<Row> rows, List<RowStatus> statuses, List<Link> links) {
        access.checkAdmin("create projects");
        repository.insertRows(projectId, rows, statuses);
        repository.insertLinks(projectId, links.stream().map(ReviewLink::found).toList());
    }

    // ---- changing -----------------------------------------------------------------------------

    /**
     * Makes one operation on the alignment, e.g. {@code (alignment, row) -> alignment.mergeWithNext(row)}.
     *
     * @param seen the rows the reviewer saw and acts on, first the row the operation is for, then
     *        any row it also changes, in order (e.g. the row below, for a merge with the next row)
     * @param operation given the alignment and the index of the first seen row, works out the change
     * @throws EditRefusedException when the operation cannot be made or a seen row has changed since
     */
    public EditResult edit(long projectId, List<RowRef> seen, BiFunction<ReviewAlignment, Integer, Change> operation) {
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("An edit names at least the row it is for");
        }
        return newChange(projectId, (alignment, revision) -> {
            checkSeen(alignment, seen);
            return operation.apply(alignment, alignment.indexOf(seen.getFirst().id()));
        });
    }

    /**
     * Takes back the latest change.
     *
     * @param expected the id of the history entry the reviewer means to undo; null for whichever is latest
     * @throws EditRefusedException when there is nothing to undo or the latest change is another
     */
    public EditResult undo(long projectId, Long expected) {
        return change(projectId, (alignment, revision) -> {
            HistoryEntry entry = repository.latestDone(projectId).orElseThrow(() -> new EditRefusedException("There is nothing to undo."));
            if (expected != null && entry.id() != expected) {
                throw new EditRefusedException("The latest change is now \"" + entry.description()
                        + "\", made in another window. Nothing was undone; undo again to take it back.");
            }
            return new Step(entry.id(), true, parse(entry.id()).inverse());
        });
    }

    /**
     * Makes the latest undone change again.
     *
     * @param expected the id of the history entry the reviewer means to redo; null for whichever is next
     */
    public EditResult redo(long projectId, Long expected) {
        return change(projectId, (alignment, revision) -> {
            HistoryEntry entry = repository.earliestUndone(projectId).orElseThrow(() -> new EditRefusedException("There is nothing to redo."));
            if (expected != null && entry.id() != expected) {
                throw new EditRefusedException("The change to redo is now \"" + entry.description()
                        + "\", after changes in another window. Nothing was redone.");
            }
            return new Step(entry.id(), false, parse(entry.id()).touchingAll());
        });
    }

    /**
     * Re-runs the aligner on the stretches between confirmed rows, which stay as they are. The
     * aligner runs on a copy, without holding up other readers; the result is stored only if the
     * project has not changed meanwhile.
     *
     * @param progress told the share of the work done, from 0 to 1
     * @throws EditRefusedException when every row is confirmed, or the project changed while re-aligning
     */
    public EditResult realign(long projectId, DoubleConsumer progress) {
        return realign(projectId, NameLexicon.EMPTY, progress);
    }

    /**
     * As {@link #realign(long, DoubleConsumer)}, the renderings of the project's name list counting
     * as evidence that sentences correspond (吴恩达 = Andrew Ng).
     */
    public EditResult realign(long projectId, NameLexicon names, DoubleConsumer progress) {
        access.checkEdit(projectId);
        long[] revision = new long[1];
        ReviewAlignment copy = read(projectId, (alignment, state) -> {
            revision[0] = state.revision;
            return alignment.copy();
        });
        int pivot = repository.pivot(projectId);
        MultiAligner withNames = names.size() == 0 ? aligner : new MultiAligner((first, second) -> Aligners.forPair(first, second, names));
        Change change = logged(projectId, "re-alignment", () -> new Realigner(withNames, pivot).realign(copy, progress));
        return newChange(projectId, (alignment, current) -> {
            if (current != revision[0]) {
                throw new EditRefusedException("The project was changed while it was being re-aligned: nothing was re-aligned. "
                        + "Re-align again to include the latest edits.");
            }
            return change;
        });
    }

    /** As {@link #realign(long, NameLexicon, DoubleConsumer)}, on a thread of its own; the future fails with the refusal, if any. */
    public CompletableFuture<EditResult> realignInBackground(long projectId, NameLexicon names, DoubleConsumer progress) {
        access.checkEdit(projectId);
        return CompletableFuture.supplyAsync(() -> realign(projectId, names, progress), background);
    }

    /** Works out a change for the alignment at a revision. */
    @FunctionalInterface
    private interface Operation {
        Change work(ReviewAlignment alignment, long revision);
    }

    /** A change and the history entry it undoes or redoes ({@link #NEW}: none, it is a new change). */
    private record Step(long entry, boolean undo, Change change) {
        static final long NEW = -1;
    }

    @FunctionalInterface
    private interface StepOperation {
        Step work(ReviewAlignment alignment, long revision);
    }

    /** Makes a new change (not an undo or redo). */
    private EditResult newChange(long projectId, Operation operation) {
        return change(projectId, (alignment, revision) -> new Step(Step.NEW, false, operation.work(alignment, revision)));
    }

    private EditResult change(long projectId, StepOperation operation) {
        String author = access.checkEdit(projectId).name();
        ProjectState state = state(projectId);
        EditResult result;
        synchronized (state) {
            Committed committed = transactions.execute(status -> {
                long current = repository.lockRevision(projectId).orElseThrow(() -> noProject(projectId));
                ReviewAlignment alignment = alignment(state, projectId, current);
                Step step = logged(projectId, "change", () -> operation.work(alignment, current));
                return commit(projectId, alignment, step, current + 1, author);
            });
            afterCommit.run();
            remember(state, projectId, committed);
            result = new EditResult(committed.revision(), committed.applied().description(), committed.applied().firstRow());
        }
        events.publish(projectId, result.revision());
        return result;
    }

    /** A stored change, and the alignment (as it was before the change) it was worked out on. */
    private record Committed(long revision, Change applied, ReviewAlignment alignment) {
    }

    /**
     * Brings memory up to date after a change committed. The change is applied to the very
     * alignment it was worked out on, held here: the cache may have been dropped meanwhile, and a
     * fresh read would already hold the change. The change is stored whatever happens here, so a
     * failure only makes the next reader read the project again; it is not the reviewer's error.
     */
    private void remember(ProjectState state, long projectId, Committed committed) {
        try {
            committed.alignment().apply(committed.applied());
            state.alignment = new SoftReference<>(committed.alignment());
            state.revision = committed.revision();
        } catch (RuntimeException e) {
            state.alignment = new SoftReference<>(null);
            state.revision = -1;
            log.warn("Change {} of project {} is stored but could not be applied in memory; the project will be read again",
                    committed.revision(), projectId, e);
        }
    }

    /** Runs the work of a change, logging a refusal (INFO, with its reason) or a failure (ERROR, with the stack trace). */
    private static <T> T logged(long projectId, String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (EditRefusedException e) {
            log.info("Project {}: {} refused: {}", projectId, what, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.error("Project {}: {} failed", projectId, what, e);
            throw e;
        }
    }

    private Committed commit(long projectId, ReviewAlignment alignment, Step step, long revision, String author) {
        Change change = step.change();
        Change stamped = change.stamped(revision);
        Long predecessor = change.firstRow() > 0 ? alignment.row(change.firstRow() - 1).id() : null;
        int next = change.firstRow() + change.before().size();
        Long successor = next < alignment.rowCount() ? alignment.row(next).id() : null;
        Map<Long, Long> ids = repository.store(projectId, stamped, predecessor, successor);
        repository.storeDecisions(projectId, change.decisionEdits());
        Change recorded = change.withRowIds(id -> ids.getOrDefault(id, id));
        if (step.entry() == Step.NEW) {
            repository.deleteUndone(projectId);
            repository.insertEntry(projectId, revision, clock.instant(), author, change.description(), ChangeCodec.write(recorded));
        } else {
            repository.markUndone(step.entry(), step.undo(), clock.instant());
        }
        repository.setRevision(projectId, revision);
        return new Committed(revision, stamped.withRowIds(id -> ids.getOrDefault(id, id)), alignment);
    }

    private Change parse(long entryId) {
        return ChangeCodec.read(repository.changeData(entryId), "history entry " + entryId);
    }

    private static void checkSeen(ReviewAlignment alignment, List<RowRef> seen) {
        int previous = -1;
        for (RowRef ref : seen) {
            int index = alignment.indexOf(ref.id());
            if (index < 0 || alignment.row(index).version() != ref.version() || (previous >= 0 && index != previous + 1)) {
                throw new EditRefusedException(STALE);
            }
            previous = index;
        }
    }

    // ---- the alignment in memory --------------------------------------------------------------

    @FunctionalInterface
    private interface Reader<T> {
        T read(ReviewAlignment alignment, ProjectState state);
    }

    private <T> T read(long projectId, Reader<T> reader) {
        access.checkRead(projectId);
        ProjectState state = state(projectId);
        synchronized (state) {
            long revision = repository.revision(projectId).orElseThrow(() -> noProject(projectId));
            return reader.read(alignment(state, projectId, revision), state);
        }
    }

    /** For tests: runs {@code hook} after each change commits, before the alignment in memory is brought up to date. */
    void afterEachCommit(Runnable hook) {
        afterCommit = hook;
    }

    /** For tests: runs {@code hook} as each search starts on its copy of the rows. */
    void beforeEachSearch(Runnable hook) {
        beforeSearch = hook;
    }

    /** For tests: drops the project's alignment from memory, as the garbage collector may at any time. */
    void forgetAlignment(long projectId) {
        state(projectId).alignment.clear();
    }

    /** Lets go of what memory holds of a project that has been deleted. */
    public void forget(long projectId) {
        states.remove(projectId);
    }

    private ProjectState state(long projectId) {
        return states.computeIfAbsent(projectId, id -> new ProjectState());
    }

    /** The alignment at this revision, read from the database unless memory holds it. Called holding the state's monitor. */
    private ReviewAlignment alignment(ProjectState state, long projectId, long revision) {
        ReviewAlignment alignment = state.alignment.get();
        if (alignment == null || state.revision != revision) {
            alignment = repository.load(projectId);
            state.alignment = new SoftReference<>(alignment);
            state.revision = revision;
        }
        return alignment;
    }

    @FunctionalInterface
    private interface FilteredReader<T> {
        T read(ReviewAlignment alignment, int[] matching);
    }

    /** What the lock gave: the answer from rows found before, or a copy of the alignment to search. */
    private record Lookup<T>(@Nullable T answer, @Nullable ReviewAlignment copy, long revision) {
    }

    /**
     * Reads the rows a filter lets through. A search the project has not answered at this revision
     * runs on a copy of the alignment, not holding the project's lock, so that however long it
     * takes (up to {@link #SEARCH_TIME_LIMIT}) nobody's edit waits for it; what it found is kept
     * for the next page of the same search.
     */
    private <T> T readFiltered(long projectId, RowFilter filter, FilteredReader<T> reader) {
        ProjectState state = state(projectId);
        Lookup<T> lookup = read(projectId, (alignment, held) -> {
            Matches found = held.matches;
            return found != null && found.filter().equals(filter) && found.revision() == held.revision
                    ? new Lookup<>(reader.read(alignment, found.rows()), null, held.revision)
                    : new Lookup<T>(null, alignment.copy(), held.revision);
        });
        ReviewAlignment copy = lookup.copy();
        if (copy == null) {
            return lookup.answer();
        }
        beforeSearch.run();
        int[] matching = matching(copy, filter);
        synchronized (state) {
            if (state.revision == lookup.revision()) {
                state.matches = new Matches(filter, lookup.revision(), matching);
            }
        }
        return reader.read(copy, matching);
    }

    private static int[] matching(ReviewAlignment alignment, RowFilter filter) {
        Predicate<String> text = filter.textMatcher();
        long deadline = System.nanoTime() + SEARCH_TIME_LIMIT.toNanos();
        return java.util.stream.IntStream.range(0, alignment.rowCount()).filter(r -> {
            if ((r & 255) == 255 && System.nanoTime() - deadline > 0) {
                throw new dev.alinea.problem.UserErrorException("The search took longer than " + SEARCH_TIME_LIMIT.toSeconds()
                        + " seconds and was stopped: search for something more specific.");
            }
            ReviewRow row = alignment.row(r);
            if (!filter.accepts(row.id(), row.status(), row.confidence())) {
                return false;
            }
            if (text == null) {
                return true;
            }
            for (int d = 0; d < alignment.languages().size(); d++) {
                List<String> sentences = alignment.cell(r, d).stream().map(ReviewSegment::text).toList();
                if (!sentences.isEmpty() && text.test(Languages.of(alignment.languages().get(d)).join(sentences))) {
                    return true;
                }
            }
            return false;
        }).toArray();
    }

    static AlignedRow alignedRow(ReviewAlignment alignment, int index) {
        ReviewRow row = alignment.row(index);
        List<List<String>> cells = new ArrayList<>();
        List<List<Boolean>> excluded = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        for (int d = 0; d < row.cells().size(); d++) {
            SegmentRange range = row.cell(d);
            List<ReviewSegment> segments = alignment.cell(index, d);
            cells.add(segments.stream().map(ReviewSegment::text).toList());
            excluded.add(segments.stream().map(ReviewSegment::excluded).toList());
            firsts.add(range.start());
        }
        return new AlignedRow(index, cells, row.confidence(), row.status(), excluded, firsts, row.id(), row.version());
    }

    private static NoSuchElementException noProject(long projectId) {
        return new NoSuchElementException("There is no project with id " + projectId);
    }
}
