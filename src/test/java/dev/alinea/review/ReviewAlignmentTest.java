package dev.alinea.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.alinea.align.SegmentRange;

class ReviewAlignmentTest {

    /** Three documents of four sentences, aligned 1-1-1 in four rows. */
    private static ReviewAlignment fourByThree() {
        List<String> languages = List.of("en", "id", "zh");
        List<List<ReviewSegment>> segments = new ArrayList<>();
        for (String language : languages) {
            segments.add(sentences(language, 4));
        }
        List<ReviewRow> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            rows.add(new ReviewRow(100 + r, List.of(new SegmentRange(r, r + 1), new SegmentRange(r, r + 1), new SegmentRange(r, r + 1)),
                    0.9, RowStatus.ALIGNED, 1));
        }
        return new ReviewAlignment(languages, segments, rows);
    }

    private static List<ReviewSegment> sentences(String language, int count) {
        List<ReviewSegment> segments = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < count; s++) {
            String text = language + " sentence " + s + ".";
            segments.add(new ReviewSegment(text, offset, offset + text.length(), false));
            offset += text.length() + 1;
        }
        return segments;
    }

    /** Applies a change stamped as the service would, and returns it. */
    private static Change apply(ReviewAlignment alignment, Change change, long version) {
        Change stamped = change.stamped(version);
        alignment.apply(stamped);
        alignment.checkInvariant();
        return stamped;
    }

    private static List<String> cellTexts(ReviewAlignment alignment, int row, int document) {
        return alignment.cell(row, document).stream().map(ReviewSegment::text).toList();
    }

    @Test
    void anEditThatWouldMakeACellHugeIsRefusedWithTheLimits() {
        ReviewAlignment alignment = fourByThree();

        assertThatThrownBy(() -> alignment.replaceSegments(0, 0, List.of("x".repeat(5_000_000)), "Edited"))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("The English text of row 1 would hold 5,000,000 characters in 1 sentences: a cell holds at most 20,000 characters in 500 sentences.");
        assertThatThrownBy(() -> alignment.replaceSegments(0, 0, IntStream.range(0, 20_000).mapToObj(i -> "line " + i).toList(), "Edited"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("in 20,000 sentences");
        assertThat(alignment.replaceSegments(0, 0, List.of("y".repeat(20_000)), "Edited").after().getFirst().cells()).isNotEmpty();
    }

    @Test
    void mergingWithTheNextRowJoinsEveryColumn() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.mergeWithNext(1), 2);

        assertThat(alignment.rowCount()).isEqualTo(3);
        assertThat(cellTexts(alignment, 1, 0)).containsExactly("en sentence 1.", "en sentence 2.");
        assertThat(cellTexts(alignment, 1, 2)).containsExactly("zh sentence 1.", "zh sentence 2.");
        assertThat(alignment.row(1).id()).isEqualTo(101);
        assertThat(alignment.row(1).version()).isEqualTo(2);
    }

    @Test
    void mergingTheLastRowWithTheNextIsRefused() {
        ReviewAlignment alignment = fourByThree();

        assertThatThrownBy(() -> alignment.mergeWithNext(3)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Row 4 is the last row: there is no next row to merge it with.");
        assertThatThrownBy(() -> alignment.mergeWithPrevious(0)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Row 1 is the first row: there is no previous row to merge it with.");
    }

    @Test
    void splittingMovesTheTrailingSentencesOfOneCellToANewRowBelow() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.mergeWithNext(0), 2);

        Change split = apply(alignment, alignment.split(0, 1, 1), 3);

        assertThat(alignment.rowCount()).isEqualTo(4);
        assertThat(cellTexts(alignment, 0, 0)).containsExactly("en sentence 0.", "en sentence 1.");
        assertThat(cellTexts(alignment, 0, 1)).containsExactly("id sentence 0.");
        assertThat(cellTexts(alignment, 1, 1)).containsExactly("id sentence 1.");
        assertThat(cellTexts(alignment, 1, 0)).isEmpty();
        assertThat(split.description()).isEqualTo("Split the Indonesian text after sentence 1 off row 1");
    }

    @Test
    void splittingOffAWholeColumnMovesItToANewRow() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.split(2, 2, 0), 2);

        assertThat(alignment.rowCount()).isEqualTo(5);
        assertThat(cellTexts(alignment, 2, 2)).isEmpty();
        assertThat(cellTexts(alignment, 3, 2)).containsExactly("zh sentence 2.");
        assertThat(cellTexts(alignment, 3, 0)).isEmpty();
    }

    @Test
    void splittingOffTheOnlyTextOfARowIsRefused() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.split(2, 2, 0), 2);

        assertThatThrownBy(() -> alignment.split(3, 2, 0)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Row 4 holds only this Chinese text: splitting it off would leave the row empty.");
        assertThatThrownBy(() -> alignment.split(3, 0, 0)).hasMessage("Row 4 has no English text to split off.");
        assertThatThrownBy(() -> alignment.split(0, 0, 1)).hasMessage("Row 1 has no English sentence 2 to split at.");
    }

    @Test
    void shiftingUpMovesTheFirstSentenceOfACellIntoTheRowAbove() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.shiftUp(2, 1), 2);

        assertThat(cellTexts(alignment, 1, 1)).containsExactly("id sentence 1.", "id sentence 2.");
        assertThat(cellTexts(alignment, 2, 1)).isEmpty();
        assertThat(cellTexts(alignment, 2, 0)).containsExactly("en sentence 2.");
    }

    @Test
    void shiftingTheLastSentenceOfARowAwayRemovesTheEmptiedRow() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.split(1, 0, 0), 2);
        assertThat(alignment.rowCount()).isEqualTo(5);

        apply(alignment, alignment.shiftDown(2, 0), 3);

        assertThat(alignment.rowCount()).isEqualTo(4);
        assertThat(cellTexts(alignment, 2, 0)).containsExactly("en sentence 1.", "en sentence 2.");
    }

    @Test
    void shiftingPastTheEdgesIsRefused() {
        ReviewAlignment alignment = fourByThree();

        assertThatThrownBy(() -> alignment.shiftUp(0, 0)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Row 1 is the first row: there is no row above to shift the English sentence into.");
        assertThatThrownBy(() -> alignment.shiftDown(3, 1))
                .hasMessage("Row 4 is the last row: there is no row below to shift the Indonesian sentence into.");
    }

    @Test
    void insertingAnEmptyCellPushesTheColumnDownToTheNextGap() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.split(3, 1, 0), 2);
        // rows: 0..3 full, row 4 holds only "id sentence 3."; the Indonesian cell of row 3 is empty.

        apply(alignment, alignment.insertEmptyCell(1, 1), 3);

        assertThat(alignment.rowCount()).isEqualTo(5);
        assertThat(cellTexts(alignment, 1, 1)).isEmpty();
        assertThat(cellTexts(alignment, 2, 1)).containsExactly("id sentence 1.");
        assertThat(cellTexts(alignment, 3, 1)).containsExactly("id sentence 2.");
        assertThat(cellTexts(alignment, 4, 1)).containsExactly("id sentence 3.");
    }

    @Test
    void insertingAnEmptyCellWithoutAGapBelowAddsARowAtTheEnd() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.insertEmptyCell(2, 0), 2);

        assertThat(alignment.rowCount()).isEqualTo(5);
        assertThat(cellTexts(alignment, 2, 0)).isEmpty();
        assertThat(cellTexts(alignment, 4, 0)).containsExactly("en sentence 3.");
        assertThat(cellTexts(alignment, 4, 1)).isEmpty();
    }

    @Test
    void insertingAnEmptyCellThatWouldMoveAConfirmedRowIsRefused() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.confirm(3), 2);

        assertThatThrownBy(() -> alignment.insertEmptyCell(1, 0)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Inserting an empty English cell at row 2 would move the text of confirmed row 4: unconfirm it first.");
    }

    @Test
    void excludingAndIncludingASentenceKeepsItInItsRow() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.setExcluded(1, 2, 0, true), 2);

        assertThat(alignment.cell(1, 2).getFirst().excluded()).isTrue();
        assertThatThrownBy(() -> alignment.setExcluded(1, 2, 0, true)).hasMessage("This Chinese sentence of row 2 is excluded already.");
        apply(alignment, alignment.setExcluded(1, 2, 0, false), 3);
        assertThat(alignment.cell(1, 2).getFirst().excluded()).isFalse();
    }

    @Test
    void editingASentenceKeepsTheRowAndMarksItChanged() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.editSegment(0, 1, 0, "  Kalimat yang dibetulkan.  "), 7);

        assertThat(cellTexts(alignment, 0, 1)).containsExactly("Kalimat yang dibetulkan.");
        assertThat(alignment.row(0).version()).isEqualTo(7);
        assertThatThrownBy(() -> alignment.editSegment(0, 1, 0, "   ")).isInstanceOf(EditRefusedException.class)
                .hasMessage("The Indonesian text of row 1 can't be empty: exclude its sentences instead.");
    }

    @Test
    void splittingASentenceShiftsTheLaterRowsOfItsColumn() {
        ReviewAlignment alignment = fourByThree();

        apply(alignment, alignment.splitSegment(1, 0, 0, 3), 2);

        assertThat(cellTexts(alignment, 1, 0)).containsExactly("en", "sentence 1.");
        assertThat(alignment.segments(0)).hasSize(5);
        assertThat(alignment.row(2).cell(0)).isEqualTo(new SegmentRange(3, 4));
        assertThat(alignment.cell(1, 0).get(1).start()).isEqualTo(alignment.segments(0).get(0).text().length() + 1 + 3);
        assertThatThrownBy(() -> alignment.splitSegment(0, 0, 0, 0)).hasMessage("Split the English sentence inside its text, not at its edge.");
    }

    @Test
    void joiningSentencesOfACellMakesOneSentenceWrittenAsTheLanguageJoinsThem() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.mergeWithNext(0), 2);

        apply(alignment, alignment.joinSegments(0, 2, 0), 3);
        apply(alignment, alignment.joinSegments(0, 0, 0), 4);

        assertThat(cellTexts(alignment, 0, 2)).containsExactly("zh sentence 0.zh sentence 1.");
        assertThat(cellTexts(alignment, 0, 0)).containsExactly("en sentence 0. en sentence 1.");
        assertThat(alignment.segments(0)).hasSize(3);
        assertThatThrownBy(() -> alignment.joinSegments(0, 1, 1))
                .hasMessage("This is the last Indonesian sentence of row 1: merge the rows first to join it with the next one.");
    }

    @Test
    void confirmingUpToARowConfirmsEveryEarlierRowAndUnconfirmTakesItBack() {
        ReviewAlignment alignment = fourByThree();
        apply(alignment, alignment.confirm(1), 2);

        Change upTo = apply(alignment, alignment.confirmUpTo(2), 3);

        assertThat(alignment.rows()).extracting(ReviewRow::status)
                .containsExactly(RowStatus.CONFIRMED, RowStatus.CONFIRMED, RowStatus.CONFIRMED, RowStatus.ALIGNED);
        assertThat(alignment.row(1).version()).as("row 2 was confirmed already and is untouched").isEqualTo(2);
        assertThat(upTo.description()).isEqualTo("Confirmed rows 1 to 3");
        assertThatThrownBy(() -> alignment.confirm(0)).hasMessage("Row 1 is confirmed already.");
        apply(alignment, alignment.unconfirm(0), 4);
        assertThat(alignment.row(0).status()).isEqualTo(RowStatus.ALIGNED);
        assertThatThrownBy(() -> alignment.unconfirm(3)).hasMessage("Row 4 is not confirmed.");
    }

    @Test
    void undoingAChangeRestoresTheAlignmentExactlyAndRedoMakesItAgain() {
        ReviewAlignment alignment = fourByThree();
        ReviewAlignment original = alignment.copy();

        Change split = apply(alignment, alignment.splitSegment(2, 1, 0, 2), 2);
        ReviewAlignment afterSplit = alignment.copy();
        apply(alignment, split.inverse(), 3);

        assertThat(alignment.segments(1)).isEqualTo(original.segments(1));
        assertThat(alignment.rows()).extracting(ReviewRow::cells).isEqualTo(original.rows().stream().map(ReviewRow::cells).toList());
        assertThat(alignment.row(2).version()).as("a restored row is a new version").isEqualTo(3);
        apply(alignment, split.touchingAll(), 4);
        assertThat(alignment.segments(1)).isEqualTo(afterSplit.segments(1));
    }

    @Test
    void appliedToAnotherStateAChangeIsRejected() {
        ReviewAlignment alignment = fourByThree();
        Change merge = alignment.mergeWithNext(0);
        apply(alignment, merge, 2);

        assertThatThrownBy(() -> alignment.apply(merge)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Property: any sequence of operations, refused or not, keeps the invariant, and undoing the
     * made ones in reverse order gives back the starting alignment; redoing them gives the end.
     */
    @Test
    void randomOperationSequencesKeepTheInvariantAndUndoExactly() {
        int madeInAll = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            ReviewAlignment alignment = fourByThree();
            ReviewAlignment start = alignment.copy();
            List<Change> made = new ArrayList<>();
            long version = 2;
            for (int step = 0; step < 40; step++) {
                try {
                    Change change = randomOperation(alignment, random).stamped(version);
                    alignment.apply(change);
                    made.add(change);
                    version++;
                } catch (EditRefusedException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
                alignment.checkInvariant();
            }
            madeInAll += made.size();
            ReviewAlignment end = alignment.copy();
            for (Change change : made.reversed()) {
                alignment.apply(change.inverse().stamped(version++));
                alignment.checkInvariant();
            }
            assertSameContent(alignment, start, seed);
            for (Change change : made) {
                alignment.apply(change.touchingAll().stamped(version++));
            }
            assertSameContent(alignment, end, seed);
        }
        assertThat(madeInAll).as("operations made, not refused").isGreaterThan(2000);
    }

    private static void assertSameContent(ReviewAlignment actual, ReviewAlignment expected, long seed) {
        assertThat(actual.rows()).as("seed %d", seed).extracting(ReviewRow::cells).isEqualTo(expected.rows().stream().map(ReviewRow::cells).toList());
        assertThat(actual.rows()).as("seed %d", seed).extracting(ReviewRow::status).isEqualTo(expected.rows().stream().map(ReviewRow::status).toList());
        for (int d = 0; d < 3; d++) {
            assertThat(actual.segments(d)).as("seed %d", seed).isEqualTo(expected.segments(d));
        }
    }

    private static Change randomOperation(ReviewAlignment alignment, Random random) {
        int row = random.nextInt(alignment.rowCount() + 1) - (random.nextInt(10) == 0 ? 1 : 0);
        int document = random.nextInt(3);
        int offset = random.nextInt(3);
        return switch (random.nextInt(14)) {
            case 0 -> alignment.mergeWithNext(row);
            case 1 -> alignment.mergeWithPrevious(row);
            case 2 -> alignment.split(row, document, offset);
            case 3 -> alignment.shiftUp(row, document);
            case 4 -> alignment.shiftDown(row, document);
            case 5 -> alignment.insertEmptyCell(row, document);
            case 6 -> alignment.setExcluded(row, document, offset, random.nextBoolean());
            case 7 -> alignment.editSegment(row, document, offset, "edited " + random.nextInt(100));
            case 8 -> alignment.splitSegment(row, document, offset, 1 + random.nextInt(12));
            case 9 -> alignment.joinSegments(row, document, offset);
            case 10 -> alignment.confirm(row);
            case 11 -> alignment.confirmUpTo(row);
            case 12 -> alignment.unconfirm(row);
            default -> alignment.replaceSegments(row, document, IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> "line " + i).toList(), "Edited");
        };
    }
}
