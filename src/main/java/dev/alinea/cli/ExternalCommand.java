package dev.alinea.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.alinea.problem.UserErrorException;

/**
 * Runs another program's command line (through {@code /bin/sh -c}) on a pair of files and times
 * it: wall time, and CPU time and peak resident memory of the command and its children, sampled
 * every 10 ms from the operating system (so a process that lives less than that may be missed).
 */
final class ExternalCommand {

    private static final long SAMPLE_MILLIS = 10;

    /**
     * @param wallSeconds elapsed time
     * @param cpuSeconds CPU time of the processes, as last sampled
     * @param peakRssKilobytes the largest peak resident set of one process (Linux {@code VmHWM}); 0 where unknown
     */
    record Run(double wallSeconds, double cpuSeconds, long peakRssKilobytes) {

        Run plus(Run other) {
            return new Run(wallSeconds + other.wallSeconds, cpuSeconds + other.cpuSeconds, Math.max(peakRssKilobytes, other.peakRssKilobytes));
        }
    }

    private ExternalCommand() {
    }

    /** The command with {@code {src}} and {@code {tgt}} replaced by the files, quoted for the shell. */
    static String substitute(String command, Path source, Path target) {
        return command.replace("{src}", quoted(source)).replace("{tgt}", quoted(target));
    }

    /**
     * Runs the command on the files, its output discarded.
     *
     * @throws UserErrorException with the exit code and the first line of its error output when it fails
     */
    static Run run(String command, Path source, Path target) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("alinea-compare", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder("/bin/sh", "-c", substitute(command, source, target))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
            Map<Long, Duration> cpu = new HashMap<>();
            Map<Long, Long> rss = new HashMap<>();
            do {
                sample(process.toHandle(), cpu, rss);
            } while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS));
            double wall = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(errors);
                throw new UserErrorException("The --compare command exited with " + process.exitValue() + ": " + substitute(command, source, target)
                        + (lines.isEmpty() ? "" : " (" + lines.getFirst() + ")"));
            }
            return new Run(wall, cpu.values().stream().mapToLong(Duration::toNanos).sum() / 1e9,
                    rss.values().stream().mapToLong(Long::longValue).max().orElse(0));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static void sample(ProcessHandle root, Map<Long, Duration> cpu, Map<Long, Long> rss) {
        Stream.concat(Stream.of(root), root.descendants()).forEach(process -> {
            process.info().totalCpuDuration().ifPresent(d -> cpu.put(process.pid(), d));
            rss.merge(process.pid(), peakRssKilobytes(process.pid()), Math::max);
        });
    }

    /** A process's peak resident set in KB, from Linux's /proc; 0 elsewhere or when it is gone. */
    static long peakRssKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process has just ended: its memory is not known.
        }
        return 0;
    }

    private static String quoted(Path file) {
        return "'" + file.toString().replace("'", "'\\''") + "'";
    }
}
