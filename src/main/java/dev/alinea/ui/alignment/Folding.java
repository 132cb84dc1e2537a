package dev.alinea.ui.alignment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.alinea.reviewing.ReviewService.UnpairedRun;

/**
 * Long runs of rows where only one version has text, folded into one line of the grid: the
 * run's first row stands for it and the rows after it are not shown until the reviewer unfolds
 * the run. Maps the grid's indexes to row positions and back, so that operations, which act on
 * rows by their identity, and jumps, which name rows by position, are not thrown off by folds.
 */
final class Folding {

    /** Runs of at least this many rows are folded. */
    static final int MINIMUM = 4;

    /** The folded runs by their first row's position, in order. */
    private final TreeMap<Integer, UnpairedRun> folded = new TreeMap<>();
    /** The first positions of the runs the reviewer unfolded. */
    private final Set<Integer> unfolded = new HashSet<>();

    /** The runs as they now are; those unfolded before (by their first row) stay unfolded. */
    void show(List<UnpairedRun> runs) {
        folded.clear();
        runs.stream().filter(run -> !unfolded.contains(run.first())).forEach(run -> folded.put(run.first(), run));
    }

    void unfold(UnpairedRun run) {
        unfolded.add(run.first());
        folded.remove(run.first());
    }

    /** Unfolds the run that hides the row at this position, if any; whether one was. */
    boolean reveal(int position) {
        Optional<UnpairedRun> hiding = hiding(position);
        hiding.ifPresent(this::unfold);
        return hiding.isPresent();
    }

    /** The folded run whose line stands at this row position (its first row), if any. */
    Optional<UnpairedRun> foldAt(int position) {
        return Optional.ofNullable(folded.get(position));
    }

    /** How many lines the grid shows for this many rows. */
    int lines(int rows) {
        int hidden = folded.values().stream().mapToInt(run -> run.count() - 1).sum();
        return rows - hidden;
    }

    /** The row position of a grid line. */
    int position(int line) {
        int hidden = 0;
        for (UnpairedRun run : folded.values()) {
            int foldLine = run.first() - hidden;
            if (line <= foldLine) {
                break;
            }
            hidden += run.count() - 1;
        }
        return line + hidden;
    }

    /** The grid line showing the row at a position (a folded run's line for each of its rows). */
    int line(int position) {
        int hidden = 0;
        for (UnpairedRun run : folded.values()) {
            if (position < run.first()) {
                break;
            }
            if (position < run.first() + run.count()) {
                return run.first() - hidden;
            }
            hidden += run.count() - 1;
        }
        return position - hidden;
    }

    /** Whether the row at this position is hidden in a fold (a folded run's rows after its first). */
    boolean hidden(int position) {
        return hiding(position).isPresent();
    }

    /** The folded run that hides the row at this position (one of its rows after its first), if any. */
    private Optional<UnpairedRun> hiding(int position) {
        Map.Entry<Integer, UnpairedRun> before = folded.lowerEntry(position);
        return before != null && position < before.getKey() + before.getValue().count() ? Optional.of(before.getValue()) : Optional.empty();
    }
}
