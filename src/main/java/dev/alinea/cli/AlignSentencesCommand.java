package dev.alinea.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.alinea.align.Bead;
import dev.alinea.align.SentenceAligner;
import dev.alinea.cli.FilePairs.FilePair;
import dev.alinea.problem.UserErrorException;

/** Aligns two files of one sentence per line and prints the beads; or many such pairs in one run. */
@Command(name = "align-sentences", mixinStandardHelpOptions = true,
        description = {"Aligns two files that hold one sentence per line (UTF-8) and prints one bead per line, "
                + "source first, 0-based: [0,1]:[0] for two source sentences to one target sentence, [5]:[] for an omission.",
                "Batch: with two folders as SRC and TGT, aligns their files of the same name; with --batch LIST, the pairs listed. "
                + "Each pair's beads follow a line '# SRC<TAB>TGT' on standard output (or go to DIR/NAME.align with --out), "
                + "pair by pair in order as they are done; several pairs are aligned at once (--threads)."})
final class AlignSentencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AlignerOptions languages;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SRC", description = "source sentences, one per line; or a folder of such files")
    @Nullable Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TGT", description = "target sentences, one per line; or a folder of such files")
    @Nullable Path target;

    @Option(names = "--batch", paramLabel = "LIST",
            description = "align the pairs listed in LIST, one per line: the source file, a tab, the target file (relative to LIST's folder)")
    @Nullable Path batch;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write each pair's beads to DIR/NAME.align, NAME being the source file's name, instead of standard output")
    @Nullable Path out;

    @Option(names = "--threads", paramLabel = "N", description = "pairs aligned at once in a batch (default: the number of processors, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<FilePair> pairs = pairs();
        boolean single = batch == null && source != null && !Files.isDirectory(source);
        SentenceAligner aligner = languages.aligner();
        if (single && out == null) {
            FilePair pair = pairs.getFirst();
            PrintWriter writer = spec.commandLine().getOut();
            aligner.align(readLines(pair.source()), readLines(pair.target())).forEach(bead -> writer.println(bead.format()));
            writer.flush();
            return 0;
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        return alignAll(pairs, aligner);
    }

    private List<FilePair> pairs() {
        if (batch != null) {
            if (source != null) {
                throw new ParameterException(spec.commandLine(), "Give either SRC and TGT or --batch LIST, not both");
            }
            return FilePairs.fromList(batch);
        }
        if (source == null || target == null) {
            throw new ParameterException(spec.commandLine(), "Missing SRC and TGT (or --batch LIST)");
        }
        return Files.isDirectory(source) ? FilePairs.fromFolders(source, target) : List.of(new FilePair(source, target));
    }

    /** One pair's beads, or why it could not be aligned. */
    private record Aligned(FilePair pair, List<Bead> beads, @Nullable String problem) {
    }

    /**
     * Aligns the pairs on {@link #threads} threads and writes each as soon as it and all before it
     * are done, so the output is in the pairs' order whatever finishes first; at most two pairs a
     * thread wait in memory. A pair with unreadable input is reported and skipped.
     *
     * @return 0, or 1 when a pair could not be aligned
     */
    private int alignAll(List<FilePair> pairs, SentenceAligner aligner) throws IOException, InterruptedException {
        int failed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            Deque<Future<Aligned>> waiting = new ArrayDeque<>();
            Iterator<FilePair> next = pairs.iterator();
            while (next.hasNext() || !waiting.isEmpty()) {
                while (next.hasNext() && waiting.size() < 2 * Math.max(1, threads)) {
                    FilePair pair = next.next();
                    waiting.add(pool.submit(() -> align(pair, aligner)));
                }
                failed += write(result(waiting.removeFirst()));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Aligned align(FilePair pair, SentenceAligner aligner) {
        try {
            return new Aligned(pair, aligner.align(readLines(pair.source()), readLines(pair.target())), null);
        } catch (UserErrorException e) {
            return new Aligned(pair, List.of(), e.getMessage());
        }
    }

    private static Aligned result(Future<Aligned> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** @return 1 when the pair failed, else 0 */
    private int write(Aligned aligned) throws IOException {
        if (aligned.problem() != null) {
            spec.commandLine().getErr().println("alinea: " + aligned.problem());
            spec.commandLine().getErr().flush();
            return 1;
        }
        if (out != null) {
            Files.write(out.resolve(aligned.pair().source().getFileName() + ".align"), aligned.beads().stream().map(Bead::format).toList(),
                    StandardCharsets.UTF_8);
            return 0;
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println("# " + aligned.pair().source() + "\t" + aligned.pair().target());
        aligned.beads().forEach(bead -> writer.println(bead.format()));
        writer.flush();
        return 0;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserErrorException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new UserErrorException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
    }
}
