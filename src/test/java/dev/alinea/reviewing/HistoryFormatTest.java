package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.alinea.align.SegmentRange;
import dev.alinea.problem.UserErrorException;
import dev.alinea.review.Change;
import dev.alinea.review.DecisionEdit;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.ReviewAlignment;
import dev.alinea.review.ReviewRow;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.review.SegmentEdit;
import dev.alinea.review.Verdict;

/**
 * The review history's stored changes of every format version stay readable: the committed
 * fixtures under {@code formats/vN/history} are the changes of {@link #OPERATIONS} made on
 * {@link #initial()}, written as the history stores them.
 */
class HistoryFormatTest {

    /** Each operation the review offers, in the order the fixtures were made; row and sentence indexes refer to the alignment as it is then. */
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("merge", a -> a.mergeWithNext(0)),
            new Operation("split", a -> a.split(0, 0, 1)),
            new Operation("shift-down", a -> a.shiftDown(0, 1)),
            new Operation("shift-up", a -> a.shiftUp(1, 1)),
            new Operation("insert-empty-cell", a -> a.insertEmptyCell(3, 2)),
            new Operation("exclude", a -> a.setExcluded(1, 0, 0, true)),
            new Operation("edit-sentence", a -> a.editSegment(2, 1, 0, "Ia telah menerbitkan lebih dari empat puluh makalah.")),
            new Operation("split-sentence", a -> a.splitSegment(2, 0, 0, 16)),
            new Operation("join-sentences", a -> a.joinSegments(2, 0, 0)),
            new Operation("replace-sentences", a -> a.replaceSegments(3, 0, List.of("He joined ByteDance", "in 2016."), "Edited the English of row 4")),
            new Operation("confirm", a -> a.confirm(0)),
            new Operation("confirm-up-to", a -> a.confirmUpTo(2)),
            new Operation("unconfirm", a -> a.unconfirm(1)));

    private record Operation(String name, Function<ReviewAlignment, Change> change) {
    }

    /** Three short documents in five rows (the last without Chinese). The fixtures were made on it: keep it as it is. */
    static ReviewAlignment initial() {
        List<List<ReviewSegment>> segments = List.of(
                sentences("Li Lei left ByteDance.", "He joined UCSB as an assistant professor.", "He has published more than 40 papers.",
                        "He joined ByteDance in 2016.", "His team focuses on AI."),
                sentences("Li Lei meninggalkan ByteDance.", "Ia bergabung dengan UCSB sebagai asisten profesor.",
                        "Ia telah menerbitkan lebih dari 40 makalah.", "Ia bergabung dengan ByteDance pada 2016.", "Timnya fokus pada AI."),
                sentences("李磊离开了字节跳动。", "他加入了 UCSB。", "他发表了 40 多篇论文。", "他于 2016 年加入字节跳动。"));
        List<ReviewRow> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            int zh = Math.min(r, 4);
            rows.add(new ReviewRow(11 + r, List.of(new SegmentRange(r, r + 1), new SegmentRange(r, r + 1), new SegmentRange(zh, Math.min(r + 1, 4))),
                    0.9 - r / 10.0, RowStatus.ALIGNED, 1));
        }
        return new ReviewAlignment(List.of("en", "id", "zh"), segments, rows);
    }

    private static List<ReviewSegment> sentences(String... texts) {
        List<ReviewSegment> segments = new ArrayList<>();
        int offset = 0;
        for (String text : texts) {
            segments.add(new ReviewSegment(text, offset, offset + text.length(), false));
            offset += text.length() + 1;
        }
        return segments;
    }

    @Test
    void version1HistoryAppliesInOrderAndUndoesBackToTheStart() {
        ReviewAlignment alignment = initial();
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < OPERATIONS.size(); k++) {
            Change change = ChangeCodec.read(fixture("v1", k), fileName(k)).stamped(k + 2);
            alignment.apply(change);
            alignment.checkInvariant();
            changes.add(change);
        }

        assertThat(texts(alignment)).containsExactly(FINAL_V1);
        assertThat(alignment.rows()).extracting(ReviewRow::status)
                .containsExactly(RowStatus.CONFIRMED, RowStatus.ALIGNED, RowStatus.CONFIRMED, RowStatus.ALIGNED, RowStatus.ALIGNED);
        assertThat(alignment.segments(0)).extracting(ReviewSegment::excluded).containsExactly(false, true, false, false, false, false);
        assertThat(alignment.rows()).extracting(ReviewRow::id).containsExactly(11L, 101L, 13L, 14L, 15L);

        for (Change change : changes.reversed()) {
            alignment.apply(change.inverse());
            alignment.checkInvariant();
        }
        ReviewAlignment start = initial();
        assertThat(texts(alignment)).isEqualTo(texts(start));
        for (int d = 0; d < 3; d++) {
            assertThat(alignment.segments(d)).isEqualTo(start.segments(d));
        }
        assertThat(alignment.rows()).extracting(ReviewRow::id).isEqualTo(start.rows().stream().map(ReviewRow::id).toList());
    }

    /** What the v1 fixtures make of {@link #initial()}: each row as its cells' texts. */
    private static final String[] FINAL_V1 = {
        "Li Lei left ByteDance. | Li Lei meninggalkan ByteDance. Ia bergabung dengan UCSB sebagai asisten profesor. | 李磊离开了字节跳动。 他加入了 UCSB。",
        "He joined UCSB as an assistant professor. |  | ",
        "He has published more than 40 papers. | Ia telah menerbitkan lebih dari empat puluh makalah. | 他发表了 40 多篇论文。",
        "He joined ByteDance in 2016. | Ia bergabung dengan ByteDance pada 2016. | ",
        "His team focuses on AI. | Timnya fokus pada AI. | 他于 2016 年加入字节跳动。"};

    @Test
    void writesTheHistoryFormatFieldByFieldWithItsVersion() {
        Change change = new Change("Excluded an English sentence of row 1", 0,
                List.of(new ReviewRow(7, List.of(new SegmentRange(0, 1)), 0.5, RowStatus.ALIGNED, 3)),
                List.of(new ReviewRow(7, List.of(new SegmentRange(0, 1)), 0.5, RowStatus.CONFIRMED, ReviewRow.NEW_VERSION)),
                List.of(new SegmentEdit(0, 0, List.of(new ReviewSegment("Hi.", 0, 3, false)), List.of(new ReviewSegment("Hi.", 0, 3, true)))));

        String json = ChangeCodec.write(change);

        assertThat(json).isEqualTo("""
                {"formatVersion":1,"description":"Excluded an English sentence of row 1","firstRow":0,\
                "before":[{"id":7,"cells":[{"start":0,"end":1}],"confidence":0.5,"status":"ALIGNED","version":3}],\
                "after":[{"id":7,"cells":[{"start":0,"end":1}],"confidence":0.5,"status":"CONFIRMED","version":-1}],\
                "segmentEdits":[{"document":0,"at":0,"before":[{"text":"Hi.","start":0,"end":3,"excluded":false}],\
                "after":[{"text":"Hi.","start":0,"end":3,"excluded":true}]}]}""");
        assertThat(ChangeCodec.read(json, "history entry 1")).isEqualTo(change);
    }

    @Test
    void aChangeOfANewerFormatVersionIsRefusedNamingTheEntryAndTheVersion() {
        assertThatThrownBy(() -> ChangeCodec.read("{\"formatVersion\":4,\"description\":\"Merged rows 1 and 2\"}", "history entry 42"))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("history entry 42: history format version 4 is newer than this Alinea reads (up to 3); open it with a newer version of Alinea");
    }

    /** The change of {@code formats/v2/history/14-decide.json}. */
    private static final Change DECISIONS = Change.decisions("Dismissed a name divergence of row 21", List.of(
            new DecisionEdit("NAME_RENDERING:0a1b2c3d4e5f@0011223344556677", null, new DivergenceDecision(Verdict.DISMISSED, "standard rendering")),
            new DecisionEdit("NUMBER_MISMATCH:aabbccddeeff@8899aabbccddeeff", new DivergenceDecision(Verdict.DISMISSED, "intended"),
                    new DivergenceDecision(Verdict.ACCEPTED, ""))));

    @Test
    void version2DecisionsReadBackAndUndoWithoutTouchingTheRows() throws IOException {
        String fixture;
        try (var in = HistoryFormatTest.class.getResourceAsStream("/formats/v2/history/14-decide.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }

        Change change = ChangeCodec.read(fixture, "14-decide.json");

        assertThat(change).isEqualTo(DECISIONS);
        assertThat(ChangeCodec.write(DECISIONS)).isEqualTo(fixture);
        assertThat(change.inverse().decisionEdits()).extracting(DecisionEdit::after)
                .containsExactly(new DivergenceDecision(Verdict.DISMISSED, "intended"), null);
        ReviewAlignment alignment = initial();
        alignment.apply(change);
        alignment.apply(change.inverse());
        assertThat(texts(alignment)).isEqualTo(texts(initial()));
        assertThat(alignment.rows()).isEqualTo(initial().rows());
    }

    /** The link operations of {@code formats/v3/history}, made in this order on {@link #initial()}. */
    private static final List<Operation> LINK_OPERATIONS = List.of(
            new Operation("link", a -> a.link(0, 0, 0, 2, 3)),
            new Operation("split-linked-sentence", a -> a.splitSegment(0, 0, 0, 7)),
            new Operation("move-link", a -> a.moveLink(a.links().getFirst(), 2, 2)),
            new Operation("unlink", a -> a.unlink(a.links().getFirst())));

    @Test
    void version3LinkChangesApplyAndUndoBackToTheStart() {
        ReviewAlignment alignment = initial();
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < LINK_OPERATIONS.size(); k++) {
            String name = String.format("%02d-%s.json", k + 15, LINK_OPERATIONS.get(k).name());
            String json = resource("/formats/v3/history/" + name);
            Change change = ChangeCodec.read(json, name).stamped(k + 2);
            assertThat(ChangeCodec.write(ChangeCodec.read(json, name))).isEqualTo(json);
            alignment.apply(change);
            alignment.checkInvariant();
            changes.add(change);
            if (k == 2) {
                assertThat(alignment.links()).containsExactly(new ReviewLink(0, 0, 2, 2, 1, LinkOrigin.REVIEWER));
                assertThat(alignment.segments(0).getFirst().text()).isEqualTo("Li Lei");
            }
        }
        assertThat(alignment.links()).isEmpty();

        for (Change change : changes.reversed()) {
            alignment.apply(change.inverse());
            alignment.checkInvariant();
        }
        assertThat(texts(alignment)).isEqualTo(texts(initial()));
        assertThat(alignment.links()).isEmpty();
    }

    @Test
    void aChangeWithoutLinksIsStillWrittenInTheVersionBefore() {
        assertThat(ChangeCodec.write(DECISIONS)).startsWith("{\"formatVersion\":2,");
        assertThat(ChangeCodec.write(initial().link(0, 0, 0, 2, 3))).startsWith("{\"formatVersion\":3,");
    }

    /** Writes the v3 fixtures: {@code mvn test -Dtest=HistoryFormatTest -Dalinea.formats.out=DIR} writes DIR/history/15-link.json... */
    @Test
    @EnabledIfSystemProperty(named = "alinea.formats.out", matches = ".+")
    void writeLinkFixtures() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("alinea.formats.out"), "history"));
        ReviewAlignment alignment = initial();
        for (int k = 0; k < LINK_OPERATIONS.size(); k++) {
            Change recorded = LINK_OPERATIONS.get(k).change().apply(alignment);
            Files.writeString(dir.resolve(String.format("%02d-%s.json", k + 15, LINK_OPERATIONS.get(k).name())), ChangeCodec.write(recorded),
                    StandardCharsets.UTF_8);
            alignment.apply(recorded.stamped(k + 2));
        }
    }

    private static String resource(String path) {
        try (var in = HistoryFormatTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(ReviewAlignment alignment) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < alignment.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (int d = 0; d < alignment.languages().size(); d++) {
                cells.add(String.join(" ", alignment.cell(r, d).stream().map(ReviewSegment::text).toList()));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    /**
     * Writes the fixtures of the current format: {@code mvn test -Dtest=HistoryFormatTest
     * -Dalinea.formats.out=DIR} writes DIR/history/NN-operation.json. Like the service, it stores
     * each change with the ids its new rows get (here 101, 102...), and stamps it with the next revision.
     */
    @Test
    @EnabledIfSystemProperty(named = "alinea.formats.out", matches = ".+")
    void writeFixtures() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("alinea.formats.out"), "history"));
        ReviewAlignment alignment = initial();
        long[] nextId = {101};
        for (int k = 0; k < OPERATIONS.size(); k++) {
            Change recorded = OPERATIONS.get(k).change().apply(alignment).withRowIds(id -> id < 0 ? nextId[0]++ : id);
            Files.writeString(dir.resolve(fileName(k)), ChangeCodec.write(recorded) + "\n", StandardCharsets.UTF_8);
            alignment.apply(recorded.stamped(k + 2));
        }
    }

    private static String fileName(int k) {
        return String.format("%02d-%s.json", k + 1, OPERATIONS.get(k).name());
    }

    static String fixture(String version, int k) {
        try (var in = HistoryFormatTest.class.getResourceAsStream("/formats/" + version + "/history/" + fileName(k))) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + version + "/history/" + fileName(k));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
