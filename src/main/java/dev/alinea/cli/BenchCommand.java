package dev.alinea.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.align.SentenceAligner;
import dev.alinea.lexicon.TranslationLexicon;
import dev.alinea.problem.UserErrorException;

/** Measures the aligner's speed and memory on a gold-standard folder and on longer texts made by repeating it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the aligner: loading the dictionary, aligning every text pair of a folder laid out like MAC-Dev "
                + "(SRC/NNN, TGT/NNN), and aligning the folder's texts concatenated (repeated as needed) to each size.",
                "Prints medians of the CPU time of the aligning thread and the peak heap in use; run with -Xmx1g to check a 1 GB heap is enough."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Option(names = "--sizes", split = ",", defaultValue = "2000,5000,10000,20000",
            description = "source sentences per long text (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--repeat", defaultValue = "3", description = "runs per measurement; the median is printed (default: ${DEFAULT-VALUE})")
    int repeat;

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder laid out like ../shared/gold/mac-dev")
    Path folder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> files = textPairs();
        long start = cpuNanos();
        TranslationLexicon.between(languages.source, languages.target);
        out.printf("dictionary loaded: %.2f s CPU%n", (cpuNanos() - start) / 1e9);
        SentenceAligner aligner = languages.aligner();

        List<List<String>> sources = new ArrayList<>();
        List<List<String>> targets = new ArrayList<>();
        for (String[] pair : files) {
            sources.add(AlignSentencesCommand.readLines(folder.resolve(languages.source).resolve(pair[0])));
            targets.add(AlignSentencesCommand.readLines(folder.resolve(languages.target).resolve(pair[0])));
        }
        Measurement whole = measure(() -> {
            for (int k = 0; k < sources.size(); k++) {
                aligner.align(sources.get(k), targets.get(k));
            }
        });
        out.printf("all %d text pairs of %s (%d + %d sentences): %.2f s CPU, peak heap %d MB%n", files.size(), folder,
                sources.stream().mapToInt(List::size).sum(), targets.stream().mapToInt(List::size).sum(),
                whole.seconds(), whole.peakHeapMegabytes());

        out.printf("%n%10s %10s %10s %12s %14s%n", "src sents", "tgt sents", "CPU s", "peak heap MB", "time ratio");
        double previousSeconds = 0;
        int previousSize = 0;
        for (int size : sizes) {
            List<String> src = new ArrayList<>();
            List<String> tgt = new ArrayList<>();
            for (int k = 0; src.size() < size; k = (k + 1) % sources.size()) {
                src.addAll(sources.get(k));
                tgt.addAll(targets.get(k));
            }
            Measurement m = measure(() -> aligner.align(src, tgt));
            String ratio = previousSize == 0 ? "" : String.format("%.1fx for %.1fx", m.seconds() / previousSeconds, (double) src.size() / previousSize);
            out.printf("%10d %10d %10.2f %12d %14s%n", src.size(), tgt.size(), m.seconds(), m.peakHeapMegabytes(), ratio);
            out.flush();
            previousSeconds = m.seconds();
            previousSize = src.size();
        }
        out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.flush();
        return 0;
    }

    private record Measurement(double seconds, long peakHeapMegabytes) {
    }

    private Measurement measure(Runnable work) {
        double[] seconds = new double[repeat];
        long peak = 0;
        for (int r = 0; r < repeat; r++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = cpuNanos();
            work.run();
            seconds[r] = (cpuNanos() - start) / 1e9;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        Arrays.sort(seconds);
        return new Measurement(seconds[repeat / 2], peak / (1024 * 1024));
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }

    private List<String[]> textPairs() throws java.io.IOException {
        Path sourceFolder = folder.resolve(languages.source);
        if (!Files.isDirectory(sourceFolder)) {
            throw new UserErrorException(sourceFolder + ": not a folder (expected DIR/" + languages.source + "/NNN files)");
        }
        try (var list = Files.list(sourceFolder)) {
            return list.map(p -> new String[] {p.getFileName().toString()}).sorted((a, b) -> a[0].compareTo(b[0])).toList();
        }
    }
}
