package dev.alinea.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.align.Aligners;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.SegmentRange;

class RealignerTest {

    private static final List<List<String>> TEXTS = List.of(
            List.of("Li Lei joined ByteDance in 2016.", "He has published more than 40 papers.", "Andrew Ng left Baidu.", "Fei-Fei Li left Google."),
            List.of("Li Lei bergabung dengan ByteDance pada 2016.", "Ia telah menerbitkan lebih dari 40 makalah.", "Wu Enda meninggalkan Baidu.",
                    "Li Feifei meninggalkan Google."));

    private static List<ReviewSegment> segments(List<String> texts, int excluded) {
        List<ReviewSegment> segments = new ArrayList<>();
        for (int s = 0; s < texts.size(); s++) {
            segments.add(new ReviewSegment(texts.get(s), 0, 0, s == excluded));
        }
        return segments;
    }

    private static ReviewRow row(long id, int enStart, int enEnd, int idStart, int idEnd, RowStatus status) {
        return new ReviewRow(id, List.of(new SegmentRange(enStart, enEnd), new SegmentRange(idStart, idEnd)), 0.5, status, 1);
    }

    private static Change realign(ReviewAlignment alignment) {
        return new Realigner(new MultiAligner(Aligners::forPair), 0).realign(alignment, share -> { });
    }

    @Test
    void confirmedRowsAreNeverMoved() {
        // A reviewer confirmed an odd pairing: English 1 with Indonesian 1 and 2; the rest is badly aligned.
        ReviewRow confirmed = row(2, 1, 2, 1, 3, RowStatus.CONFIRMED);
        var alignment = new ReviewAlignment(List.of("en", "id"), List.of(segments(TEXTS.get(0), -1), segments(TEXTS.get(1), -1)),
                List.of(row(1, 0, 1, 0, 1, RowStatus.ALIGNED), confirmed, row(3, 2, 4, 3, 4, RowStatus.ALIGNED)));

        alignment.apply(realign(alignment).stamped(2));

        alignment.checkInvariant();
        assertThat(alignment.row(0).cells()).containsExactly(new SegmentRange(0, 1), new SegmentRange(0, 1));
        assertThat(alignment.row(1)).isEqualTo(confirmed);
        assertThat(alignment.rows().getLast().cells()).extracting(SegmentRange::end).containsExactly(4, 4);
    }

    @Test
    void excludedSentencesStayOutOfTheAlignmentInRowsOfTheirOwn() {
        // The Andrew Ng / Wu Enda sentences are excluded in both versions, as page clutter would be.
        var alignment = new ReviewAlignment(List.of("en", "id"), List.of(segments(TEXTS.get(0), 2), segments(TEXTS.get(1), 2)),
                List.of(row(1, 0, 4, 0, 4, RowStatus.ALIGNED)));

        alignment.apply(realign(alignment).stamped(2));

        alignment.checkInvariant();
        assertThat(alignment.rows()).extracting(ReviewRow::cells).containsExactly(
                List.of(new SegmentRange(0, 1), new SegmentRange(0, 1)), List.of(new SegmentRange(1, 2), new SegmentRange(1, 2)),
                List.of(new SegmentRange(2, 3), new SegmentRange(2, 3)), List.of(new SegmentRange(3, 4), new SegmentRange(3, 4)));
    }

    @Test
    void withEveryRowConfirmedThereIsNothingToRealign() {
        var alignment = new ReviewAlignment(List.of("en", "id"), List.of(segments(TEXTS.get(0), -1), segments(TEXTS.get(1), -1)),
                List.of(row(1, 0, 4, 0, 4, RowStatus.CONFIRMED)));

        assertThatThrownBy(() -> realign(alignment)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Every row is confirmed: there is nothing to re-align.");
    }

    @Test
    void overlappingRowsAreRefused() {
        assertThatThrownBy(() -> new ReviewAlignment(List.of("en", "en"), List.of(segments(List.of("a.", "b."), -1), segments(List.of("a.", "b."), -1)),
                List.of(row(1, 0, 2, 0, 1, RowStatus.CONFIRMED), row(2, 1, 2, 1, 2, RowStatus.CONFIRMED))))
                .isInstanceOf(IllegalStateException.class).hasMessage("Row 2 of document 0 starts at segment 1, expected 2");
    }

    @Test
    void progressMovesWithinOneStretchOfThreeVersions() {
        List<SegmentRange> all = List.of(new SegmentRange(0, 4), new SegmentRange(0, 4), new SegmentRange(0, 4));
        var alignment = new ReviewAlignment(List.of("en", "id", "id"),
                List.of(segments(TEXTS.get(0), -1), segments(TEXTS.get(1), -1), segments(TEXTS.get(1), -1)),
                List.of(new ReviewRow(1, all, 0.5, RowStatus.ALIGNED, 1)));
        List<Double> shares = new ArrayList<>();

        new Realigner(new MultiAligner(Aligners::forPair), 0).realign(alignment, shares::add);

        assertThat(shares).anySatisfy(share -> assertThat(share).isStrictlyBetween(0.0, 1.0));
        assertThat(shares).isSorted();
        assertThat(shares.getLast()).isEqualTo(1.0);
    }

    @Test
    void reAlignmentReplacesTheAlignersLinksInUnconfirmedStretchesAndKeepsTheReviewers() {
        ReviewRow confirmed = row(2, 1, 2, 1, 2, RowStatus.CONFIRMED);
        ReviewLink stale = new ReviewLink(0, 0, 1, 3, 0.4, LinkOrigin.AUTOMATIC);
        ReviewLink reviewers = new ReviewLink(0, 2, 1, 0, 1, LinkOrigin.REVIEWER);
        ReviewLink toConfirmed = new ReviewLink(0, 1, 1, 3, 0.6, LinkOrigin.AUTOMATIC);
        var alignment = new ReviewAlignment(List.of("en", "id"), List.of(segments(TEXTS.get(0), -1), segments(TEXTS.get(1), -1)),
                List.of(row(1, 0, 1, 0, 1, RowStatus.ALIGNED), confirmed, row(3, 2, 4, 2, 4, RowStatus.ALIGNED)),
                List.of(stale, reviewers, toConfirmed));

        Change change = realign(alignment);
        alignment.apply(change.stamped(2));

        assertThat(alignment.links()).containsExactly(toConfirmed, reviewers);
        alignment.apply(change.inverse());
        assertThat(alignment.links()).containsExactly(stale, toConfirmed, reviewers);
    }
}
