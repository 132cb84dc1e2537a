package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.SharedLocalContext;
import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.tmx.TmxLanguages;

/** Page clutter is excluded: kept in its own rows, not aligned, not exported, until included again. */
class ClutterIT extends SharedLocalContext {

    private static final TmxExportOptions EVERY_ROW = new TmxExportOptions(true, false, true, TmxLanguages.ChineseCode.REGION);

    @Autowired
    ProjectService projects;

    @Autowired
    ExportService exports;

    @Autowired
    ReviewService reviews;

    @Test
    void clutterIsNeitherAlignedNorExportedUntilIncluded() {
        long id = projects.createProject("Cluttered", List.of(
                new SourceFile("page.txt", "en", "Advertisement\nLi Lei joined UCSB as an assistant professor.\n06:02\nHe left ByteDance in 2021.\n"
                        .getBytes(StandardCharsets.UTF_8)),
                new SourceFile("halaman.txt", "id", "Li Lei bergabung dengan UCSB sebagai asisten profesor.\nIa meninggalkan ByteDance pada 2021.\n"
                        .getBytes(StandardCharsets.UTF_8))), 0);

        List<AlignedRow> rows = projects.rows(id, 0, 10);
        assertThat(rows).extracting(r -> r.cells().get(0)).containsExactly(List.of("Advertisement"),
                List.of("Li Lei joined UCSB as an assistant professor."), List.of("06:02"), List.of("He left ByteDance in 2021."));
        assertThat(rows.get(0).excluded().get(0)).containsExactly(true);
        assertThat(rows.get(1).cells().get(1)).containsExactly("Li Lei bergabung dengan UCSB sebagai asisten profesor.");
        assertThat(export(id)).doesNotContain("Advertisement", "06:02").contains("He left ByteDance in 2021.");

        AlignedRow clutterRow = projects.rows(id, 0, 1).getFirst();
        reviews.edit(id, List.of(ReviewService.RowRef.of(clutterRow)), (alignment, row) -> alignment.setExcluded(row, 0, 0, false));

        assertThat(projects.rows(id, 0, 1).getFirst().excluded().get(0)).containsExactly(false);
        assertThat(export(id)).contains("Advertisement").doesNotContain("06:02");
    }

    private String export(long id) {
        var out = new ByteArrayOutputStream();
        exports.exportTmx(id, EVERY_ROW, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
