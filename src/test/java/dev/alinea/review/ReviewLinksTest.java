package dev.alinea.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.align.SegmentRange;

/** Links between sentences as a reviewer makes, moves and removes them, and as sentence edits carry them. */
class ReviewLinksTest {

    /** English and Chinese, five sentences each, aligned 1-1 in five rows. */
    private static ReviewAlignment fiveRows(List<ReviewLink> links) {
        List<String> languages = List.of("en", "zh");
        List<List<ReviewSegment>> segments = new ArrayList<>();
        for (String language : languages) {
            List<ReviewSegment> document = new ArrayList<>();
            int offset = 0;
            for (int s = 0; s < 5; s++) {
                String text = language + " sentence " + s + ".";
                document.add(new ReviewSegment(text, offset, offset + text.length(), false));
                offset += text.length() + 1;
            }
            segments.add(document);
        }
        List<ReviewRow> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            rows.add(new ReviewRow(100 + r, List.of(new SegmentRange(r, r + 1), new SegmentRange(r, r + 1)), 0.9, RowStatus.ALIGNED, 1));
        }
        return new ReviewAlignment(languages, segments, rows, links);
    }

    private static void apply(ReviewAlignment alignment, Change change) {
        alignment.apply(change.stamped(2));
        alignment.checkInvariant();
    }

    @Test
    void aReviewerLinksASentenceWithOneOfAnotherRowAndUndoTakesItBack() {
        ReviewAlignment alignment = fiveRows(List.of());

        Change change = alignment.link(0, 0, 0, 1, 3);
        apply(alignment, change);

        assertThat(change.description()).isEqualTo("Linked English sentence 1 and Chinese sentence 4");
        assertThat(alignment.links()).containsExactly(new ReviewLink(0, 0, 1, 3, 1, LinkOrigin.REVIEWER));
        assertThat(alignment.linksAt(1, 3)).hasSize(1);
        assertThat(alignment.rowOf(1, 3)).isEqualTo(3);
        apply(alignment, change.inverse());
        assertThat(alignment.links()).isEmpty();
    }

    @Test
    void aLinkFromTheOtherDocumentIsStoredWithItsDocumentsInOrder() {
        ReviewAlignment alignment = fiveRows(List.of());

        apply(alignment, alignment.link(4, 1, 0, 0, 1));

        assertThat(alignment.links()).containsExactly(new ReviewLink(0, 1, 1, 4, 1, LinkOrigin.REVIEWER));
    }

    @Test
    void linkingSentencesOfTheSameRowTwiceOrPastTheEndIsRefused() {
        ReviewAlignment alignment = fiveRows(List.of(new ReviewLink(0, 0, 1, 3, 0.7, LinkOrigin.AUTOMATIC)));

        assertThatThrownBy(() -> alignment.link(2, 0, 0, 1, 2)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Row 3 holds both sentences already: they need no link.");
        assertThatThrownBy(() -> alignment.link(3, 1, 0, 0, 0)).isInstanceOf(EditRefusedException.class)
                .hasMessage("These two sentences are linked already: English sentence 1 and Chinese sentence 4.");
        assertThatThrownBy(() -> alignment.link(0, 0, 0, 1, 5)).isInstanceOf(EditRefusedException.class)
                .hasMessage("There is no Chinese sentence 6: the Chinese version has 5.");
        assertThatThrownBy(() -> alignment.link(0, 0, 0, 0, 3)).isInstanceOf(EditRefusedException.class)
                .hasMessage("A link joins a sentence with a sentence of another version.");
    }

    @Test
    void movingALinkKeepsOneEndAndUndoPutsItBack() {
        ReviewLink found = new ReviewLink(0, 0, 1, 3, 0.7, LinkOrigin.AUTOMATIC);
        ReviewAlignment alignment = fiveRows(List.of(found));

        Change change = alignment.moveLink(found, 1, 4);
        apply(alignment, change);

        assertThat(alignment.links()).containsExactly(new ReviewLink(0, 0, 1, 4, 1, LinkOrigin.REVIEWER));
        assertThat(change.description()).isEqualTo("Moved the link of English sentence 1 to Chinese sentence 5");
        apply(alignment, change.inverse());
        assertThat(alignment.links()).containsExactly(found);
    }

    @Test
    void removingALinkIsUndoneExactlyAndAGoneLinkCannotBeRemoved() {
        ReviewLink found = new ReviewLink(0, 0, 1, 3, 0.7, LinkOrigin.AUTOMATIC);
        ReviewAlignment alignment = fiveRows(List.of(found));

        Change change = alignment.unlink(found);
        apply(alignment, change);

        assertThat(alignment.links()).isEmpty();
        assertThatThrownBy(() -> alignment.unlink(found)).isInstanceOf(EditRefusedException.class)
                .hasMessage("This link is not there any more: it was changed in another window.");
        apply(alignment, change.inverse());
        assertThat(alignment.links()).containsExactly(found);
    }

    @Test
    void splittingASentenceMovesTheLinksBehindItAndKeepsItsOwnOnTheFirstPart() {
        ReviewLink own = new ReviewLink(0, 1, 1, 4, 0.8, LinkOrigin.AUTOMATIC);
        ReviewLink behind = new ReviewLink(0, 3, 1, 0, 0.9, LinkOrigin.REVIEWER);
        ReviewAlignment alignment = fiveRows(List.of(own, behind));

        Change split = alignment.splitSegment(1, 0, 0, 6);
        apply(alignment, split);

        assertThat(alignment.links()).containsExactly(new ReviewLink(0, 1, 1, 4, 0.8, LinkOrigin.AUTOMATIC),
                new ReviewLink(0, 4, 1, 0, 0.9, LinkOrigin.REVIEWER));
        apply(alignment, split.inverse());
        assertThat(alignment.links()).containsExactly(own, behind);
    }

    @Test
    void joiningTwoLinkedSentencesKeepsOneLinkPerSentenceAcross() {
        ReviewAlignment alignment = fiveRows(List.of());
        apply(alignment, alignment.mergeWithNext(1));
        ReviewLink first = new ReviewLink(0, 1, 1, 4, 0.8, LinkOrigin.AUTOMATIC);
        ReviewLink second = new ReviewLink(0, 2, 1, 4, 0.6, LinkOrigin.AUTOMATIC);
        ReviewLink later = new ReviewLink(0, 3, 1, 0, 0.9, LinkOrigin.AUTOMATIC);
        alignment = new ReviewAlignment(alignment.languages(), List.of(alignment.segments(0), alignment.segments(1)), alignment.rows(),
                List.of(first, second, later));

        Change join = alignment.joinSegments(1, 0, 0);
        apply(alignment, join);

        assertThat(alignment.links()).containsExactly(first, new ReviewLink(0, 2, 1, 0, 0.9, LinkOrigin.AUTOMATIC));
        apply(alignment, join.inverse());
        assertThat(alignment.links()).containsExactly(first, second, later);
    }

    @Test
    void rewritingALinkedSentenceDropsItsLink() {
        ReviewLink own = new ReviewLink(0, 2, 1, 4, 0.8, LinkOrigin.AUTOMATIC);
        ReviewAlignment alignment = fiveRows(List.of(own));

        Change edit = alignment.editSegment(2, 0, 0, "Something else entirely.");
        apply(alignment, edit);

        assertThat(alignment.links()).isEmpty();
        apply(alignment, edit.inverse());
        assertThat(alignment.links()).containsExactly(own);
    }

    @Test
    void theInvariantRefusesALinkPastTheEndOfItsDocument() {
        assertThatThrownBy(() -> fiveRows(List.of(new ReviewLink(0, 5, 1, 0, 0.5, LinkOrigin.AUTOMATIC))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ends past its documents' sentences");
        assertThatThrownBy(() -> fiveRows(List.of(new ReviewLink(0, 1, 1, 0, 0.5, LinkOrigin.AUTOMATIC),
                new ReviewLink(0, 1, 1, 0, 1, LinkOrigin.REVIEWER)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("same sentences");
    }

    @Test
    void aChangeThatEditsLinkedSentencesWithoutTheirLinksIsRefusedWhenApplied() {
        ReviewAlignment alignment = fiveRows(List.of(new ReviewLink(0, 2, 1, 4, 0.8, LinkOrigin.AUTOMATIC)));
        ReviewAlignment unlinked = fiveRows(List.of());
        Change blind = unlinked.editSegment(2, 0, 0, "Other.");

        assertThatThrownBy(() -> alignment.apply(blind)).isInstanceOf(IllegalStateException.class).hasMessageContaining("without taking their links");
    }
}
