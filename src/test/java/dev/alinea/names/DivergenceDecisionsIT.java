package dev.alinea.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.backup.BackupService;
import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.divergence.Span;
import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.EditRefusedException;
import dev.alinea.review.Verdict;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.storage.StoredJson;

/** The reviewer decides on each divergence (issue 12, point 5); divergences are stored, not found again on every opening (point 6). */
class DivergenceDecisionsIT extends SharedLocalContext {

    private static final DivergenceDecision STANDARD = new DivergenceDecision(Verdict.DISMISSED, "standard rendering");

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    DivergenceService divergences;

    @Autowired
    ExportService exports;

    @Autowired
    BackupService backups;

    private long demo(String name) {
        return projects.createProject(name, List.of(file(Seeds.ENGLISH, "en"), file(Seeds.INDONESIAN, "id"), file(Seeds.CHINESE, "zh")), 0);
    }

    private static SourceFile file(String seed, String language) {
        return new SourceFile(seed, language, Seeds.bytes(seed));
    }

    /** The seed's Andrew Ng / Wu Enda divergence. */
    private static Divergence andrewNg(DivergenceService.RowDivergences found) {
        return found.report().divergences().stream()
                .filter(d -> d.type() == DivergenceType.NAME_RENDERING && d.spans().stream().map(Span::text).toList().contains("Andrew Ng"))
                .findFirst().orElseThrow();
    }

    private void dismiss(long id, String key) {
        Map<String, DivergenceDecision> decision = new HashMap<>();
        decision.put(key, STANDARD);
        reviews.decide(id, decision, "Dismissed a divergence");
    }

    @Test
    void aDismissedDivergenceIsStoredAndNoLongerCounts() {
        long id = demo("Dismissed");
        DivergenceService.RowDivergences before = divergences.byRow(id);
        Divergence ng = andrewNg(before);
        String key = before.key(ng);
        long ngRow = before.rowIds().get(ng.row());

        dismiss(id, key);

        DivergenceService.RowDivergences after = divergences.byRow(id);
        assertThat(after.decisions()).containsEntry(key, STANDARD);
        assertThat(after.dismissed(andrewNg(after))).isTrue();
        assertThat(after.counted()).hasSize(before.counted().size() - 1).doesNotContain(andrewNg(after));
        assertThat(after.report().divergences()).as("still shown as dismissed").contains(andrewNg(after));
        if (before.byRowId().get(ngRow).size() == 1) {
            assertThat(after.divergentRowIds()).doesNotContain(ngRow);
        }
        assertThat(reviews.history(id).getFirst().description()).isEqualTo("Dismissed a divergence");
        assertThatThrownBy(() -> dismiss(id, key)).isInstanceOf(EditRefusedException.class);
    }

    @Test
    void undoTakesADecisionBackAndRedoMakesItAgain() {
        long id = demo("Undone decision");
        String key = divergences.byRow(id).key(andrewNg(divergences.byRow(id)));
        dismiss(id, key);

        reviews.undo(id, null);
        assertThat(divergences.byRow(id).decisions()).doesNotContainKey(key);
        assertThat(divergences.byRow(id).dismissed(andrewNg(divergences.byRow(id)))).isFalse();

        reviews.redo(id, null);
        assertThat(divergences.byRow(id).decision(andrewNg(divergences.byRow(id)))).contains(STANDARD);
    }

    @Test
    void aDecisionSurvivesReAlignmentWhereTheRowsTextIsUnchangedAndNotWhereItChanged() {
        long id = demo("Re-aligned decision");
        DivergenceService.RowDivergences found = divergences.byRow(id);
        Divergence ng = andrewNg(found);
        String key = found.key(ng);
        dismiss(id, key);

        // Merge the first two rows, then re-align: rows get new ids and places, the Andrew Ng row keeps its text.
        AlignedRow first = reviews.row(id, 0).orElseThrow();
        AlignedRow second = reviews.row(id, 1).orElseThrow();
        reviews.edit(id, List.of(RowRef.of(first), RowRef.of(second)), (a, r) -> a.mergeWithNext(r));
        reviews.realign(id, share -> {
        });

        DivergenceService.RowDivergences realigned = divergences.byRow(id);
        assertThat(realigned.key(andrewNg(realigned))).isEqualTo(key);
        assertThat(realigned.dismissed(andrewNg(realigned))).isTrue();

        // Correct the Indonesian text of that row: the divergence is another one now, to decide on again.
        int row = andrewNg(realigned).row();
        AlignedRow changed = reviews.row(id, row).orElseThrow();
        List<String> indonesian = changed.cells().get(1).stream().map(s -> s.replace("Wu Enda", "Wu  Enda")).toList();
        reviews.edit(id, List.of(RowRef.of(changed)), (a, r) -> a.replaceSegments(r, 1, indonesian, "Edited the Indonesian"));
        DivergenceService.RowDivergences edited = divergences.byRow(id);
        assertThat(edited.key(andrewNg(edited))).isNotEqualTo(key);
        assertThat(edited.dismissed(andrewNg(edited))).isFalse();
    }

    @Test
    void theTmxLeavesOutTheNotesOfDismissedDivergences() {
        long id = demo("Exported decision");
        DivergenceService.RowDivergences found = divergences.byRow(id);
        Divergence ng = andrewNg(found);
        assertThat(tmx(id)).contains(xml(ng.explanation()));

        dismiss(id, found.key(ng));

        assertThat(tmx(id)).doesNotContain(xml(ng.explanation()));
        Divergence accepted = found.counted().stream().filter(d -> d.type() == DivergenceType.NAME_RENDERING && !d.equals(ng)).findFirst().orElseThrow();
        Map<String, DivergenceDecision> real = new HashMap<>();
        real.put(found.key(accepted), new DivergenceDecision(Verdict.ACCEPTED, ""));
        reviews.decide(id, real, "Accepted a divergence");
        assertThat(tmx(id)).as("an accepted divergence stays a note").contains(xml(accepted.explanation()));
    }

    @Test
    void aProjectOpensWithItsStoredDivergencesWhichADecisionLeavesValid() {
        long id = demo("Stored");
        DivergenceService.RowDivergences found = divergences.byRow(id);
        divergences.forgetFound(id);

        DivergenceService.RowDivergences stored = divergences.stored(id).orElseThrow();
        assertThat(stored.report().divergences()).isEqualTo(found.report().divergences());
        assertThat(stored.report().nameList()).isEqualTo(found.report().nameList());
        assertThat(stored.checks()).isEqualTo(found.checks());

        dismiss(id, found.key(andrewNg(found)));
        divergences.forgetFound(id);
        assertThat(divergences.stored(id)).as("a decision changes no row: nothing to find again").isPresent();

        AlignedRow first = reviews.row(id, 0).orElseThrow();
        reviews.edit(id, List.of(RowRef.of(first)), (a, r) -> a.confirm(r));
        divergences.forgetFound(id);
        assertThat(divergences.stored(id)).as("a changed row: found again").isEmpty();
    }

    @Test
    void aBackupKeepsTheDecisionsAndTheRestoredProjectUndoesThem() throws Exception {
        long id = demo("Backed-up decision");
        String key = divergences.byRow(id).key(andrewNg(divergences.byRow(id)));
        dismiss(id, key);
        var file = new ByteArrayOutputStream();

        backups.backup(id, file);

        var json = StoredJson.mapper().readTree(new GZIPInputStream(new ByteArrayInputStream(file.toByteArray())));
        assertThat(json.get("version").intValue()).as("decisions need format 2, the demo article's links format 3").isEqualTo(3);
        long restored = backups.restore("decisions.alinea.json.gz", new ByteArrayInputStream(file.toByteArray()));
        DivergenceService.RowDivergences found = divergences.byRow(restored);
        assertThat(found.decision(andrewNg(found))).contains(STANDARD);
        reviews.undo(restored, null);
        assertThat(divergences.byRow(restored).decisions()).isEmpty();
    }

    @Test
    void theChecksThatRanAreToldAndOneLanguageOrFrenchWithGermanDoNotFail() {
        long demo = demo("Checks");
        assertThat(divergences.byRow(demo).checks()).contains("Numbers, in digits and in words.")
                .anySatisfy(line -> assertThat(line).startsWith("Names through the dictionary: English–Indonesian"));

        long single = projects.createProject("One language", List.of(file(Seeds.ENGLISH, "en")), 0);
        assertThat(divergences.byRow(single).checks()).containsExactly("One language only: no comparison between versions.");
        assertThat(divergences.byRow(single).report().divergences()).isEmpty();

        long frenchGerman = projects.createProject("Français–Deutsch", List.of(
                new SourceFile("fr.txt", "fr", "Le 3 mai, Marie est arrivée à Paris avec 40 amis.\nElle est restée deux jours.\n".getBytes(StandardCharsets.UTF_8)),
                new SourceFile("de.txt", "de", "Am 3. Mai kam Marie mit 41 Freunden in Paris an.\nSie blieb zwei Tage.\n".getBytes(StandardCharsets.UTF_8))), 0);
        DivergenceService.RowDivergences fd = divergences.byRow(frenchGerman);
        assertThat(fd.checks()).contains("No dictionary for French–German: names there are compared by spelling only.");
        assertThat(fd.report().divergences()).anySatisfy(d -> assertThat(d.type()).isEqualTo(DivergenceType.NUMBER_MISMATCH));
    }

    private String tmx(long id) {
        var out = new ByteArrayOutputStream();
        exports.exportTmx(id, TmxExportOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
