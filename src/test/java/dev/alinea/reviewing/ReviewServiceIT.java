package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.ReviewService.EditResult;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.users.ProjectAccess;

/** Review against a real H2 database: changes, history, undo and redo, stale views, re-alignment. */
class ReviewServiceIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcReviewRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProjectEvents events;

    @Autowired
    ProjectAccess access;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long newProject() {
        return projects.createProject("Review", List.of(
                new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN)),
                new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
    }

    private List<AlignedRow> all(long id) {
        return projects.rows(id, 0, Integer.MAX_VALUE);
    }

    private RowRef ref(long id, int position) {
        return RowRef.of(reviews.row(id, position).orElseThrow());
    }

    /** What a reader who has not seen the project before gets: the rows read afresh from the database. */
    private List<AlignedRow> fromDatabase(long id) {
        return new ReviewService(repository, transactions, events, Clock.systemUTC(), access).rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
    }

    @Test
    void aChangeIsStoredWithItsHistoryEntryAndUndoRedoWalkIt() {
        long id = newProject();
        List<AlignedRow> before = all(id);

        reviews.edit(id, List.of(ref(id, 3), ref(id, 4)), (alignment, row) -> alignment.mergeWithNext(row));

        assertThat(all(id)).hasSize(before.size() - 1);
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        assertThat(reviews.history(id)).extracting(HistoryEntry::description).containsExactly("Merged rows 4 and 5");
        assertThat(reviews.history(id).getFirst().madeAt()).isNotNull();

        reviews.undo(id, null);
        assertThat(texts(all(id))).isEqualTo(texts(before));
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        assertThat(reviews.history(id).getFirst().undone()).isTrue();

        reviews.redo(id, null);
        assertThat(all(id)).hasSize(before.size() - 1);
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        assertThatThrownBy(() -> reviews.redo(id, null)).isInstanceOf(EditRefusedException.class).hasMessage("There is nothing to redo.");
    }

    @Test
    void rowsPutBetweenTheSameTwoRowsAgainAndAgainKeepTheirOrderInTheDatabase() {
        long id = projects.importTmx("sixty.tmx", dev.alinea.SyntheticTmx.units(60));
        for (int k = 0; k < 40; k++) {
            reviews.edit(id, List.of(ref(id, 0), ref(id, 1)), (alignment, row) -> alignment.mergeWithNext(row));
        }
        int sentences = reviews.row(id, 0).orElseThrow().cells().get(0).size();
        assertThat(sentences).isEqualTo(41);

        // Each split puts a row just after row 1, between it and the row split off before: the gap
        // between their keys halves every time, until (after 20 times) the keys are spread out again.
        for (int k = sentences - 1; k > 0; k--) {
            int last = k;
            reviews.edit(id, List.of(ref(id, 0)), (alignment, row) -> alignment.split(row, 0, last));
        }

        assertThat(fromDatabase(id)).isEqualTo(all(id));
        assertThat(all(id).subList(0, sentences)).extracting(row -> row.cells().get(0).size()).containsOnly(1);
    }

    /** Issue 16: a search runs without the project's lock, so that a long one (up to its time limit) holds up nobody's edit. */
    @Test
    void anEditIsMadeWhileASearchIsStillRunning() throws Exception {
        long id = newProject();
        ReviewService service = new ReviewService(repository, transactions, events, Clock.systemUTC(), access);
        var edited = new java.util.concurrent.CountDownLatch(1);
        var editor = java.util.concurrent.Executors.newSingleThreadExecutor();
        List<AlignedRow> rows = service.rows(id, RowFilter.ALL, 0, 2);
        int before = service.count(id, RowFilter.ALL);
        var everyRow = new RowFilter(false, null, ".", true, null);
        service.beforeEachSearch(() -> {
            // the search waits, mid-way, for an edit made meanwhile by someone else
            editor.submit(() -> service.edit(id, List.of(RowRef.of(rows.get(0)), RowRef.of(rows.get(1))), (a, row) -> a.mergeWithNext(row)));
            try {
                assertThat(edited.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the edit was made while the search ran").isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        service.afterEachCommit(edited::countDown);

        int found = service.count(id, everyRow);
        service.beforeEachSearch(() -> {
        });

        editor.shutdown();
        assertThat(found).as("the search read the rows as they were when it started").isEqualTo(before);
        assertThat(service.count(id, everyRow)).as("searching again finds the rows as they are now").isEqualTo(before - 1);
    }

    /**
     * Issue 16: an edit locks the project against other edits only; a long transaction that adds
     * to the project (a name list import) does not hold it up. (On PostgreSQL, SELECT ... FOR
     * UPDATE waited for every transaction that had inserted a row referring to the project.)
     */
    @Test
    void anEditIsNotHeldUpByATransactionAddingNamesToTheProject() throws Exception {
        long id = newProject();
        var inserted = new java.util.concurrent.CountDownLatch(1);
        var edited = new java.util.concurrent.CountDownLatch(1);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        var importing = threads.submit(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql(dev.alinea.storage.Statements.INSERT_NAME_ENTRY).params(id, "CONFIRMED").update();
            inserted.countDown();
            try {
                edited.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(inserted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        var edit = threads.submit(() -> reviews.edit(id, List.of(ref(id, 0), ref(id, 1)), (alignment, row) -> alignment.mergeWithNext(row)));

        assertThat(edit.get(5, java.util.concurrent.TimeUnit.SECONDS).description()).isEqualTo("Merged rows 1 and 2");
        edited.countDown();
        importing.get(10, java.util.concurrent.TimeUnit.SECONDS);
        threads.shutdown();
    }

    @Test
    void aChangeIsReportedDoneAndPublishedEvenWhenMemoryDropsTheAlignmentAsItCommits() throws Exception {
        long id = newProject();
        ReviewService service = new ReviewService(repository, transactions, events, Clock.systemUTC(), access);
        List<AlignedRow> before = service.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        service.afterEachCommit(() -> service.forgetAlignment(id));
        var published = new java.util.concurrent.CompletableFuture<Long>();
        EditResult result;
        try (ProjectEvents.Subscription subscription = events.subscribe(id, published::complete)) {
            result = service.edit(id, List.of(RowRef.of(before.get(3)), RowRef.of(before.get(4))),
                    (alignment, row) -> alignment.mergeWithNext(row));
            assertThat(published.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(result.revision());
        }

        assertThat(result.description()).isEqualTo("Merged rows 4 and 5");
        assertThat(service.history(id)).extracting(HistoryEntry::description).containsExactly("Merged rows 4 and 5");
        List<AlignedRow> after = service.rows(id, RowFilter.ALL, 0, Integer.MAX_VALUE);
        assertThat(after).hasSize(before.size() - 1).isEqualTo(fromDatabase(id));
        assertThat(after.get(3).cells().get(0)).hasSize(before.get(3).cells().get(0).size() + before.get(4).cells().get(0).size());
    }

    @Test
    void anEditBasedOnAStaleViewIsRefusedAndChangesNothing() {
        long id = newProject();
        RowRef seenInTheFirstWindow = ref(id, 2);
        reviews.edit(id, List.of(ref(id, 2)), (alignment, row) -> alignment.confirm(row));
        long revision = reviews.revision(id);
        List<AlignedRow> now = all(id);

        assertThatThrownBy(() -> reviews.edit(id, List.of(seenInTheFirstWindow), (alignment, row) -> alignment.split(row, 0, 0)))
                .isInstanceOf(EditRefusedException.class).hasMessage(ReviewService.STALE);
        assertThat(reviews.revision(id)).isEqualTo(revision);
        assertThat(all(id)).isEqualTo(now);
    }

    @Test
    void undoingAChangeSomeoneElseMadeSinceIsRefused() {
        long id = newProject();
        reviews.edit(id, List.of(ref(id, 0)), (alignment, row) -> alignment.confirm(row));
        long mine = reviews.nextUndo(id).orElseThrow().id();
        reviews.edit(id, List.of(ref(id, 1)), (alignment, row) -> alignment.confirm(row));

        assertThatThrownBy(() -> reviews.undo(id, mine)).isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("The latest change is now \"Confirmed row 2\", made in another window.");
    }

    @Test
    void randomChangesUndoneAndRedoneLeaveTheDatabaseAsTheScreenShowsIt() {
        long id = newProject();
        List<AlignedRow> start = all(id);
        Random random = new Random(7);
        int made = 0;
        for (int step = 0; step < 60; step++) {
            int position = random.nextInt(all(id).size());
            int document = random.nextInt(3);
            try {
                reviews.edit(id, List.of(ref(id, position)), (alignment, row) -> switch (random.nextInt(8)) {
                    case 0 -> alignment.mergeWithNext(row);
                    case 1 -> alignment.split(row, document, 0);
                    case 2 -> alignment.shiftUp(row, document);
                    case 3 -> alignment.shiftDown(row, document);
                    case 4 -> alignment.insertEmptyCell(row, document);
                    case 5 -> alignment.splitSegment(row, document, 0, 5);
                    case 6 -> alignment.joinSegments(row, document, 0);
                    default -> alignment.confirm(row);
                });
                made++;
            } catch (EditRefusedException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
        assertThat(made).isGreaterThan(20);
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        for (int k = 0; k < made; k++) {
            reviews.undo(id, null);
        }
        assertThat(texts(all(id))).isEqualTo(texts(start));
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        for (int k = 0; k < made; k++) {
            reviews.redo(id, null);
        }
        assertThat(fromDatabase(id)).isEqualTo(all(id));
    }

    @Test
    void reAlignmentKeepsConfirmedRowsExactlyAndRedoesTheRest() {
        long id = newProject();
        reviews.edit(id, List.of(ref(id, 5)), (alignment, row) -> alignment.confirm(row));
        AlignedRow confirmed = reviews.row(id, 5).orElseThrow();
        for (int k = 0; k < 4; k++) {
            reviews.edit(id, List.of(ref(id, 8)), (alignment, row) -> alignment.mergeWithNext(row));
        }
        int messed = all(id).size();
        List<Double> progress = new ArrayList<>();

        List<AlignedRow> before = all(id);

        reviews.realign(id, progress::add);

        assertThat(all(id).size()).isNotEqualTo(messed);
        assertThat(all(id).stream().mapToInt(row -> row.cells().stream().mapToInt(List::size).sum()).max().orElseThrow())
                .as("the four merges are undone: no row holds as many sentences as the merged one")
                .isLessThan(before.stream().mapToInt(row -> row.cells().stream().mapToInt(List::size).sum()).max().orElseThrow());
        AlignedRow after = all(id).stream().filter(row -> row.id() == confirmed.id()).findFirst().orElseThrow();
        // the same row, its sentences, status and version; only its place moves with the rows re-aligned before it
        assertThat(after).usingRecursiveComparison().ignoringFields("position").isEqualTo(confirmed);
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(fromDatabase(id)).isEqualTo(all(id));
        assertThat(reviews.history(id).getFirst().description()).isEqualTo("Re-aligned 2 unconfirmed stretches");
    }

    @Test
    void countsTellConfirmedAndUnconfirmedRowsAndFiltersSelectRows() {
        long id = newProject();
        reviews.edit(id, List.of(ref(id, 3)), (alignment, row) -> alignment.confirmUpTo(row));

        ReviewCounts counts = reviews.counts(id);
        assertThat(counts.confirmed()).isEqualTo(4);
        assertThat(counts.unconfirmed()).isEqualTo(all(id).size() - 4);
        assertThat(reviews.count(id, new RowFilter(true, null, null, false, null))).isEqualTo(counts.unconfirmed());
        assertThat(reviews.rows(id, new RowFilter(false, null, "wu enda", false, null), 0, 10))
                .allSatisfy(row -> assertThat(String.join(" ", row.cells().get(1))).containsIgnoringCase("Wu Enda")).isNotEmpty();
        assertThat(reviews.count(id, new RowFilter(false, null, "Andrew\\s+Ng|吴恩达", true, null))).isPositive();
        assertThat(reviews.rows(id, new RowFilter(false, 0.5, null, false, null), 0, 100)).allSatisfy(row -> assertThat(row.confidence()).isLessThan(0.5));
        assertThat(reviews.rows(id, new RowFilter(true, null, null, false, null), 0, 100)).allSatisfy(row -> assertThat(row.status()).isEqualTo(RowStatus.ALIGNED));
        assertThatThrownBy(() -> new RowFilter(false, null, "(", true, null)).hasMessageStartingWith("Not a regular expression: Unclosed group");
    }

    private static List<List<List<String>>> texts(List<AlignedRow> rows) {
        return rows.stream().map(AlignedRow::cells).toList();
    }
}
