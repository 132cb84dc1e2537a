package dev.alinea.project;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.AlineaVersion;
import dev.alinea.align.Aligners;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.align.SegmentRange;
import dev.alinea.text.ExtractedText;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceJoiner;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.TikaTextExtractor;
import dev.alinea.tmx.TmxHeader;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxWriter;

/** Creates projects from files, reads their alignment page by page, and exports it. */
@Service
public class ProjectService {

    private static final int EXPORT_PAGE = 500;

    private final JdbcProjectRepository repository;
    private final TikaTextExtractor extractor = new TikaTextExtractor();
    private final MultiAligner aligner = new MultiAligner(Aligners::forPair);
    private final Clock clock;

    ProjectService(JdbcProjectRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Imports files as one project: extracts each file's text, splits it into sentences, aligns all
     * documents to the pivot and stores the result, all or nothing.
     *
     * @param name the project's name
     * @param files the documents, in column order
     * @param pivotPosition which of {@code files} the others are aligned to
     * @return the new project's id
     * @throws dev.alinea.text.ExtractionException naming the file that could not be read; nothing is stored then
     */
    @Transactional
    public long createProject(String name, List<SourceFile> files, int pivotPosition) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("A project needs at least one document");
        }
        if (pivotPosition < 0 || pivotPosition >= files.size()) {
            throw new IllegalArgumentException("The pivot must be one of the project's " + files.size() + " documents");
        }
        List<ExtractedText> texts = new ArrayList<>();
        List<List<Segment>> segments = new ArrayList<>();
        for (SourceFile file : files) {
            ExtractedText text = extractor.extract(file.fileName(), new ByteArrayInputStream(file.content()));
            texts.add(text);
            segments.add(new SentenceSegmenter(file.language()).segment(text.text()));
        }
        MultiAlignment alignment = aligner.align(segments.stream().map(s -> s.stream().map(Segment::text).toList()).toList(),
                files.stream().map(SourceFile::language).toList(), pivotPosition);

        long projectId = repository.insertProject(name, pivotPosition, clock.instant());
        for (int d = 0; d < files.size(); d++) {
            long documentId = repository.insertDocument(projectId, d, files.get(d).language(), texts.get(d), alignment.contrast().get(d));
            repository.insertSegments(documentId, segments.get(d));
        }
        repository.insertRows(projectId, alignment.rows());
        return projectId;
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> projects() {
        return repository.findProjects().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> project(long projectId) {
        return repository.findProject(projectId).map(this::summary);
    }

    @Transactional(readOnly = true)
    public int rowCount(long projectId) {
        return repository.countRows(projectId);
    }

    /**
     * Rows {@code [offset, offset + limit)} of a project's alignment, with their texts.
     *
     * @return at most {@code limit} rows, fewer at the end; empty past the end
     */
    @Transactional(readOnly = true)
    public List<AlignedRow> rows(long projectId, int offset, int limit) {
        List<DocumentInfo> documents = repository.findDocuments(projectId);
        List<JdbcProjectRepository.StoredRow> stored = repository.findRows(projectId, documents.size(), offset, limit);
        if (stored.isEmpty()) {
            return List.of();
        }
        List<List<String>> texts = new ArrayList<>();
        int[] firstIndex = new int[documents.size()];
        for (DocumentInfo document : documents) {
            int d = document.position();
            int start = stored.stream().mapToInt(r -> r.cells()[d].start()).min().orElseThrow();
            int end = stored.stream().mapToInt(r -> r.cells()[d].end()).max().orElseThrow();
            firstIndex[d] = start;
            texts.add(repository.findSegmentTexts(document.id(), start, end));
        }
        return stored.stream().map(row -> {
            List<List<String>> cells = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                SegmentRange range = row.cells()[d];
                cells.add(texts.get(d).subList(range.start() - firstIndex[d], range.end() - firstIndex[d]));
            }
            return new AlignedRow(row.position(), cells, row.confidence(), row.status());
        }).toList();
    }

    /**
     * Writes a project's alignment as multilingual TMX 1.4b, one unit per row, with the pivot's
     * language as source language. Rows are read page by page, so memory does not grow with the project.
     *
     * @return the number of translation units written
     * @throws NoSuchElementException when there is no such project
     */
    @Transactional(readOnly = true)
    public int exportTmx(long projectId, OutputStream out) {
        ProjectSummary project = project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId));
        List<String> languages = project.documents().stream().map(d -> TmxLanguages.tmxCode(d.language())).toList();
        TmxHeader header = new TmxHeader("Alinea", AlineaVersion.current(), TmxLanguages.tmxCode(project.pivot().language()), clock.instant());
        Iterable<List<String>> units = () -> new RowTextIterator(project);
        return new TmxWriter().write(header, languages, units, out);
    }

    private ProjectSummary summary(JdbcProjectRepository.ProjectRecord record) {
        return new ProjectSummary(record.id(), record.name(), record.createdAt(), record.pivotPosition(),
                repository.findDocuments(record.id()), repository.countRows(record.id()));
    }

    /** Iterates a project's rows as joined cell texts, fetching one page at a time. */
    private final class RowTextIterator implements Iterator<List<String>> {
        private final ProjectSummary project;
        private List<AlignedRow> page = List.of();
        private int pageIndex;
        private int nextOffset;

        RowTextIterator(ProjectSummary project) {
            this.project = project;
        }

        @Override
        public boolean hasNext() {
            if (pageIndex >= page.size() && nextOffset < project.rowCount()) {
                page = rows(project.id(), nextOffset, EXPORT_PAGE);
                pageIndex = 0;
                nextOffset += EXPORT_PAGE;
            }
            return pageIndex < page.size();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AlignedRow row = page.get(pageIndex++);
            List<String> texts = new ArrayList<>();
            for (int d = 0; d < row.cells().size(); d++) {
                texts.add(SentenceJoiner.join(project.documents().get(d).language(), row.cells().get(d)));
            }
            return texts;
        }
    }
}
