package dev.alinea.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

import dev.alinea.AlineaVersion;
import dev.alinea.divergence.Divergence;
import dev.alinea.names.DivergenceService;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.review.ReviewSegment;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowSnapshot;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.tmx.TmxHeader;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxProperties;
import dev.alinea.tmx.TmxUnit;
import dev.alinea.tmx.TmxWriter;
import dev.alinea.tmx.XliffWriter;
import dev.alinea.users.ProjectAccess;

/**
 * Exports a project's alignment: multilingual TMX (divergences as notes), one TMX per language
 * pair (zipped), CSV, TSV and XLSX.
 *
 * <p>An export writes the project as it was at one revision, whatever is edited meanwhile: it
 * starts from a {@link RowSnapshot}, a copy of the lists of rows and segments of the alignment
 * the review service holds in memory (the sentence texts are shared, not copied). Rows come from
 * that alignment, not from the database, so a database snapshot would not pin them; and holding
 * the project's lock, as a backup does while it reads, would hold up every reviewer of the project
 * for as long as a download takes. Divergences, for the TMX notes, are found once over all rows
 * of the snapshot (unless the review screen found them at the same revision already); only each
 * row's divergences are kept, by row id, until the export ends. Rows are then made and written
 * page by page, so the output is not held in memory.
 *
 * <p>A comparable version (one that tells the same story but is not a translation of the pivot)
 * gives its text to a unit only when the row's confidence reaches the options' threshold for
 * comparable pairs, and the unit says so ({@link TmxProperties#COMPARABLE}); translations are always
 * exported. After the rows, each link between two exported sentences is a unit of its own
 * ({@link TmxProperties#LINK}), held to the same thresholds.
 */
@Service
public class ExportService {

    private static final int PAGE = 500;

    private final ProjectService projects;
    private final ReviewService reviews;
    private final DivergenceService divergences;
    private final Clock clock;
    private final ProjectAccess access;
    private int pageSize = PAGE;
    /** Runs before each page but the first is read: a seam for tests. */
    private Runnable betweenPages = () -> {
    };

    ExportService(ProjectService projects, ReviewService reviews, DivergenceService divergences, Clock clock, ProjectAccess access) {
        this.access = access;
        this.projects = projects;
        this.reviews = reviews;
        this.divergences = divergences;
        this.clock = clock;
    }

    /**
     * Writes one multilingual {@code <tu>} per row, with the row's status, confidence and number as
     * {@code <prop type="x-alinea-...">}.
     *
     * @return the number of translation units written
     * @throws NoSuchElementException when there is no such project
     */
    public int exportTmx(long projectId, TmxExportOptions options, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        List<DocumentInfo> exported = project.documents().stream().filter(d -> options.exports(d.position())).toList();
        if (exported.isEmpty()) {
            throw new UserErrorException("Choose at least one of the project's languages to export");
        }
        List<Column> columns = exported.stream().map(d -> Column.of(d, options)).toList();
        List<String> languages = columns.stream().map(Column::code).toList();
        RowSnapshot rows = reviews.snapshot(projectId);
        Map<Long, List<Divergence>> found = divergences.byRowId(projectId, rows);
        Set<Integer> positions = options.documents().isEmpty() ? Set.of() : exported.stream().map(DocumentInfo::position).collect(java.util.stream.Collectors.toSet());
        Iterable<TmxUnit> units = () -> units(rows, options, columns, project, notes(found, positions));
        return new TmxWriter().write(header(project, options), languages, units, out);
    }

    /**
     * Writes a zip with one bilingual TMX per pair of the pivot and another document, named
     * {@code PROJECT.PIVOT-OTHER.tmx} ({@code PROJECT.PIVOT-OTHER-N.tmx} for a second document in
     * the same language, N its column).
     *
     * @return the number of translation units written over all files
     */
    public int exportTmxPairs(long projectId, TmxExportOptions options, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        return pairFiles(project, options, out, ".tmx",
                (source, target, units, zip) -> new TmxWriter().write(header(project, options), List.of(source, target), units, zip));
    }

    /**
     * Writes a zip with one bilingual XLIFF 2.0 file per pair of the pivot (source) and another
     * document (target), named {@code PROJECT.PIVOT-OTHER.xlf}: one unit per row, its state from
     * the row's status, the row's divergence explanations between the two as notes. The pivot is
     * always the source, whichever documents the options choose.
     *
     * @return the number of units written over all files
     */
    public int exportXliffPairs(long projectId, TmxExportOptions options, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        return pairFiles(project, options, out, ".xlf",
                (source, target, units, zip) -> new XliffWriter().write(source, target, project.pivot().fileName(), withComparableNote(units), zip));
    }

    /** XLIFF has no properties: a unit from a comparable version says so in a note. */
    private static Iterable<TmxUnit> withComparableNote(Iterable<TmxUnit> units) {
        return () -> new Iterator<>() {
            private final Iterator<TmxUnit> all = units.iterator();

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public TmxUnit next() {
                TmxUnit unit = all.next();
                if (!unit.properties().containsKey(TmxProperties.COMPARABLE)) {
                    return unit;
                }
                List<String> notes = new ArrayList<>(unit.notes());
                notes.add(COMPARABLE_NOTE + unit.properties().get(TmxProperties.CONFIDENCE) + ".");
                return new TmxUnit(unit.id(), unit.variants(), unit.properties(), notes);
            }
        };
    }

    /** The note on an XLIFF unit from a comparable version, followed by the confidence. */
    static final String COMPARABLE_NOTE = "Comparable version (not a translation): a pair found by content, confidence ";

    /** Writes one file of a pair of languages (source, then target) into the zip; returns the units written. */
    @FunctionalInterface
    private interface PairWriter {
        int write(String source, String target, Iterable<TmxUnit> units, OutputStream zip);
    }

    /**
     * Writes a zip with one file per pair of the pivot and another exported document, named
     * {@code PROJECT.PIVOT-OTHER} and the extension; each row's divergence notes are those between the two.
     */
    private int pairFiles(ProjectSummary project, TmxExportOptions options, OutputStream out, String extension, PairWriter writer) {
        DocumentInfo pivot = project.pivot();
        RowSnapshot rows = reviews.snapshot(project.id());
        Map<Long, List<Divergence>> found = divergences.byRowId(project.id(), rows);
        int written = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            Set<String> names = new java.util.HashSet<>();
            for (DocumentInfo other : project.documents()) {
                if (other.position() == pivot.position() || !options.exports(other.position())) {
                    continue;
                }
                List<Column> columns = List.of(Column.of(pivot, options), Column.of(other, options));
                String source = columns.get(0).code();
                String target = columns.get(1).code();
                String name = fileStem(project) + "." + source + "-" + target;
                // two versions in one language (two translations) get a file each, told apart by their column
                zip.putNextEntry(new ZipEntry((names.add(name) ? name : name + "-" + (other.position() + 1)) + extension));
                Function<AlignedRow, List<String>> notes = notes(found, Set.of(pivot.position(), other.position()));
                written += writer.write(source, target, () -> units(rows, options, columns, project, notes), zip);
                zip.closeEntry();
            }
            zip.finish();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + extension + " pair files", e);
        }
    }

    /**
     * Writes the alignment as a table: row number, one column per document (headed by its TMX
     * language code), status, confidence and which of the row's texts come from a comparable
     * version (their TMX codes, space-separated; empty when none).
     *
     * @return the number of rows written
     */
    public int exportTable(long projectId, TabularWriter.Format format, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        List<String> header = new ArrayList<>();
        header.add("row");
        project.documents().forEach(d -> header.add(TmxLanguages.tmxCode(d.language())));
        header.add("status");
        header.add("confidence");
        header.add("comparable");
        // The comparable versions and their codes, worked out once for every row.
        Map<Integer, String> comparable = new java.util.TreeMap<>();
        project.documents().stream().filter(d -> !d.looksLikeTranslation()).forEach(d -> comparable.put(d.position(), TmxLanguages.tmxCode(d.language())));
        RowSnapshot snapshot = reviews.snapshot(projectId);
        Iterable<List<String>> rows = () -> new Iterator<>() {
            private final Iterator<AlignedRow> pages = new RowPages(snapshot);

            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public List<String> next() {
                AlignedRow row = pages.next();
                List<String> fields = new ArrayList<>();
                fields.add(Integer.toString(row.position() + 1));
                fields.addAll(cellTexts(project, row));
                fields.add(row.status().name().toLowerCase(Locale.ROOT));
                fields.add(confidence(row));
                fields.add(String.join(" ", comparable.entrySet().stream()
                        .filter(e -> !row.cells().get(e.getKey()).isEmpty()).map(Map.Entry::getValue).toList()));
                return fields;
            }
        };
        return new TabularWriter(format).write(header, rows, out);
    }

    /** For tests: reads rows this many at a time. */
    void pageSize(int rows) {
        pageSize = rows;
    }

    /** For tests: runs {@code hook} before each page of rows but the first is read. */
    void betweenPages(Runnable hook) {
        betweenPages = hook;
    }

    /** A file name stem made of the project's name. */
    public static String fileStem(ProjectSummary project) {
        String safe = project.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return safe.isEmpty() ? "alignment" : safe;
    }

    private ProjectSummary project(long projectId) {
        return projects.project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId));
    }

    private TmxHeader header(ProjectSummary project, TmxExportOptions options) {
        String source = options.pivotAsSource() && options.exports(project.pivotPosition())
                ? TmxLanguages.tmxCode(project.pivot().language(), options.chineseCode()) : "*all*";
        // How clearly each version matches the pivot, so that a re-import analyses it the same way.
        Map<String, String> properties = new LinkedHashMap<>();
        for (DocumentInfo document : project.documents()) {
            if (document.position() != project.pivotPosition() && options.exports(document.position())) {
                properties.put(TmxProperties.CONTRAST_PREFIX + TmxLanguages.tmxCode(document.language(), options.chineseCode()),
                        String.format(Locale.ROOT, "%.2f", document.matchContrast()));
            }
        }
        return new TmxHeader("Alinea", AlineaVersion.current(), source, clock.instant(), properties);
    }

    /**
     * A row's divergences as TMX notes; with {@code documents} given, only those whose sides all
     * lie in those documents (for a pair file).
     */
    private static Function<AlignedRow, List<String>> notes(Map<Long, List<Divergence>> found, Set<Integer> documents) {
        return row -> found.getOrDefault(row.id(), List.of()).stream()
                .filter(d -> documents.isEmpty() || d.spans().stream().allMatch(s -> documents.contains(s.document())))
                .map(Divergence::explanation)
                .toList();
    }

    /**
     * One exported document as a column of units.
     *
     * @param document its position in the project
     * @param code its TMX language code
     * @param comparable whether it is a comparable version rather than a translation
     */
    private record Column(int document, String code, boolean comparable) {
        static Column of(DocumentInfo document, TmxExportOptions options) {
            return new Column(document.position(), TmxLanguages.tmxCode(document.language(), options.chineseCode()), !document.looksLikeTranslation());
        }
    }

    /** The rows' units, then the links'. */
    private Iterator<TmxUnit> units(RowSnapshot snapshot, TmxExportOptions options, List<Column> columns, ProjectSummary project,
            Function<AlignedRow, List<String>> notes) {
        Iterator<TmxUnit> rows = rowUnits(snapshot, options, columns, project, notes);
        return new Iterator<>() {
            private Iterator<TmxUnit> links;

            @Override
            public boolean hasNext() {
                if (rows.hasNext()) {
                    return true;
                }
                if (links == null) {
                    links = linkUnits(snapshot, options, columns).iterator();
                }
                return links.hasNext();
            }

            @Override
            public TmxUnit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.hasNext() ? rows.next() : links.next();
            }
        };
    }

    /** A unit per link whose two sentences are exported, included and sure enough; numbered among all the project's links. */
    private static List<TmxUnit> linkUnits(RowSnapshot snapshot, TmxExportOptions options, List<Column> columns) {
        List<TmxUnit> units = new ArrayList<>();
        List<ReviewLink> links = snapshot.links();
        for (int k = 0; k < links.size(); k++) {
            ReviewLink link = links.get(k);
            int first = columnOf(columns, link.document());
            int second = columnOf(columns, link.otherDocument());
            if (first < 0 || second < 0 || options.confirmedOnly() && link.origin() != LinkOrigin.REVIEWER) {
                continue;
            }
            ReviewSegment one = snapshot.sentence(link.document(), link.segment());
            ReviewSegment other = snapshot.sentence(link.otherDocument(), link.otherSegment());
            List<String> comparable = java.util.stream.Stream.of(columns.get(first), columns.get(second)).filter(Column::comparable).map(Column::code).toList();
            double threshold = comparable.isEmpty() ? options.minConfidence() : Math.max(options.minConfidence(), options.comparableMinConfidence());
            if (one.excluded() || other.excluded() || link.confidence() < threshold) {
                continue;
            }
            List<String> variants = new ArrayList<>(java.util.Collections.nCopies(columns.size(), (String) null));
            variants.set(first, one.text());
            variants.set(second, other.text());
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(TmxProperties.LINK, link.origin().name().toLowerCase(Locale.ROOT));
            properties.put(TmxProperties.CONFIDENCE, String.format(Locale.ROOT, "%.2f", link.confidence()));
            if (!comparable.isEmpty()) {
                properties.put(TmxProperties.COMPARABLE, String.join(" ", comparable));
            }
            units.add(new TmxUnit("link-" + (k + 1), variants, properties, List.of()));
        }
        return units;
    }

    private static int columnOf(List<Column> columns, int document) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).document() == document) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A unit per row that passes the options; a comparable version's text only from rows sure enough
     * for comparable pairs (the unit then names those versions).
     */
    private Iterator<TmxUnit> rowUnits(RowSnapshot snapshot, TmxExportOptions options, List<Column> columns, ProjectSummary project,
            Function<AlignedRow, List<String>> notes) {
        Iterator<AlignedRow> rows = new RowPages(snapshot);
        return new Iterator<>() {
            private TmxUnit next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public TmxUnit next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                TmxUnit current = next;
                next = advance();
                return current;
            }

            private TmxUnit advance() {
                while (rows.hasNext()) {
                    AlignedRow row = rows.next();
                    if (options.confirmedOnly() && row.status() != RowStatus.CONFIRMED || row.confidence() < options.minConfidence()) {
                        continue;
                    }
                    List<String> all = cellTexts(project, row);
                    List<String> variants = new ArrayList<>();
                    List<String> comparable = new ArrayList<>();
                    for (Column column : columns) {
                        String text = all.get(column.document());
                        boolean unsure = column.comparable() && row.confidence() < options.comparableMinConfidence();
                        variants.add(unsure ? "" : text);
                        if (column.comparable() && !unsure && !text.isBlank()) {
                            comparable.add(column.code());
                        }
                    }
                    Map<String, String> properties = properties(row);
                    if (!comparable.isEmpty()) {
                        properties.put(TmxProperties.COMPARABLE, String.join(" ", comparable));
                    }
                    TmxUnit unit = new TmxUnit("row-" + (row.position() + 1), variants, properties, notes.apply(row));
                    if (unit.filledVariants() >= (options.keepSingleLanguageRows() ? 1 : 2)) {
                        return unit;
                    }
                }
                return null;
            }
        };
    }

    private static Map<String, String> properties(AlignedRow row) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(TmxProperties.STATUS, row.status().name().toLowerCase(Locale.ROOT));
        properties.put(TmxProperties.CONFIDENCE, confidence(row));
        return properties;
    }

    private static String confidence(AlignedRow row) {
        return String.format(Locale.ROOT, "%.2f", row.confidence());
    }

    private static List<String> cellTexts(ProjectSummary project, AlignedRow row) {
        return DivergenceService.cellTexts(project.documents().stream().map(DocumentInfo::language).toList(), row);
    }

    /** A snapshot's rows, made one page at a time. */
    private final class RowPages implements Iterator<AlignedRow> {
        private final RowSnapshot snapshot;
        private List<AlignedRow> page = List.of();
        private int pageIndex;
        private int nextOffset;

        RowPages(RowSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public boolean hasNext() {
            if (pageIndex >= page.size() && nextOffset < snapshot.rowCount()) {
                if (nextOffset > 0) {
                    betweenPages.run();
                }
                page = snapshot.rows(nextOffset, pageSize);
                pageIndex = 0;
                nextOffset += pageSize;
            }
            return pageIndex < page.size();
        }

        @Override
        public AlignedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(pageIndex++);
        }
    }
}
