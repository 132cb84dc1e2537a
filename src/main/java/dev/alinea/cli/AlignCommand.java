package dev.alinea.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.alinea.AlineaVersion;
import dev.alinea.align.Aligners;
import dev.alinea.align.LexicalAligner;
import dev.alinea.align.Link;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.divergence.DivergenceReport;
import dev.alinea.divergence.Entity;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.Span;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.problem.UserErrorException;
import dev.alinea.text.ExtractedText;
import dev.alinea.text.LanguageGuesser;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.SrxRules;
import dev.alinea.text.TikaTextExtractor;
import dev.alinea.tmx.TmxHeader;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.tmx.TmxProperties;
import dev.alinea.tmx.TmxUnit;
import dev.alinea.tmx.TmxWriter;

/** Imports, aligns and checks files without the web app, and writes the TMX and a JSON report. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Reads each FILE, splits it into sentences, aligns all of them to the first (the pivot), finds the divergences, "
                + "and writes DIR/alignment.tmx and DIR/report.json (see the README for the JSON)."})
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write alignment.tmx and report.json to")
    Path out;

    @Option(names = "--lang", split = ",", paramLabel = "TAG",
            description = "the files' languages in order, e.g. --lang en,id,zh (default: detected: en, id or zh)")
    List<String> languages = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "decode text files with this encoding (e.g. GB18030, Big5, windows-1252) instead of detecting it")
    java.nio.charset.Charset encoding;

    @Option(names = "--srx", paramLabel = "FILE", description = "sentence rules (SRX 2.0) to use instead of Alinea's")
    Path srx;

    @Mixin
    NameListOption names;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the versions; the first is the pivot")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (!languages.isEmpty() && languages.size() != files.size()) {
            throw new UserErrorException("--lang gives " + languages.size() + " languages for " + files.size() + " files");
        }
        SrxRules rules = SrxRules.bundled();
        if (srx != null) {
            try (var in = Files.newInputStream(srx)) {
                rules = SrxRules.load(srx.toString(), in);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UserErrorException(srx + ": no such file", e);
            }
        }
        List<ExtractedText> texts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<List<Segment>> segments = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            ExtractedText text;
            try (var in = Files.newInputStream(file)) {
                text = new TikaTextExtractor().extract(file.getFileName().toString(), in, encoding);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UserErrorException(file + ": no such file", e);
            }
            String language = languages.isEmpty() ? LanguageGuesser.guess(text.text()).orElseThrow(() -> new UserErrorException(
                    file + ": the language could not be detected; give the languages with --lang, e.g. --lang en,id,zh")) : languages.get(f);
            texts.add(text);
            tags.add(language);
            segments.add(new SentenceSegmenter(language, rules).segment(text.text()));
        }
        List<List<String>> sentences = segments.stream().map(s -> s.stream().map(Segment::text).toList()).toList();
        List<NameEntry> nameList = names.entries();
        NameLexicon known = NameEntry.lexicon(nameList);
        MultiAlignment alignment = new MultiAligner((pivot, other) -> Aligners.forPair(pivot, other, known)).align(sentences, tags, 0);
        List<List<String>> rows = alignment.cellTexts(sentences, tags);
        List<Boolean> translations = alignment.contrast().stream().map(c -> c >= LexicalAligner.TRANSLATION_CONTRAST).toList();
        DivergenceReport report = new DivergenceDetector().detect(tags, translations, rows, nameList);

        Files.createDirectories(out);
        writeTmx(tags, alignment, sentences, rows, report);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        json.writeValue(out.resolve("report.json").toFile(), report(texts, tags, segments, alignment, report));
        spec.commandLine().getOut().printf("%s: %d rows, %d divergences, %d names%n", out, rows.size(), report.divergences().size(), report.nameList().size());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** One unit per row with two versions or more, then one per link. */
    private void writeTmx(List<String> tags, MultiAlignment alignment, List<List<String>> sentences, List<List<String>> rows, DivergenceReport report)
            throws IOException {
        List<TmxUnit> units = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            List<String> notes = report.divergences().stream().filter(d -> d.row() == row).map(Divergence::explanation).toList();
            Map<String, String> properties = Map.of(TmxProperties.STATUS, "aligned", TmxProperties.CONFIDENCE,
                    String.format(java.util.Locale.ROOT, "%.2f", alignment.rows().get(r).confidence()));
            TmxUnit unit = new TmxUnit("row-" + (r + 1), rows.get(r), properties, notes);
            if (unit.filledVariants() >= 2) {
                units.add(unit);
            }
        }
        for (int k = 0; k < alignment.links().size(); k++) {
            Link link = alignment.links().get(k);
            List<String> variants = new ArrayList<>(java.util.Collections.nCopies(tags.size(), (String) null));
            variants.set(link.document(), sentences.get(link.document()).get(link.segment()));
            variants.set(link.otherDocument(), sentences.get(link.otherDocument()).get(link.otherSegment()));
            units.add(new TmxUnit("link-" + (k + 1), variants, Map.of(TmxProperties.LINK, "automatic", TmxProperties.CONFIDENCE,
                    String.format(java.util.Locale.ROOT, "%.2f", link.confidence())), List.of()));
        }
        try (OutputStream file = Files.newOutputStream(out.resolve("alignment.tmx"))) {
            new TmxWriter().write(new TmxHeader("Alinea", AlineaVersion.current(), TmxLanguages.tmxCode(tags.getFirst()), Instant.now()),
                    tags.stream().map(TmxLanguages::tmxCode).toList(), units, file);
        }
    }

    private AlignReport report(List<ExtractedText> texts, List<String> tags, List<List<Segment>> segments, MultiAlignment alignment,
            DivergenceReport report) {
        List<AlignReport.Document> documents = new ArrayList<>();
        for (int d = 0; d < tags.size(); d++) {
            documents.add(new AlignReport.Document(d, texts.get(d).fileName(), tags.get(d), texts.get(d).title(),
                    alignment.contrast().get(d) >= LexicalAligner.TRANSLATION_CONTRAST,
                    segments.get(d).stream().map(s -> new AlignReport.Segment(s.index(), s.text(), s.start(), s.end())).toList()));
        }
        List<AlignReport.Row> rows = new ArrayList<>();
        for (int r = 0; r < alignment.rows().size(); r++) {
            int row = r;
            rows.add(new AlignReport.Row(r,
                    alignment.rows().get(r).cells().stream().map(cell -> java.util.stream.IntStream.range(cell.start(), cell.end()).boxed().toList()).toList(),
                    Math.round(alignment.rows().get(r).confidence() * 1000) / 1000.0,
                    report.divergences().stream().filter(d -> d.row() == row).map(d -> divergence(d, tags)).toList()));
        }
        boolean linked = !alignment.links().isEmpty();
        return new AlignReport(linked ? AlignReport.VERSION : AlignReport.WITHOUT_LINKS, "Alinea " + AlineaVersion.current(), documents, rows,
                report.nameList().stream().map(e -> entity(e, tags)).toList(), linked ? AlignReport.Link.of(alignment.links()) : null);
    }

    private static AlignReport.Divergence divergence(Divergence divergence, List<String> tags) {
        return new AlignReport.Divergence(divergence.type().name(), divergence.spans().stream().map(s -> tags.get(s.document())).distinct().toList(),
                divergence.spans().stream().map(s -> new AlignReport.Side(s.document(), tags.get(s.document()), s.text(), s.start(), s.end())).toList(),
                divergence.explanation());
    }

    private static AlignReport.Name entity(Entity entity, List<String> tags) {
        Map<String, List<String>> renderings = new LinkedHashMap<>();
        entity.renderings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> renderings.put(tags.get(e.getKey()), List.copyOf(e.getValue())));
        return new AlignReport.Name(renderings, entity.mentions());
    }
}
