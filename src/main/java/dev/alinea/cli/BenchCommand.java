package dev.alinea.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.align.AlignmentScore;
import dev.alinea.align.Aligners;
import dev.alinea.align.Bead;
import dev.alinea.align.BeadIds;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.SentenceAligner;
import dev.alinea.lexicon.TranslationLexicon;

/** Measures the aligner's speed, memory and accuracy on a folder of texts and on longer texts made by joining them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the aligner: loading the dictionary, aligning every text pair of a folder laid out like MAC-Dev "
                + "(SRC/NNN, TGT/NNN, optionally gold/NNN.align), and aligning the folder's texts joined (repeated as needed) to each size.",
                "Prints per input the median wall time and CPU time (all threads of the process) of --repeat runs, the peak heap in use, "
                + "and the strict F1 where the folder has gold alignments (joined like the texts).",
                "--compare runs another aligner's command on the same inputs, timed the same way ({src} and {tgt} stand for the files; "
                + "on the folder it runs once per pair), with its peak RSS sampled every 10 ms."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Option(names = "--sizes", split = ",", defaultValue = "2000,5000,10000,20000",
            description = "source sentences per long text (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--comparable",
            description = "also time, for each size, a three-way alignment: the long text, its translation, and the translation "
                    + "shuffled in blocks and thinned (a comparable version, as eval --shuffle-thin makes it)")
    boolean comparable;

    @Option(names = "--repeat", defaultValue = "3", description = "runs per measurement; the median is printed (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--compare", paramLabel = "COMMAND",
            description = "a shell command that aligns {src} with {tgt}, e.g. \"hunalign -utf dict.dic {src} {tgt}\", timed on every input")
    @Nullable String compare;

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder laid out like ../shared/gold/mac-dev")
    Path folder;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchTexts.Text> texts = BenchTexts.read(folder, languages.source, languages.target);
        long start = System.nanoTime();
        TranslationLexicon.between(languages.source, languages.target);
        out.printf("dictionary loaded: %.2f s%n", (System.nanoTime() - start) / 1e9);
        SentenceAligner aligner = languages.aligner();

        out.printf("%n%-14s %9s %9s %-8s %8s %8s %9s %9s%n", "input", "src sents", "tgt sents", "aligner", "wall s", "CPU s", "peak MB", "strict F1");
        Path scratch = Files.createTempDirectory("alinea-bench");
        try {
            row(out, "folder (" + texts.size() + ")", texts, aligner, scratch);
            for (int size : sizes) {
                BenchTexts.Text joined = BenchTexts.joined(texts, size);
                row(out, String.valueOf(size), List.of(joined), aligner, scratch);
                if (comparable) {
                    threeWay(out, size + " 3-way", joined);
                }
            }
        } finally {
            deleteAll(scratch);
        }
        out.printf("%npeak MB: Alinea's peak heap in use; the compared command's peak RSS. Max heap %d MB; this process's peak RSS %s MB.%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), ExternalCommand.peakRssKilobytes(ProcessHandle.current().pid()) / 1024);
        out.flush();
        return 0;
    }

    /** Aligns the texts (one after another) --repeat times, then runs the compared command on them, and prints a line each. */
    private void row(PrintWriter out, String label, List<BenchTexts.Text> texts, SentenceAligner aligner, Path scratch)
            throws IOException, InterruptedException {
        List<List<Bead>> results = new ArrayList<>();
        Measurement alinea = measure(() -> {
            results.clear();
            texts.forEach(text -> results.add(aligner.align(text.source(), text.target())));
        });
        int src = texts.stream().mapToInt(t -> t.source().size()).sum();
        int tgt = texts.stream().mapToInt(t -> t.target().size()).sum();
        print(out, label, src, tgt, "alinea", alinea, f1(texts, results));
        if (compare != null) {
            List<Path[]> files = new ArrayList<>();
            for (int t = 0; t < texts.size(); t++) {
                Path source = Files.write(scratch.resolve(t + "." + languages.source), texts.get(t).source());
                Path target = Files.write(scratch.resolve(t + "." + languages.target), texts.get(t).target());
                files.add(new Path[] {source, target});
            }
            List<ExternalCommand.Run> runs = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                ExternalCommand.Run total = new ExternalCommand.Run(0, 0, 0);
                for (Path[] pair : files) {
                    total = total.plus(ExternalCommand.run(compare, pair[0], pair[1]));
                }
                runs.add(total);
            }
            print(out, label, src, tgt, "compare", new Measurement(median(runs.stream().mapToDouble(ExternalCommand.Run::wallSeconds).toArray()),
                    median(runs.stream().mapToDouble(ExternalCommand.Run::cpuSeconds).toArray()),
                    runs.stream().mapToLong(ExternalCommand.Run::peakRssKilobytes).max().orElse(0) / 1024), null);
        }
        out.flush();
    }

    /** Aligns a text, its translation and a comparable version of the translation as one project, --repeat times, and prints a line. */
    private void threeWay(PrintWriter out, String label, BenchTexts.Text text) {
        List<String> shuffled = ComparableGold.shuffledAndThinned(text.target(), 1);
        MultiAligner aligner = new MultiAligner((pivot, other) -> Aligners.forPair(pivot, other));
        Measurement m = measure(() -> aligner.align(List.of(text.source(), text.target(), shuffled),
                List.of(languages.source, languages.target, languages.target), 0));
        print(out, label, text.source().size(), text.target().size() + shuffled.size(), "alinea", m, null);
        out.flush();
    }

    private static void print(PrintWriter out, String label, int src, int tgt, String aligner, Measurement m, @Nullable Double f1) {
        out.printf("%-14s %9d %9d %-8s %8.2f %8.2f %9d %9s%n", label, src, tgt, aligner, m.wallSeconds(), m.cpuSeconds(), m.peakMegabytes(),
                f1 == null ? "-" : String.format("%.3f", f1));
    }

    /** The strict F1 over all the texts, or null when one of them has no gold alignment. */
    private static @Nullable Double f1(List<BenchTexts.Text> texts, List<List<Bead>> results) {
        AlignmentScore total = AlignmentScore.ZERO;
        for (int t = 0; t < texts.size(); t++) {
            List<BeadIds> gold = texts.get(t).gold();
            if (gold == null) {
                return null;
            }
            total = total.plus(AlignmentScore.of(gold, results.get(t).stream().map(BeadIds::of).toList()));
        }
        return total.strictF1();
    }

    /**
     * @param wallSeconds median elapsed time
     * @param cpuSeconds median CPU time of the whole process (every thread, JIT and GC included)
     * @param peakMegabytes the highest peak of heap in use over the runs
     */
    private record Measurement(double wallSeconds, double cpuSeconds, long peakMegabytes) {
    }

    private Measurement measure(Runnable work) {
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        long peak = 0;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (int r = 0; r < repeat; r++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            work.run();
            wall[r] = (System.nanoTime() - start) / 1e9;
            cpu[r] = (processCpuNanos() - cpuStart) / 1e9;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        return new Measurement(median(wall), median(cpu), peak / (1024 * 1024));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
