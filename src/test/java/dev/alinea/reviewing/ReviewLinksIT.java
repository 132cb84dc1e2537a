package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.users.ProjectAccess;

/** Links against a real H2 database: made, moved with the sentences, undone and redone, removed, deleted with the project. */
class ReviewLinksIT extends SharedLocalContext {

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
    JdbcClient jdbc;

    private long newProject() {
        return projects.createProject("Links", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
    }

    /** The links as a reader who has not seen the project before gets them: read afresh from the database. */
    private List<RowLink> fromDatabase(long id) {
        return new ReviewService(repository, transactions, events, Clock.systemUTC(), access).links(id);
    }

    /** The reviewer's links among the links a reader gets (the aligner links the article's moved facts too). */
    private static List<RowLink> byReviewer(List<RowLink> links) {
        return links.stream().filter(l -> l.link().origin() == LinkOrigin.REVIEWER).toList();
    }

    /** The first row with English text. */
    private int firstEnglishRow(long id) {
        return IntStream.range(0, projects.rowCount(id)).filter(r -> !reviews.row(id, r).orElseThrow().cells().get(0).isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void aLinkIsStoredMovesWithASplitSentenceBeforeItAndUndoRedoWalkIt() {
        long id = newProject();
        int row = firstEnglishRow(id);
        AlignedRow english = reviews.row(id, row).orElseThrow();
        int sentence = english.firstSegments().get(0);
        int chinese = projects.project(id).orElseThrow().documents().get(1).segmentCount() - 1;

        reviews.link(id, RowRef.of(english), 0, 0, 1, chinese);

        ReviewLink link = new ReviewLink(0, sentence, 1, chinese, 1, LinkOrigin.REVIEWER);
        assertThat(byReviewer(reviews.links(id))).extracting(RowLink::link).containsExactly(link);
        assertThat(fromDatabase(id)).isEqualTo(reviews.links(id));
        assertThat(byReviewer(reviews.links(id)).getFirst().row()).isEqualTo(row);

        // Split the Chinese sentence just before the linked one: the link moves with it, in memory and in the database.
        int before = chinese - 1;
        AlignedRow split = IntStream.range(0, projects.rowCount(id)).mapToObj(r -> reviews.row(id, r).orElseThrow())
                .filter(r -> r.firstSegments().get(1) <= before && before < r.firstSegments().get(1) + r.cells().get(1).size()).findFirst().orElseThrow();
        String text = split.cells().get(1).get(before - split.firstSegments().get(1));
        reviews.edit(id, List.of(RowRef.of(split)), (a, r) -> a.splitSegment(r, 1, before - split.firstSegments().get(1), text.length() / 2));

        ReviewLink moved = new ReviewLink(0, sentence, 1, chinese + 1, 1, LinkOrigin.REVIEWER);
        assertThat(byReviewer(reviews.links(id))).extracting(RowLink::link).containsExactly(moved);
        assertThat(fromDatabase(id)).isEqualTo(reviews.links(id));

        reviews.undo(id, null);
        assertThat(byReviewer(fromDatabase(id))).extracting(RowLink::link).containsExactly(link);
        reviews.undo(id, null);
        assertThat(byReviewer(fromDatabase(id))).isEmpty();
        reviews.redo(id, null);
        assertThat(byReviewer(fromDatabase(id))).extracting(RowLink::link).containsExactly(link);
        assertThat(reviews.history(id)).filteredOn(entry -> !entry.undone()).extracting(HistoryEntry::description).first()
                .isEqualTo("Linked English sentence " + (sentence + 1) + " and Chinese sentence " + (chinese + 1));
    }

    @Test
    void aRemovedLinkIsGoneForEveryReaderAndCannotBeRemovedTwice() {
        long id = newProject();
        AlignedRow english = reviews.row(id, firstEnglishRow(id)).orElseThrow();
        int chinese = projects.project(id).orElseThrow().documents().get(1).segmentCount() - 1;
        reviews.link(id, RowRef.of(english), 0, 0, 1, chinese);
        ReviewLink link = byReviewer(reviews.links(id)).getFirst().link();

        reviews.moveLink(id, link, 1, chinese - 1);
        ReviewLink moved = byReviewer(reviews.links(id)).getFirst().link();
        reviews.unlink(id, moved);

        assertThat(byReviewer(fromDatabase(id))).isEmpty();
        assertThatThrownBy(() -> reviews.unlink(id, moved)).isInstanceOf(EditRefusedException.class)
                .hasMessage("This link is not there any more: it was changed in another window.");
        reviews.undo(id, null);
        assertThat(byReviewer(fromDatabase(id))).extracting(RowLink::link).containsExactly(moved);
        assertThat(moved.otherSegment()).isEqualTo(chinese - 1);

        projects.delete(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM segment_link WHERE project_id = ?").param(id).query(Integer.class).single()).isZero();
    }
}
