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
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.AlineaVersion;
import dev.alinea.divergence.Divergence;
import dev.alinea.names.DivergenceService;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.tmx.TmxHeader;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxProperties;
import dev.alinea.tmx.TmxUnit;
import dev.alinea.tmx.TmxWriter;
import dev.alinea.users.ProjectAccess;

/**
 * Exports a project's alignment: multilingual TMX (divergences as notes), one TMX per language
 * pair (zipped), CSV, TSV and XLSX. Rows are read page by page and written as they come, so memory does not grow with the project.
 */
@Service
public class ExportService {

    private static final int PAGE = 500;

    private final ProjectService projects;
    private final DivergenceService divergences;
    private final Clock clock;
    private final ProjectAccess access;

    ExportService(ProjectService projects, DivergenceService divergences, Clock clock, ProjectAccess access) {
        this.access = access;
        this.projects = projects;
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
    @Transactional(readOnly = true)
    public int exportTmx(long projectId, TmxExportOptions options, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        List<String> languages = project.documents().stream().map(d -> TmxLanguages.tmxCode(d.language(), options.chineseCode())).toList();
        Map<Integer, List<Divergence>> notes = notesByRow(divergences.report(projectId).divergences(), Set.of());
        Iterable<TmxUnit> units = () -> units(project, options, row -> cellTexts(project, row), notes);
        return new TmxWriter().write(header(project, options), languages, units, out);
    }

    /**
     * Writes a zip with one bilingual TMX per pair of the pivot and another document, named
     * {@code PROJECT.PIVOT-OTHER.tmx}.
     *
     * @return the number of translation units written over all files
     */
    @Transactional(readOnly = true)
    public int exportTmxPairs(long projectId, TmxExportOptions options, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        DocumentInfo pivot = project.pivot();
        List<Divergence> found = divergences.report(projectId).divergences();
        int written = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (DocumentInfo other : project.documents()) {
                if (other.position() == pivot.position()) {
                    continue;
                }
                String source = TmxLanguages.tmxCode(pivot.language(), options.chineseCode());
                String target = TmxLanguages.tmxCode(other.language(), options.chineseCode());
                zip.putNextEntry(new ZipEntry(fileStem(project) + "." + source + "-" + target + ".tmx"));
                Function<AlignedRow, List<String>> pairTexts = row -> {
                    List<String> all = cellTexts(project, row);
                    return List.of(all.get(pivot.position()), all.get(other.position()));
                };
                Map<Integer, List<Divergence>> notes = notesByRow(found, Set.of(pivot.position(), other.position()));
                Iterable<TmxUnit> units = () -> units(project, options, pairTexts, notes);
                written += new TmxWriter().write(header(project, options), List.of(source, target), units, zip);
                zip.closeEntry();
            }
            zip.finish();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the TMX pair files", e);
        }
    }

    /**
     * Writes the alignment as a table: row number, one column per document (headed by its TMX
     * language code), status and confidence.
     *
     * @return the number of rows written
     */
    @Transactional(readOnly = true)
    public int exportTable(long projectId, TabularWriter.Format format, OutputStream out) {
        access.checkRead(projectId);
        ProjectSummary project = project(projectId);
        List<String> header = new ArrayList<>();
        header.add("row");
        project.documents().forEach(d -> header.add(TmxLanguages.tmxCode(d.language())));
        header.add("status");
        header.add("confidence");
        Iterable<List<String>> rows = () -> new Iterator<>() {
            private final Iterator<AlignedRow> pages = new RowPages(project);

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
                return fields;
            }
        };
        return new TabularWriter(format).write(header, rows, out);
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
        String source = options.pivotAsSource() ? TmxLanguages.tmxCode(project.pivot().language(), options.chineseCode()) : "*all*";
        // How clearly each version matches the pivot, so that a re-import analyses it the same way.
        Map<String, String> properties = new LinkedHashMap<>();
        for (DocumentInfo document : project.documents()) {
            if (document.position() != project.pivotPosition()) {
                properties.put(TmxProperties.CONTRAST_PREFIX + TmxLanguages.tmxCode(document.language(), options.chineseCode()),
                        String.format(Locale.ROOT, "%.2f", document.matchContrast()));
            }
        }
        return new TmxHeader("Alinea", AlineaVersion.current(), source, clock.instant(), properties);
    }

    /**
     * The divergences of each row, as TMX notes; with {@code documents} given, only those whose
     * sides all lie in those documents (for a pair file).
     */
    private static Map<Integer, List<Divergence>> notesByRow(List<Divergence> found, Set<Integer> documents) {
        return found.stream()
                .filter(d -> documents.isEmpty() || d.spans().stream().allMatch(s -> documents.contains(s.document())))
                .collect(Collectors.groupingBy(Divergence::row));
    }

    private Iterator<TmxUnit> units(ProjectSummary project, TmxExportOptions options, Function<AlignedRow, List<String>> texts,
            Map<Integer, List<Divergence>> notes) {
        Iterator<AlignedRow> rows = new RowPages(project);
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
                    if (options.confirmedOnly() && row.status() != RowStatus.CONFIRMED) {
                        continue;
                    }
                    List<String> explanations = notes.getOrDefault(row.position(), List.of()).stream().map(Divergence::explanation).toList();
                    TmxUnit unit = new TmxUnit("row-" + (row.position() + 1), texts.apply(row), properties(row), explanations);
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

    /** A project's rows, fetched one page at a time. */
    private final class RowPages implements Iterator<AlignedRow> {
        private final ProjectSummary project;
        private List<AlignedRow> page = List.of();
        private int pageIndex;
        private int nextOffset;

        RowPages(ProjectSummary project) {
            this.project = project;
        }

        @Override
        public boolean hasNext() {
            if (pageIndex >= page.size() && nextOffset < project.rowCount()) {
                page = projects.rows(project.id(), nextOffset, PAGE);
                pageIndex = 0;
                nextOffset += PAGE;
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
