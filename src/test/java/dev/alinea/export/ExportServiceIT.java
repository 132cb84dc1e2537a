package dev.alinea.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.names.DivergenceService;
import dev.alinea.project.DemoProject;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.project.SourceFile;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.tmx.TmxFormatException;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxValidation;
import dev.alinea.users.ProjectAccess;

class ExportServiceIT extends SharedLocalContext {

    /** Every row, the comparable Chinese article's text whatever its confidence. */
    private static final TmxExportOptions ALL_ROWS = new TmxExportOptions(true, false, true, TmxLanguages.ChineseCode.REGION).withComparableMinConfidence(0);

    @Autowired
    ProjectService projects;

    @Autowired
    ExportService exports;

    @Autowired
    ReviewService reviews;

    @Autowired
    DivergenceService divergences;

    @Autowired
    ProjectAccess access;

    @Autowired
    Clock clock;

    @Test
    void exportsTheDemoAsValidTmxWithThreeLanguagesAndRowProperties() throws Exception {
        ProjectSummary demo = demo();
        var out = new ByteArrayOutputStream();

        int units = exports.exportTmx(demo.id(), TmxExportOptions.DEFAULT.withComparableMinConfidence(0), out);

        Document tmx = TmxValidation.parseValid(out.toByteArray());
        assertThat(units).isEqualTo(tmx.getElementsByTagName("tu").getLength()).isPositive().isLessThan(demo.rowCount());
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("en");
        assertThat(languages(tmx)).containsExactlyInAnyOrder("en", "id", "zh-CN");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wu Enda", "Andrew Ng", "<prop type=\"x-alinea-status\">aligned</prop>",
                "<prop type=\"x-alinea-confidence\">",
                "<note>The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": the same entity rendered differently.</note>");
        var tus = tmx.getElementsByTagName("tu");
        for (int i = 0; i < tus.getLength(); i++) {
            assertThat(((Element) tus.item(i)).getElementsByTagName("tuv").getLength()).as("languages of unit %d", i).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void keepsSingleLanguageRowsWhenAskedAndLabelsChineseByScript() throws Exception {
        ProjectSummary demo = demo();
        var out = new ByteArrayOutputStream();

        int units = exports.exportTmx(demo.id(), new TmxExportOptions(false, false, true, TmxLanguages.ChineseCode.SCRIPT).withComparableMinConfidence(0), out);

        Document tmx = TmxValidation.parseValid(out.toByteArray());
        assertThat(units).isEqualTo(demo.rowCount() + reviews.links(demo.id()).size());
        assertThat(((Element) tmx.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo("*all*");
        assertThat(languages(tmx)).containsExactlyInAnyOrder("en", "id", "zh-Hans");
    }

    @Test
    void onlyConfirmedRowsWhenAsked() throws Exception {
        var out = new ByteArrayOutputStream();

        int units = exports.exportTmx(demo().id(), TmxExportOptions.DEFAULT.onlyConfirmed(), out);

        assertThat(units).isZero();
        assertThat(TmxValidation.parseValid(out.toByteArray()).getElementsByTagName("tu").getLength()).isZero();
    }

    @Test
    void twoVersionsInOneLanguageGetAPairFileEach() throws Exception {
        long id = projects.createProject("Two Indonesian", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN)), new SourceFile("again.txt", "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
        var out = new ByteArrayOutputStream();

        exports.exportTmxPairs(id, TmxExportOptions.DEFAULT, out);

        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                TmxValidation.parseValid(zip.readAllBytes());
            }
        }
        assertThat(names).containsExactly("Two-Indonesian.en-id.tmx", "Two-Indonesian.en-id-3.tmx");
    }

    @Test
    void pairFilesAreZippedOnePerLanguagePairAndValid() throws Exception {
        var out = new ByteArrayOutputStream();

        exports.exportTmxPairs(demo().id(), TmxExportOptions.DEFAULT.withComparableMinConfidence(0), out);

        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                Document tmx = TmxValidation.parseValid(zip.readAllBytes());
                assertThat(languages(tmx)).hasSize(2).contains("en");
            }
        }
        assertThat(names).containsExactly("Demo-ByteDance-AI-Lab-director-leaves-for-UCSB.en-id.tmx",
                "Demo-ByteDance-AI-Lab-director-leaves-for-UCSB.en-zh-CN.tmx");
    }

    @Test
    void tablesHaveOneColumnPerLanguagePlusStatusConfidenceAndComparable() {
        ProjectSummary demo = demo();
        var csv = new ByteArrayOutputStream();
        var tsv = new ByteArrayOutputStream();

        int csvRows = exports.exportTable(demo.id(), TabularWriter.Format.CSV, csv);
        exports.exportTable(demo.id(), TabularWriter.Format.TSV, tsv);

        assertThat(csvRows).isEqualTo(demo.rowCount());
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFrow,en,id,zh-CN,status,confidence,comparable\r\n");
        List<String> lines = tsv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(demo.rowCount() + 1);
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(7));
    }

    @Test
    void anEditCommittedInTheMiddleOfAnExportDoesNotChangeWhatItWrites() {
        long id = projects.importTmx("edited while exported.tmx", exported(out -> exports.exportTmx(demo().id(), ALL_ROWS, out)));
        ExportService export = new ExportService(projects, reviews, divergences, clock, access);
        export.pageSize(3);
        int rows = projects.rowCount(id);
        String firstTmx = body(exported(out -> export.exportTmx(id, ALL_ROWS, out)));
        assertThat(divergences.latest(id)).as("a report kept after the export").isEmpty();

        // Each export reads its second page after another reviewer merged the first two rows.
        export.betweenPages(mergeTheFirstTwoRowsOnce(id));
        assertThat(body(exported(out -> export.exportTmx(id, ALL_ROWS, out)))).isEqualTo(firstTmx);

        export.betweenPages(() -> {
        });
        String csv = new String(exported(out -> export.exportTable(id, TabularWriter.Format.CSV, out)), StandardCharsets.UTF_8);
        export.betweenPages(mergeTheFirstTwoRowsOnce(id));
        assertThat(new String(exported(out -> export.exportTable(id, TabularWriter.Format.CSV, out)), StandardCharsets.UTF_8)).isEqualTo(csv);

        export.betweenPages(() -> {
        });
        List<String> pairs = zippedBodies(exported(out -> export.exportTmxPairs(id, ALL_ROWS, out)));
        export.betweenPages(mergeTheFirstTwoRowsOnce(id));
        assertThat(zippedBodies(exported(out -> export.exportTmxPairs(id, ALL_ROWS, out)))).isEqualTo(pairs);

        assertThat(projects.rowCount(id)).isEqualTo(rows - 3);
        export.betweenPages(() -> {
        });
        assertThat(body(exported(out -> export.exportTmx(id, ALL_ROWS, out)))).isNotEqualTo(firstTmx);
    }

    @Test
    void exportImportExportGivesTheSameTmxBody() {
        ProjectSummary demo = demo();
        var first = new ByteArrayOutputStream();
        exports.exportTmx(demo.id(), ALL_ROWS, first);

        long imported = projects.importTmx("demo.tmx", first.toByteArray());
        var second = new ByteArrayOutputStream();
        exports.exportTmx(imported, ALL_ROWS, second);

        // Links are no rows: import leaves them out.
        assertThat(body(second)).isEqualTo(body(first).replaceAll("(?s)<tu tuid=\"link-\\d+\">.*?</tu>\\s*", ""));
        ProjectSummary copy = projects.project(imported).orElseThrow();
        assertThat(copy.documents()).extracting(DocumentInfo::language).containsExactly("en", "id", "zh");
        assertThat(copy.rowCount()).isEqualTo(demo.rowCount());
    }

    @Test
    void aForeignTmxBecomesAProjectOfConfirmedRows() {
        String trados = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="SDL" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US"
                 srclang="en-US" datatype="xml"/><body>
                <tu><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                <tuv xml:lang="id-ID"><seg>Klik <bpt i="1">&lt;b&gt;</bpt>Simpan<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
                <tu><tuv xml:lang="en-US"><seg>Done.</seg></tuv><tuv xml:lang="id-ID"><seg>Selesai.</seg></tuv></tu>
                </body></tmx>
                """;

        long id = projects.importTmx("trados.tmx", trados.getBytes(StandardCharsets.UTF_8));

        ProjectSummary project = projects.project(id).orElseThrow();
        assertThat(project.name()).isEqualTo("trados");
        assertThat(project.documents()).extracting(DocumentInfo::language).containsExactly("en", "id");
        List<AlignedRow> rows = projects.rows(id, 0, 10);
        assertThat(rows).extracting(AlignedRow::status).containsOnly(RowStatus.CONFIRMED);
        assertThat(rows.get(0).cells()).containsExactly(List.of("Click Save."), List.of("Klik Simpan."));
    }

    @Test
    void aBrokenTmxIsRefusedByNameAndNothingIsStored() {
        int before = projects.projects().size();

        assertThatThrownBy(() -> projects.importTmx("broken.tmx", "<tmx><body><tu>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageStartingWith("broken.tmx");
        assertThat(projects.projects()).hasSize(before);
    }

    /** The first time it runs, another thread merges the project's first two rows. */
    private Runnable mergeTheFirstTwoRowsOnce(long projectId) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (!done.getAndSet(true)) {
                CompletableFuture.runAsync(() -> reviews.edit(projectId,
                        List.of(RowRef.of(reviews.row(projectId, 0).orElseThrow()), RowRef.of(reviews.row(projectId, 1).orElseThrow())),
                        (alignment, row) -> alignment.mergeWithNext(row))).join();
            }
        };
    }

    private static byte[] exported(Consumer<OutputStream> export) {
        var out = new ByteArrayOutputStream();
        export.accept(out);
        return out.toByteArray();
    }

    /** Each file of a zip without its header. */
    private static List<String> zippedBodies(byte[] zipped) {
        List<String> bodies = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                bodies.add(body(zip.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

    @Test
    void xliffPairsAreValidXliff20WithStatesAndDivergenceNotes() throws Exception {
        ProjectSummary demo = demo();
        var out = new ByteArrayOutputStream();

        int written = exports.exportXliffPairs(demo.id(), TmxExportOptions.DEFAULT, out);

        List<String> names = new ArrayList<>();
        int units = 0;
        List<String> notes = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                var read = dev.alinea.tmx.XliffValidation.readValid(zip.readAllBytes());
                units += read.size();
                for (var unit : read) {
                    assertThat(unit.getSegments().iterator().next().getState().toString()).isIn("translated", "initial");
                    unit.getNotes().forEach(note -> notes.add(note.getText()));
                }
            }
        }
        String stem = ExportService.fileStem(demo);
        assertThat(names).containsExactly(stem + ".en-id.xlf", stem + ".en-zh-CN.xlf");
        assertThat(units).isEqualTo(written).isPositive();
        assertThat(notes).contains("The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": the same entity rendered differently.");
    }

    @Test
    void aMinimumConfidenceAndAChoiceOfLanguagesNarrowTheTmx() throws Exception {
        ProjectSummary demo = demo();
        var all = new ByteArrayOutputStream();
        int everyRow = exports.exportTmx(demo.id(), TmxExportOptions.DEFAULT, all);
        var out = new ByteArrayOutputStream();

        int sure = exports.exportTmx(demo.id(), new TmxExportOptions(true, false, false, TmxLanguages.ChineseCode.REGION, 0.9, Set.of(0, 1)), out);

        Document tmx = TmxValidation.parseValid(out.toByteArray());
        assertThat(languages(tmx)).containsExactlyInAnyOrder("en", "id");
        assertThat(sure).isPositive().isLessThan(everyRow);
        var props = tmx.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            if (prop.getAttribute("type").equals("x-alinea-confidence")) {
                assertThat(Double.parseDouble(prop.getTextContent())).isGreaterThanOrEqualTo(0.9);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("zh-CN");
    }

    private ProjectSummary demo() {
        return DemoProject.find(projects);
    }

    private static Set<String> languages(Document tmx) {
        Set<String> languages = new HashSet<>();
        var tuvs = tmx.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            languages.add(((Element) tuvs.item(i)).getAttribute("xml:lang"));
        }
        return languages;
    }

    /** The file without its header line (which holds the creation date). */
    private static String body(ByteArrayOutputStream tmx) {
        return body(tmx.toByteArray());
    }

    private static String body(byte[] tmx) {
        String xml = new String(tmx, StandardCharsets.UTF_8);
        return xml.substring(xml.indexOf("<body>"));
    }
}
