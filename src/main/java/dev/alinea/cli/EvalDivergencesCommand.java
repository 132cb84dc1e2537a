package dev.alinea.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.alinea.align.BeadIds;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.problem.UserErrorException;

/** Measures the divergence detector on the rows of a gold-standard alignment: flags per 100 rows, and recall of injected divergences. */
@Command(name = "eval-divergences", mixinStandardHelpOptions = true,
        description = {"Runs divergence detection on the rows of each gold-aligned text pair of a folder and prints the flags per 100 rows "
                + "by type; then injects divergences (a number changed, a name replaced, a sentence deleted, a sentence cut to 40 %%) into "
                + "1-1 rows, one at a time, and prints how many of each kind the detector finds.",
                "Layouts as for eval: DIR/SRC/NNN, DIR/TGT/NNN and DIR/gold/NNN.align (MAC-Dev), or DIR/*.SRC.txt, DIR/*.TGT.txt and "
                        + "DIR/gold.SRC-TGT.align (UDHR)."})
final class EvalDivergencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--src-lang", required = true, description = "source language as a BCP 47 tag, e.g. zh")
    String source;

    @Option(names = "--tgt-lang", required = true, description = "target language as a BCP 47 tag, e.g. en")
    String target;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random choice of rows and names (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--injections", defaultValue = "50", paramLabel = "N",
            description = "divergences of each kind injected into each text pair, at most (default ${DEFAULT-VALUE})")
    int injections;

    @Option(names = "--show", description = "also print each flag on the untouched rows and each injected divergence not found, with its row")
    boolean show;

    @Parameters(index = "0", paramLabel = "DIR", description = "the gold-standard folder")
    Path folder;

    @Override
    public Integer call() {
        DivergenceBenchmark benchmark = new DivergenceBenchmark(source, target, seed, injections);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder header = new StringBuilder(String.format("%-10s %6s %9s", "file", "rows", "flags/100"));
        for (DivergenceType type : DivergenceType.values()) {
            header.append(' ').append(type);
        }
        header.append("  ");
        for (DivergenceBenchmark.Kind kind : DivergenceBenchmark.Kind.values()) {
            header.append(String.format(" %-16s", "recall-" + kind.name().toLowerCase(Locale.ROOT)));
        }
        out.println(header.toString().stripTrailing());
        DivergenceBenchmark.Result total = DivergenceBenchmark.Result.ZERO;
        for (GoldFolder.GoldPair pair : GoldFolder.pairs(folder, source, target)) {
            List<BeadIds> beads = pair.beads();
            DivergenceBenchmark.Result result;
            try {
                result = benchmark.run(pair.sourceSentences(), pair.targetSentences(), beads);
            } catch (UserErrorException e) {
                throw new UserErrorException(pair.gold() + ": " + e.getMessage(), e);
            }
            print(out, pair.name(), result);
            if (show) {
                result.details().forEach(detail -> out.println(pair.name() + " " + detail));
            }
            total = total.plus(result);
        }
        print(out, "all", total);
        out.flush();
        return 0;
    }

    /** One line: rows, flags per 100 rows in all and by type, and recall with its counts by kind. */
    private static void print(PrintWriter out, String name, DivergenceBenchmark.Result result) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %6d %9.1f", name, result.rows(), result.flagsPer100Rows()));
        for (DivergenceType type : DivergenceType.values()) {
            line.append(String.format(Locale.ROOT, " %" + type.name().length() + ".1f", result.flagsPer100Rows(type)));
        }
        line.append("  ");
        for (DivergenceBenchmark.Kind kind : DivergenceBenchmark.Kind.values()) {
            int injected = result.injected().get(kind);
            int found = result.found().get(kind);
            String recall = injected == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) found / injected);
            line.append(String.format(" %-16s", recall + " (" + found + "/" + injected + ")"));
        }
        out.println(line.toString().stripTrailing());
    }
}
