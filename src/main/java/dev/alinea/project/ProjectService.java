package dev.alinea.project;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.align.Aligners;
import dev.alinea.align.ExcludedSegments;
import dev.alinea.align.LexicalAligner;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.align.Row;
import dev.alinea.align.SegmentRange;
import dev.alinea.problem.UserErrorException;
import dev.alinea.review.RowStatus;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.RowFilter;
import dev.alinea.text.ClutterDetector;
import dev.alinea.text.ExtractedText;
import dev.alinea.text.LanguageGuesser;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.SrxRules;
import dev.alinea.text.TikaTextExtractor;
import dev.alinea.tmx.TmxDocument;
import dev.alinea.tmx.TmxFormatException;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxProperties;
import dev.alinea.tmx.TmxReader;
import dev.alinea.tmx.TmxUnit;
import dev.alinea.users.ProjectAccess;

/** Creates projects from files and reads their alignment page by page. */
@Service
public class ProjectService {

    private static final Logger log = LoggerFactory.getLogger(ProjectService.class);

    private final JdbcProjectRepository repository;
    private final TikaTextExtractor extractor;
    private final MultiAligner aligner = new MultiAligner(Aligners::forPair);
    private final Clock clock;
    private final ReviewService reviews;
    private final ProjectAccess access;
    private final long maxImportBytes;

    ProjectService(JdbcProjectRepository repository, Clock clock, ReviewService reviews, ProjectAccess access,
            @org.springframework.beans.factory.annotation.Value("${alinea.import.max-bytes:52428800}") long maxBytes) {
        this.repository = repository;
        this.clock = clock;
        this.reviews = reviews;
        this.access = access;
        this.extractor = new TikaTextExtractor(maxBytes);
        this.maxImportBytes = maxBytes;
    }

    /** A few sentences of the workbench's languages, for {@link #warmUp}: a name, a number, a surname in Han script. */
    private static final List<SourceFile> WARM_UP_TEXTS = List.of(
            new SourceFile("warm-up.en.txt", "en", "Dr. Li Feifei joined the Stanford lab in 2016. Three years later, Andrew Ng left the company."
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new SourceFile("warm-up.id.txt", "id", "Dr. Li Feifei bergabung dengan laboratorium Stanford pada tahun 2016. Tiga tahun kemudian, Andrew Ng meninggalkan perusahaan itu."
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new SourceFile("warm-up.zh.txt", "zh", "李飞飞博士于2016年加入斯坦福实验室。三年后，吴恩达离开了公司。".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    /**
     * Does an import's work (text extraction, sentence splitting, language detection, alignment)
     * on a few built-in sentences in English, Indonesian and Chinese, and stores nothing: the
     * dictionaries, detectors and rules are then loaded before someone waits for them.
     *
     * @return the aligned rows' cells, one text per document in the order English, Indonesian, Chinese
     */
    public List<List<String>> warmUp() {
        List<List<String>> sentences = new ArrayList<>();
        for (SourceFile file : WARM_UP_TEXTS) {
            ExtractedText text = extractor.extract(file.fileName(), new ByteArrayInputStream(file.content()), file.encoding());
            LanguageGuesser.guess(text.text());
            sentences.add(new SentenceSegmenter(file.language(), SrxRules.bundled()).segment(text.text()).stream().map(Segment::text).toList());
        }
        List<String> languages = WARM_UP_TEXTS.stream().map(SourceFile::language).toList();
        return aligner.align(sentences, languages, 0).cellTexts(sentences, languages);
    }

    /** The most a file to import may hold, in bytes ({@code alinea.import.max-bytes}). */
    public long maxImportBytes() {
        return maxImportBytes;
    }

    /**
     * Checks, before any file is read, that the caller may create projects.
     *
     * @throws dev.alinea.users.AccessDeniedException unless the caller is an administrator
     */
    public void checkCreate() {
        access.checkAdmin("create projects");
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
        return createProject(name, files, pivotPosition, SrxRules.bundled());
    }

    /**
     * As {@link #createProject(String, List, int)}, with the project's own sentence rules (SRX 2.0)
     * instead of Alinea's.
     */
    @Transactional
    public long createProject(String name, List<SourceFile> files, int pivotPosition, SrxRules sentenceRules) {
        access.checkAdmin("create projects");
        List<String> fileNames = files.stream().map(SourceFile::fileName).toList();
        return logged("Import of " + fileNames, () -> create(name, files, pivotPosition, sentenceRules));
    }

    /**
     * Runs an import and logs its outcome: the new project at INFO, a refusal (bad input) at WARN
     * with its reason, a failure at ERROR with its stack trace.
     */
    private static long logged(String what, java.util.function.LongSupplier work) {
        try {
            long projectId = work.getAsLong();
            log.info("{}: created project {}", what, projectId);
            return projectId;
        } catch (UserErrorException e) {
            log.warn("{} refused: {}", what, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.error("{} failed", what, e);
            throw e;
        }
    }

    private long create(String name, List<SourceFile> files, int pivotPosition, SrxRules sentenceRules) {
        if (files.isEmpty()) {
            throw new UserErrorException("A project needs at least one document");
        }
        if (pivotPosition < 0 || pivotPosition >= files.size()) {
            throw new IllegalArgumentException("The pivot must be one of the project's " + files.size() + " documents");
        }
        checkFits(name, files);
        List<ExtractedText> texts = new ArrayList<>();
        List<List<Segment>> segments = new ArrayList<>();
        List<java.util.Set<Integer>> clutter = new ArrayList<>();
        for (SourceFile file : files) {
            ExtractedText text = extractor.extract(file.fileName(), new ByteArrayInputStream(file.content()), file.encoding());
            texts.add(text);
            List<Segment> documentSegments = new SentenceSegmenter(file.language(), sentenceRules).segment(text.text());
            segments.add(documentSegments);
            clutter.add(clutterSegments(text, documentSegments));
        }
        // Page clutter is left out of the alignment and put back as rows of its own.
        List<List<String>> included = new ArrayList<>();
        boolean[][] excluded = new boolean[files.size()][];
        for (int d = 0; d < files.size(); d++) {
            excluded[d] = new boolean[segments.get(d).size()];
            List<String> kept = new ArrayList<>();
            for (Segment segment : segments.get(d)) {
                excluded[d][segment.index()] = clutter.get(d).contains(segment.index());
                if (!excluded[d][segment.index()]) {
                    kept.add(segment.text());
                }
            }
            included.add(kept);
        }
        MultiAlignment aligned = aligner.align(included, files.stream().map(SourceFile::language).toList(), pivotPosition);
        MultiAlignment alignment = new MultiAlignment(ExcludedSegments.expand(aligned.rows(), excluded), aligned.contrast(), aligned.disagreements(),
                ExcludedSegments.expandLinks(aligned.links(), excluded));

        long projectId = repository.insertProject(name, pivotPosition, clock.instant());
        for (int d = 0; d < files.size(); d++) {
            long documentId = repository.insertDocument(projectId, d, files.get(d).language(), texts.get(d), alignment.contrast().get(d),
                    LanguageGuesser.guess(texts.get(d).text()).orElse(null));
            repository.insertSegments(documentId, segments.get(d), clutter.get(d));
        }
        reviews.storeAlignment(projectId, alignment.rows(), java.util.Collections.nCopies(alignment.rows().size(), RowStatus.ALIGNED), alignment.links());
        return projectId;
    }

    /** The longest project name, file name and language tag the database keeps (see V1__alignment_schema.sql). */
    static final int MAX_NAME = 200;
    static final int MAX_FILE_NAME = 500;
    static final int MAX_LANGUAGE_TAG = 35;

    /** Refuses, in the user's words, what the database would refuse with a message about its columns. */
    private static void checkFits(String name, List<SourceFile> files) {
        if (name.length() > MAX_NAME) {
            throw new UserErrorException("A project name can be at most " + MAX_NAME + " characters long; this one has " + name.length() + ".");
        }
        for (SourceFile file : files) {
            if (file.fileName().length() > MAX_FILE_NAME) {
                throw new UserErrorException("The file name " + file.fileName().substring(0, 60) + "… is longer than " + MAX_FILE_NAME
                        + " characters: rename the file.");
            }
            if (file.language().length() > MAX_LANGUAGE_TAG) {
                throw new UserErrorException(file.fileName() + ": \"" + file.language() + "\" is not a language tag (at most "
                        + MAX_LANGUAGE_TAG + " characters, such as en, id or zh-Hant).");
            }
        }
    }

    /**
     * What reading a file tells before a project is made of it.
     *
     * @param language the detected language, or null when it is not clear
     * @param heading the document's title or first heading, to name a project by; empty when it has none
     * @param warnings notes naming the file (a repaired malformed HTML page); empty when none
     */
    public record FileCheck(@Nullable String language, String heading, List<String> warnings) {
    }

    /**
     * Reads a file as {@link #createProject} would: guesses its language and says what is odd about it.
     *
     * @throws dev.alinea.text.ExtractionException naming the file when it cannot be read
     */
    public FileCheck check(String fileName, byte[] content) {
        ExtractedText text = extractor.extract(fileName, new ByteArrayInputStream(content));
        String warning = text.metadata().get(TikaTextExtractor.WARNING);
        return new FileCheck(LanguageGuesser.guess(text.text()).orElse(null), text.heading(), warning == null ? List.of() : List.of(fileName + ": " + warning));
    }

    /**
     * Makes a project of a TMX file so that review can continue: one document per language (the
     * header's source language first, it becomes the pivot), one segment per variant, one row per
     * unit. Rows are confirmed, unless the file is Alinea's own and says otherwise (its
     * {@code x-alinea-status} and {@code x-alinea-confidence} properties are kept). Units without
     * text are skipped, and so are links between sentences ({@code x-alinea-link}), which are no rows.
     *
     * @return the new project's id
     * @throws dev.alinea.tmx.TmxFormatException naming the file and line when it is not TMX; nothing is stored then
     */
    @Transactional
    public long importTmx(String fileName, byte[] content) {
        access.checkAdmin("create projects");
        return logged("Import of TMX file " + fileName, () -> importUnits(fileName, content));
    }

    private long importUnits(String fileName, byte[] content) {
        TmxDocument tmx = new TmxReader().read(fileName, new ByteArrayInputStream(content));
        if (tmx.languages().isEmpty() || tmx.units().isEmpty()) {
            throw new TmxFormatException(fileName, -1, "the file holds no translation units", null);
        }
        List<String> languages = documentLanguages(tmx.languages());
        int documents = languages.size();
        List<List<Segment>> segments = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            segments.add(new ArrayList<>());
            texts.add(new StringBuilder());
        }
        List<Row> rows = new ArrayList<>();
        List<RowStatus> statuses = new ArrayList<>();
        for (TmxUnit unit : tmx.units()) {
            if (unit.filledVariants() == 0 || unit.properties().containsKey(TmxProperties.LINK)) {
                continue;
            }
            List<SegmentRange> cells = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                List<Segment> docSegments = segments.get(d);
                int before = docSegments.size();
                String variant = unit.variants().get(d);
                if (variant != null && !variant.isBlank()) {
                    StringBuilder text = texts.get(d);
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    int start = text.length();
                    text.append(variant);
                    docSegments.add(new Segment(before, variant, start, text.length()));
                }
                cells.add(new SegmentRange(before, docSegments.size()));
            }
            rows.add(new Row(cells, importedConfidence(unit)));
            statuses.add(importedStatus(unit));
        }
        String stem = fileName.replaceFirst("(?i)\\.tmx$", "");
        String name = stem.length() > MAX_NAME ? stem.substring(0, MAX_NAME - 1) + "…" : stem;
        if (fileName.length() > MAX_FILE_NAME - 50) {
            throw new UserErrorException("The file name " + fileName.substring(0, 60) + "… is too long: rename the file.");
        }
        for (String language : languages) {
            if (language.length() > MAX_LANGUAGE_TAG) {
                throw new TmxFormatException(fileName, -1, "\"" + language.substring(0, 40) + "…\" is not a language tag", null);
            }
        }
        long projectId = repository.insertProject(name, 0, clock.instant());
        for (int d = 0; d < documents; d++) {
            String text = texts.get(d).toString();
            ExtractedText extracted = new ExtractedText(fileName + " [" + tmx.languages().get(d) + "]", "",
                    text.isEmpty() ? List.of() : List.of(text.split("\n", -1)), java.util.Map.of());
            long documentId = repository.insertDocument(projectId, d, languages.get(d), extracted, d == 0 ? Double.POSITIVE_INFINITY
                    : importedContrast(tmx, tmx.languages().get(d)), null);
            repository.insertSegments(documentId, segments.get(d), java.util.Set.of());
        }
        reviews.storeAlignment(projectId, rows, statuses);
        return projectId;
    }

    /** Alinea's own files say how clearly each version matched the pivot; another tool's TM holds translations. */
    private static double importedContrast(TmxDocument tmx, String tmxCode) {
        try {
            return Double.parseDouble(tmx.properties().getOrDefault(TmxProperties.CONTRAST_PREFIX + tmxCode, "x"));
        } catch (NumberFormatException e) {
            return LexicalAligner.TRANSLATION_CONTRAST;
        }
    }

    private static RowStatus importedStatus(TmxUnit unit) {
        String status = unit.properties().getOrDefault(TmxProperties.STATUS, "");
        return status.equalsIgnoreCase(RowStatus.ALIGNED.name()) ? RowStatus.ALIGNED : RowStatus.CONFIRMED;
    }

    private static double importedConfidence(TmxUnit unit) {
        try {
            double value = Double.parseDouble(unit.properties().getOrDefault(TmxProperties.CONFIDENCE, "1"));
            return value >= 0 && value <= 1 ? value : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The segments of a document's clutter blocks (see {@link ClutterDetector}). */
    private static java.util.Set<Integer> clutterSegments(ExtractedText text, List<Segment> segments) {
        java.util.Set<Integer> blocks = ClutterDetector.clutterBlocks(text.blocks());
        if (blocks.isEmpty()) {
            return java.util.Set.of();
        }
        int[] blockStarts = new int[text.blocks().size() + 1];
        for (int b = 0; b < text.blocks().size(); b++) {
            blockStarts[b + 1] = blockStarts[b] + text.blocks().get(b).length() + 1;
        }
        java.util.Set<Integer> excluded = new java.util.TreeSet<>();
        for (Segment segment : segments) {
            int block = java.util.Arrays.binarySearch(blockStarts, segment.start());
            int index = block >= 0 ? block : -block - 2;
            if (blocks.contains(index)) {
                excluded.add(segment.index());
            }
        }
        return excluded;
    }

    /** Alinea's tags for the file's TMX codes; a code whose tag is taken already keeps its full form. */
    private static List<String> documentLanguages(List<String> tmxCodes) {
        List<String> tags = new ArrayList<>();
        for (String code : tmxCodes) {
            String tag = TmxLanguages.languageTag(code);
            tags.add(tags.contains(tag) ? code : tag);
        }
        return tags;
    }

    /** The longest project name kept. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Gives a project another name.
     *
     * @throws UserErrorException when the name is blank or longer than {@value #MAX_NAME_LENGTH} characters, or the project is gone
     */
    @Transactional
    public void rename(long projectId, String name) {
        access.checkAdmin("rename projects");
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new UserErrorException("A project needs a name");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserErrorException("A project name has at most " + MAX_NAME_LENGTH + " characters, not " + trimmed.length());
        }
        if (!repository.updateName(projectId, trimmed)) {
            throw new UserErrorException("There is no project with id " + projectId + ": it may have been deleted");
        }
        log.info("Project {} renamed to \"{}\"", projectId, trimmed);
    }

    /**
     * Deletes a project and everything stored with it (documents, sentences, rows, history, name
     * list, members), for good.
     *
     * @throws UserErrorException when the project is gone already
     */
    @Transactional
    public void delete(long projectId) {
        access.checkAdmin("delete projects");
        if (!repository.deleteProject(projectId)) {
            throw new UserErrorException("There is no project with id " + projectId + ": it may have been deleted already");
        }
        reviews.forget(projectId);
        log.info("Project {} deleted", projectId);
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> projects() {
        return repository.findProjects().stream().filter(p -> access.canRead(p.id())).map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> project(long projectId) {
        return repository.findProject(projectId).filter(p -> access.canRead(p.id())).map(this::summary);
    }

    @Transactional(readOnly = true)
    public int rowCount(long projectId) {
        access.checkRead(projectId);
        return repository.countRows(projectId);
    }

    /**
     * Rows {@code [offset, offset + limit)} of a project's alignment, with their texts.
     *
     * @return at most {@code limit} rows, fewer at the end; empty past the end
     */
    public List<AlignedRow> rows(long projectId, int offset, int limit) {
        return reviews.rows(projectId, RowFilter.ALL, offset, limit);
    }

    private ProjectSummary summary(JdbcProjectRepository.ProjectRecord record) {
        return new ProjectSummary(record.id(), record.name(), record.createdAt(), record.pivotPosition(),
                repository.findDocuments(record.id()), repository.countRows(record.id()));
    }
}
