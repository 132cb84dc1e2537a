package dev.alinea.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxValidation;

/** Exports of a project with a comparable version: its text only at or above the threshold, marked; links as units of their own. */
class ComparableExportIT extends SharedLocalContext {

    private static final TmxExportOptions EVERY_ROW = new TmxExportOptions(true, false, true, TmxLanguages.ChineseCode.REGION);

    @Autowired
    ProjectService projects;

    @Autowired
    ExportService exports;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    /** English, the Indonesian translation and the Chinese article (comparable). */
    private long threeVersions(String name) {
        long id = projects.createProject(name, List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN)), new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
        assertThat(projects.project(id).orElseThrow().documents()).extracting(DocumentInfo::looksLikeTranslation).containsExactly(true, true, false);
        return id;
    }

    /** The project without the links the aligner found, so that a test's own links are the only ones. */
    private void withoutFoundLinks(long projectId) {
        jdbc.sql("DELETE FROM segment_link WHERE project_id = ?").param(projectId).update();
        reviews.forget(projectId);
    }

    /** An automatic link, as the aligner stores one, put straight into the database. */
    private void storeFoundLink(long projectId, int englishSentence, int chineseSentence, double confidence) {
        jdbc.sql("""
                INSERT INTO segment_link (project_id, doc_position, seg_idx, other_doc_position, other_seg_idx, confidence, origin)
                VALUES (?, 0, ?, 2, ?, ?, 'AUTOMATIC')""").params(projectId, englishSentence, chineseSentence, confidence).update();
        reviews.forget(projectId);
    }

    @Test
    void comparableTextIsExportedOnlyFromRowsAtOrAboveTheThresholdAndSaysSo() throws Exception {
        long id = threeVersions("Comparable threshold");
        Map<String, Element> all = units(tmx(id, EVERY_ROW.withComparableMinConfidence(0)));
        List<Element> withChinese = all.values().stream().filter(unit -> languages(unit).contains("zh-CN")).toList();
        double highest = withChinese.stream().mapToDouble(ComparableExportIT::confidence).max().orElseThrow();
        double lowest = withChinese.stream().mapToDouble(ComparableExportIT::confidence).min().orElseThrow();
        assertThat(lowest).as("rows of the Chinese article on either side of a threshold").isLessThan(highest);
        double threshold = highest - 0.005;

        Map<String, Element> units = units(tmx(id, EVERY_ROW.withComparableMinConfidence(threshold)));

        assertThat(withChinese).allSatisfy(unit -> assertThat(property(unit, "x-alinea-comparable")).isEqualTo("zh-CN"));
        List<Element> kept = units.values().stream().filter(unit -> languages(unit).contains("zh-CN")).toList();
        assertThat(kept).isNotEmpty().hasSizeLessThan(withChinese.size())
                .allSatisfy(unit -> assertThat(confidence(unit)).isGreaterThanOrEqualTo(threshold));
        // Translations are not held to it: every row's Indonesian is there either way.
        assertThat(units.values().stream().filter(unit -> languages(unit).contains("id")).count())
                .isEqualTo(all.values().stream().filter(unit -> languages(unit).contains("id")).count());
        assertThat(units.values()).filteredOn(unit -> !languages(unit).contains("zh-CN"))
                .allSatisfy(unit -> assertThat(property(unit, "x-alinea-comparable")).isNull());
    }

    @Test
    void aLinkIsAUnitOfItsOwnAboveTheThresholdAndLeftOutBelowIt() throws Exception {
        long id = threeVersions("Comparable links");
        withoutFoundLinks(id);
        storeFoundLink(id, 2, 0, 0.6);
        AlignedRow english = projects.rows(id, 0, 100).stream().filter(row -> !row.cells().get(0).isEmpty()).findFirst().orElseThrow();
        int lastChinese = projects.project(id).orElseThrow().documents().get(2).segmentCount() - 1;
        reviews.link(id, ReviewService.RowRef.of(english), 0, 0, 2, lastChinese);
        var snapshot = reviews.snapshot(id);
        assertThat(snapshot.sentence(0, 2).excluded() || snapshot.sentence(2, 0).excluded()).isFalse();

        Map<String, Element> above = links(tmx(id, EVERY_ROW.withComparableMinConfidence(0.5)));
        Map<String, Element> below = links(tmx(id, EVERY_ROW.withComparableMinConfidence(0.8)));

        Element found = above.get("automatic");
        assertThat(texts(found)).containsExactly(snapshot.sentence(0, 2).text(), snapshot.sentence(2, 0).text());
        assertThat(languages(found)).containsExactly("en", "zh-CN");
        assertThat(property(found, "x-alinea-comparable")).isEqualTo("zh-CN");
        assertThat(confidence(found)).isEqualTo(0.6);
        assertThat(below).as("a reviewer's link is sure; the aligner's is not sure enough").containsOnlyKeys("reviewer");
        assertThat(texts(below.get("reviewer"))).containsExactly(english.cells().get(0).getFirst(), snapshot.sentence(2, lastChinese).text());
        assertThat(units(tmx(id, EVERY_ROW.onlyConfirmed().withComparableMinConfidence(0))).values())
                .singleElement().satisfies(unit -> assertThat(property(unit, "x-alinea-link")).isEqualTo("reviewer"));
    }

    /** The link units, by who made them. */
    private static Map<String, Element> links(Document tmx) {
        Map<String, Element> links = new LinkedHashMap<>();
        units(tmx).values().stream().filter(unit -> property(unit, "x-alinea-link") != null)
                .forEach(unit -> assertThat(links.put(property(unit, "x-alinea-link"), unit)).isNull());
        return links;
    }

    @Test
    void pairFilesAndTablesSayWhichPairsComeFromAComparableVersion() throws Exception {
        long id = threeVersions("Comparable pairs");
        withoutFoundLinks(id);
        storeFoundLink(id, 2, 0, 0.9);

        Map<String, String> pairs = zipped(out -> exports.exportTmxPairs(id, EVERY_ROW.withComparableMinConfidence(0), out));
        Map<String, String> xliff = zipped(out -> exports.exportXliffPairs(id, EVERY_ROW.withComparableMinConfidence(0), out));
        var csv = new ByteArrayOutputStream();
        exports.exportTable(id, TabularWriter.Format.CSV, csv);

        String chinese = pairs.get("Comparable-pairs.en-zh-CN.tmx");
        assertThat(units(TmxValidation.parseValid(chinese.getBytes(StandardCharsets.UTF_8))).values()).filteredOn(unit -> languages(unit).contains("zh-CN"))
                .isNotEmpty().allSatisfy(unit -> assertThat(property(unit, "x-alinea-comparable")).isEqualTo("zh-CN"));
        assertThat(chinese).contains("tuid=\"link-1\"");
        assertThat(pairs.get("Comparable-pairs.en-id.tmx")).doesNotContain("x-alinea-comparable", "link-1");
        assertThat(xliff.get("Comparable-pairs.en-zh-CN.xlf")).contains(ExportService.COMPARABLE_NOTE);
        assertThat(xliff.get("Comparable-pairs.en-id.xlf")).doesNotContain(ExportService.COMPARABLE_NOTE);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFrow,en,id,zh-CN,status,confidence,comparable");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",zh-CN"));
    }

    private Document tmx(long id, TmxExportOptions options) throws Exception {
        var out = new ByteArrayOutputStream();
        exports.exportTmx(id, options, out);
        return TmxValidation.parseValid(out.toByteArray());
    }

    private static Map<String, Element> units(Document tmx) {
        Map<String, Element> units = new LinkedHashMap<>();
        var tus = tmx.getElementsByTagName("tu");
        for (int i = 0; i < tus.getLength(); i++) {
            Element unit = (Element) tus.item(i);
            units.put(unit.getAttribute("tuid"), unit);
        }
        return units;
    }

    private static List<String> languages(Element unit) {
        List<String> languages = new ArrayList<>();
        var tuvs = unit.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            languages.add(((Element) tuvs.item(i)).getAttribute("xml:lang"));
        }
        return languages;
    }

    private static List<String> texts(Element unit) {
        List<String> texts = new ArrayList<>();
        var segs = unit.getElementsByTagName("seg");
        for (int i = 0; i < segs.getLength(); i++) {
            texts.add(segs.item(i).getTextContent());
        }
        return texts;
    }

    private static String property(Element unit, String type) {
        var props = unit.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            if (prop.getAttribute("type").equals(type)) {
                return prop.getTextContent();
            }
        }
        return null;
    }

    private static double confidence(Element unit) {
        return Double.parseDouble(property(unit, "x-alinea-confidence"));
    }

    @FunctionalInterface
    private interface Export {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static Map<String, String> zipped(Export export) throws Exception {
        var out = new ByteArrayOutputStream();
        export.to(out);
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
