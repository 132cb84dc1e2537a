package dev.alinea.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.align.AlignmentScore;
import dev.alinea.align.Bead;
import dev.alinea.align.BeadIds;
import dev.alinea.align.ConfidenceCalibration;
import dev.alinea.align.SentenceAligner;
import dev.alinea.problem.UserErrorException;

/** Aligns the texts of a gold-standard folder and prints strict and lax precision, recall and F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Aligns each text pair of a gold-standard folder and scores the result (strict and lax P, R, F1, as Vecalign's score.py).",
                "Layouts: DIR/SRC/NNN, DIR/TGT/NNN and DIR/gold/NNN.align (MAC-Dev), or DIR/*.SRC.txt, DIR/*.TGT.txt and "
                        + "DIR/gold.SRC-TGT.align (UDHR). Texts hold one sentence per line."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Parameters(index = "0", paramLabel = "DIR", description = "the gold-standard folder")
    Path folder;

    @Override
    public Integer call() {
        List<GoldPair> pairs = goldPairs();
        SentenceAligner aligner = languages.aligner();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %8s %8s %8s   %8s %8s %8s%n", "file", "strict-P", "strict-R", "strict-F1", "lax-P", "lax-R", "lax-F1");
        AlignmentScore total = AlignmentScore.ZERO;
        ConfidenceCalibration calibration = new ConfidenceCalibration();
        for (GoldPair pair : pairs) {
            List<Bead> beads = aligner.align(AlignSentencesCommand.readLines(pair.source()), AlignSentencesCommand.readLines(pair.target()));
            List<BeadIds> gold = readGold(pair.gold());
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

    private List<GoldPair> goldPairs() {
        if (!Files.isDirectory(folder)) {
            throw new UserErrorException(folder + ": not a folder");
        }
        Path goldFolder = folder.resolve("gold");
        List<GoldPair> pairs = Files.isDirectory(goldFolder) ? folderPairs(goldFolder) : flatPair();
        if (pairs.isEmpty()) {
            throw new UserErrorException(folder + ": no gold alignments for " + languages.source + "-" + languages.target + " found");
        }
        return pairs;
    }

    /** MAC-Dev layout: gold/NNN.align with SRC/NNN and TGT/NNN. */
    private List<GoldPair> folderPairs(Path goldFolder) {
        List<GoldPair> pairs = new ArrayList<>();
        for (Path gold : list(goldFolder)) {
            String file = gold.getFileName().toString();
            if (!file.endsWith(".align")) {
                continue;
            }
            String name = file.substring(0, file.length() - ".align".length());
            pairs.add(new GoldPair(name, existing(folder.resolve(languages.source).resolve(name)),
                    existing(folder.resolve(languages.target).resolve(name)), gold));
        }
        return pairs;
    }

    /** UDHR layout: gold.SRC-TGT.align with *.SRC.txt and *.TGT.txt. */
    private List<GoldPair> flatPair() {
        Path gold = folder.resolve("gold." + languages.source + "-" + languages.target + ".align");
        if (!Files.exists(gold)) {
            return List.of();
        }
        return List.of(new GoldPair(languages.source + "-" + languages.target, textFor(languages.source), textFor(languages.target), gold));
    }

    private Path textFor(String language) {
        List<Path> texts = list(folder).stream().filter(p -> p.getFileName().toString().endsWith("." + language + ".txt")).toList();
        if (texts.size() != 1) {
            throw new UserErrorException(folder + ": expected one *." + language + ".txt file, found " + texts.size());
        }
        return texts.getFirst();
    }

    private static List<BeadIds> readGold(Path gold) {
        List<BeadIds> beads = new ArrayList<>();
        List<String> lines = AlignSentencesCommand.readLines(gold);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                beads.add(BeadIds.parse(lines.get(i)));
            } catch (UserErrorException e) {
                throw new UserErrorException(gold + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return beads;
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserErrorException(file + ": missing (the gold standard names it)");
        }
        return file;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": could not be listed", e);
        }
    }

    private record GoldPair(String name, Path source, Path target, Path gold) {
    }
}
