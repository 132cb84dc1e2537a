package dev.alinea.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.alinea.align.AlignmentScore;
import dev.alinea.align.Bead;
import dev.alinea.align.BeadIds;
import dev.alinea.align.ConfidenceCalibration;
import dev.alinea.align.LinkScore;
import dev.alinea.align.PairAlignment;
import dev.alinea.align.SentenceAligner;
import dev.alinea.problem.UserErrorException;

/** Aligns the texts of a gold-standard folder and prints strict and lax precision, recall and F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Aligns each text pair of a gold-standard folder and scores the result (strict and lax P, R, F1, as Vecalign's score.py).",
                "Layouts: DIR/SRC/NNN, DIR/TGT/NNN and DIR/gold/NNN.align (MAC-Dev), or DIR/*.SRC.txt, DIR/*.TGT.txt and "
                        + "DIR/gold.SRC-TGT.align (UDHR), or DIR/*.SRC.txt, DIR/*.TGT.txt and DIR/links.SRC-TGT.tsv (hand-made links between texts that are "
                        + "not translations: P, R and F1 of the sentence pairs found). Texts hold one sentence per line."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Parameters(index = "0", paramLabel = "DIR", description = "the gold-standard folder")
    Path folder;

    @Option(names = "--shuffle-thin", paramLabel = "SEED",
            description = "make each pair comparable first: the target text moved around in blocks of " + ComparableGold.BLOCK
                    + " sentences and half its sentences deleted (seeded), then score the sentence pairs found")
    @org.jspecify.annotations.Nullable Long shuffleSeed;

    @Option(names = "--show", description = "with links or --shuffle-thin: also print each missed and each wrong sentence pair, with both sentences")
    boolean show;

    @Override
    public Integer call() {
        if (java.nio.file.Files.isRegularFile(ComparableGold.linksFile(folder, languages.source, languages.target))) {
            return scoreLinks(List.of(ComparableGold.linked(folder, languages.source, languages.target)));
        }
        if (shuffleSeed != null) {
            long seed = shuffleSeed;
            return scoreLinks(GoldFolder.pairs(folder, languages.source, languages.target).stream()
                    .map(pair -> ComparableGold.shuffledAndThinned(pair, seed)).toList());
        }
        List<GoldFolder.GoldPair> pairs = GoldFolder.pairs(folder, languages.source, languages.target);
        SentenceAligner aligner = languages.aligner();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %8s %8s %8s   %8s %8s %8s%n", "file", "strict-P", "strict-R", "strict-F1", "lax-P", "lax-R", "lax-F1");
        AlignmentScore total = AlignmentScore.ZERO;
        ConfidenceCalibration calibration = new ConfidenceCalibration();
        for (GoldFolder.GoldPair pair : pairs) {
            List<Bead> beads = aligner.align(pair.sourceSentences(), pair.targetSentences());
            List<BeadIds> gold = pair.beads();
            AlignmentScore score = AlignmentScore.of(gold, beads.stream().map(BeadIds::of).toList());
            calibration.add(beads, gold);
            print(out, pair.name(), score);
            total = total.plus(score);
        }
        print(out, "all", total);
        printCalibration(out, calibration);
        out.flush();
        return 0;
    }

    /** Aligns texts that are not translations and scores the sentence pairs claimed against the true links. */
    private int scoreLinks(List<ComparableGold.LinkedPair> pairs) {
        SentenceAligner aligner = languages.aligner();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %7s %6s %8s %8s %8s %8s   %s%n", "file", "claimed", "gold", "P", "R", "F1", "R-target", "P at >= " + LinkScore.CONFIDENT);
        LinkScore total = LinkScore.ZERO;
        for (ComparableGold.LinkedPair pair : pairs) {
            PairAlignment alignment = aligner.alignPair(pair.sourceSentences(), pair.targetSentences());
            LinkScore score = LinkScore.of(alignment, pair.gold());
            printLinks(out, pair.name(), score);
            if (show) {
                showErrors(out, pair, LinkScore.claimed(alignment));
            }
            total = total.plus(score);
        }
        printLinks(out, "all", total);
        out.flush();
        return 0;
    }

    /** Each gold pair not claimed and each claimed pair not in the gold, with both sentences. */
    private static void showErrors(PrintWriter out, ComparableGold.LinkedPair pair, java.util.Map<Long, Double> claimed) {
        for (long key : new java.util.TreeSet<>(pair.gold())) {
            if (!claimed.containsKey(key)) {
                showPair(out, "missed", pair, key, Double.NaN);
            }
        }
        for (var entry : new java.util.TreeMap<>(claimed).entrySet()) {
            if (!pair.gold().contains(entry.getKey())) {
                showPair(out, "wrong", pair, entry.getKey(), entry.getValue());
            }
        }
    }

    private static void showPair(PrintWriter out, String what, ComparableGold.LinkedPair pair, long key, double confidence) {
        int source = LinkScore.source(key);
        int target = LinkScore.target(key);
        out.printf("  %s %d-%d%s%n    %s%n    %s%n", what, source, target, Double.isNaN(confidence) ? "" : String.format(" (%.2f)", confidence),
                pair.sourceSentences().get(source), pair.targetSentences().get(target));
    }

    private static void printLinks(PrintWriter out, String name, LinkScore score) {
        out.printf("%-12s %7d %6d %8.3f %8.3f %8.3f %8.3f   %.3f (%d pairs)%n", name, score.claimed(), score.gold(), score.precision(), score.recall(),
                score.f1(), score.targetRecall(), score.confidentPrecision(), score.confident());
    }

    private static void print(PrintWriter out, String name, AlignmentScore score) {
        out.printf("%-10s %8.3f %8.3f %8.3f   %8.3f %8.3f %8.3f%n", name, score.strictPrecision(), score.strictRecall(),
                score.strictF1(), score.laxPrecision(), score.laxRecall(), score.laxF1());
    }

    private static void printCalibration(PrintWriter out, ConfidenceCalibration calibration) {
        out.println();
        out.printf("%-13s %7s %9s%n", "confidence", "beads", "correct");
        for (ConfidenceCalibration.Bin bin : calibration.bins()) {
            out.printf("%.2f-%-8.2f %7d %8.1f%%%n", bin.from(), bin.to(), bin.beads(), 100 * bin.precision());
        }
        ConfidenceCalibration.Bin confident = calibration.atLeast(0.9);
        out.printf(">= 0.90       %7d %8.1f%%%n", confident.beads(), 100 * confident.precision());
    }
}
