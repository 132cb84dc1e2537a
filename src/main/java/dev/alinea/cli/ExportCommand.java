package dev.alinea.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.tmx.TabularWriter;
import dev.alinea.tmx.TmxLanguages;

/** Exports a stored project without starting the web app. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a project of the workbench's database as TMX 1.4b (multilingual or one file per language pair, zipped), XLIFF 2.0 pairs (zipped), CSV, TSV or XLSX.")
final class ExportCommand implements Callable<Integer> {

    /** What to write. */
    enum Format {
        TMX,
        TMX_PAIRS,
        XLIFF_PAIRS,
        CSV,
        TSV,
        XLSX
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--project", description = "the project's id (see the project list; default: the only project)")
    Long projectId;

    @Option(names = "--format", defaultValue = "TMX", description = "TMX, TMX_PAIRS (a zip), XLIFF_PAIRS (XLIFF 2.0, a zip), CSV, TSV or XLSX (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", required = true, description = "the file to write")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Option(names = "--confirmed-only", description = "only rows a reviewer confirmed")
    boolean confirmedOnly;

    @Option(names = "--all-sources", description = "srclang=\"*all*\" instead of the pivot's language")
    boolean allSources;

    @Option(names = "--keep-single-language", description = "keep units with text in one language only")
    boolean keepSingleLanguage;

    @Option(names = "--chinese-code", defaultValue = "REGION", description = "REGION (zh-CN) or SCRIPT (zh-Hans) (default: ${DEFAULT-VALUE})")
    TmxLanguages.ChineseCode chineseCode;

    @Option(names = "--min-confidence", defaultValue = "0", description = "only rows whose confidence is at least this, 0 to 1 (default: ${DEFAULT-VALUE}, every row)")
    double minConfidence;

    @Option(names = "--comparable-min-confidence", defaultValue = "0.8", description = "text of a comparable version (not a translation of the "
            + "pivot) only from rows and links whose confidence is at least this, 0 to 1 (default: ${DEFAULT-VALUE}); translations are always exported")
    double comparableMinConfidence;

    @Option(names = "--languages", split = ",", description = "the languages to export, as tags (en,id); default: all the project's documents")
    List<String> languages = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (Services services = database.start(settings)) {
            ProjectSummary project = project(services.get(ProjectService.class));
            ExportService exports = services.get(ExportService.class);
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new UserErrorException("--min-confidence is between 0 and 1, not " + minConfidence);
            }
            if (!(comparableMinConfidence >= 0 && comparableMinConfidence <= 1)) {
                throw new UserErrorException("--comparable-min-confidence is between 0 and 1, not " + comparableMinConfidence);
            }
            TmxExportOptions options = new TmxExportOptions(!allSources, confirmedOnly, keepSingleLanguage, chineseCode, minConfidence,
                    documents(project), comparableMinConfidence);
            int written;
            try (OutputStream file = Files.newOutputStream(out)) {
                written = switch (format) {
                    case TMX -> exports.exportTmx(project.id(), options, file);
                    case TMX_PAIRS -> exports.exportTmxPairs(project.id(), options, file);
                    case XLIFF_PAIRS -> exports.exportXliffPairs(project.id(), options, file);
                    case CSV -> exports.exportTable(project.id(), TabularWriter.Format.CSV, file);
                    case TSV -> exports.exportTable(project.id(), TabularWriter.Format.TSV, file);
                    case XLSX -> exports.exportTable(project.id(), TabularWriter.Format.XLSX, file);
                };
            }
            spec.commandLine().getOut().printf("%s: %d units of project %d (%s)%n", out, written, project.id(), project.name());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private ProjectSummary project(ProjectService projects) {
        List<ProjectSummary> all = projects.projects();
        if (projectId != null) {
            return all.stream().filter(p -> p.id() == projectId).findFirst()
                    .orElseThrow(() -> new UserErrorException("there is no project " + projectId + " (projects: " + ids(all) + ")"));
        }
        if (all.size() != 1) {
            throw new UserErrorException(all.isEmpty() ? "the database holds no project" : "choose a project with --project (projects: " + ids(all) + ")");
        }
        return all.getFirst();
    }

    /** The positions of the documents in the languages asked for; empty (all) when none were. */
    private java.util.Set<Integer> documents(ProjectSummary project) {
        java.util.Set<Integer> positions = new java.util.TreeSet<>();
        for (String language : languages) {
            List<Integer> matching = project.documents().stream().filter(d -> d.language().equalsIgnoreCase(language.strip()))
                    .map(dev.alinea.project.DocumentInfo::position).toList();
            if (matching.isEmpty()) {
                throw new UserErrorException("project " + project.id() + " has no " + language.strip() + " document (languages: "
                        + String.join(", ", project.documents().stream().map(dev.alinea.project.DocumentInfo::language).toList()) + ")");
            }
            positions.addAll(matching);
        }
        return positions;
    }

    private static String ids(List<ProjectSummary> projects) {
        return String.join(", ", projects.stream().map(p -> p.id() + " " + p.name()).toList());
    }
}
