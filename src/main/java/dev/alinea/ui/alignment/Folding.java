package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private List<UnpairedRun> folded = List.of();
    /** The first positions of the runs the reviewer unfolded. */
    private final Set<Integer> unfolded = new HashSet<>();

    /** The runs as they now are; those unfolded before (by their first row) stay unfolded. */
    void show(List<UnpairedRun> runs) {
        folded = runs.stream().filter(run -> !unfolded.contains(run.first())).toList();
    }

    void unfold(UnpairedRun run) {
        unfolded.add(run.first());
        folded = folded.stream().filter(r -> r.first() != run.first()).toList();
    }

    /** Unfolds the run that hides the row at this position, if any; whether one was. */
    boolean reveal(int position) {
        for (UnpairedRun run : new ArrayList<>(folded)) {
            if (position > run.first() && position < run.first() + run.count()) {
                unfold(run);
                return true;
            }
        }
        return false;
    }

    /** The folded run whose line stands at this row position (its first row), if any. */
    Optional<UnpairedRun> foldAt(int position) {
        return folded.stream().filter(run -> run.first() == position).findFirst();
    }

    /** How many lines the grid shows for this many rows. */
    int lines(int rows) {
        int hidden = folded.stream().mapToInt(run -> run.count() - 1).sum();
        return rows - hidden;
    }

    /** The row position of a grid line. */
    int position(int line) {
        int hidden = 0;
        for (UnpairedRun run : folded) {
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
        for (UnpairedRun run : folded) {
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
        return folded.stream().anyMatch(run -> position > run.first() && position < run.first() + run.count());
    }
}
