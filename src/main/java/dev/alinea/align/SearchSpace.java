package dev.alinea.align;

/**
 * The cells (i, j) of the alignment matrix a search visits: for each source position i in
 * [0, n], the target positions [low(i), high(i)]. Both bounds never decrease with i, the first
 * row starts at 0 and the last row ends at m, so a path from (0, 0) to (n, m) always exists.
 */
final class SearchSpace {

    private final int n;
    private final int m;
    private final int[] low;
    private final int[] high;

    private SearchSpace(int n, int m, int[] low, int[] high) {
        this.n = n;
        this.m = m;
        this.low = low;
        this.high = high;
    }

    /** Every cell. */
    static SearchSpace full(int n, int m) {
        int[] low = new int[n + 1];
        int[] high = new int[n + 1];
        java.util.Arrays.fill(high, m);
        return new SearchSpace(n, m, low, high);
    }

    /** A band of half-width {@code halfWidth} around the straight diagonal from (0, 0) to (n, m). */
    static SearchSpace diagonal(int n, int m, int halfWidth) {
        int[] path = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            path[i] = n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }
        return aroundPath(n, m, path, halfWidth);
    }

    /**
     * A band of half-width {@code halfWidth} around a monotone path: {@code path[i]} is the
     * expected target position at source position i.
     */
    static SearchSpace aroundPath(int n, int m, int[] path, int halfWidth) {
        int[] halfWidths = new int[n + 1];
        java.util.Arrays.fill(halfWidths, halfWidth);
        return aroundPath(n, m, path, halfWidths);
    }

    /** A band around a monotone path whose half-width at source position i is {@code halfWidths[i]}. */
    static SearchSpace aroundPath(int n, int m, int[] path, int[] halfWidths) {
        int[] low = new int[n + 1];
        int[] high = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            low[i] = path[i] - halfWidths[i];
            high[i] = path[i] + halfWidths[i];
        }
        return within(n, m, low, high);
    }

    /**
     * The cells {@code [low[i], high[i]]} of each source position i, made a space: clipped to
     * [0, m], widened where needed so that both bounds never decrease and consecutive rows touch
     * (the arrays are changed in place).
     */
    static SearchSpace within(int n, int m, int[] low, int[] high) {
        for (int i = 0; i <= n; i++) {
            low[i] = Math.max(0, Math.min(m, low[i]));
            high[i] = Math.max(0, Math.min(m, high[i]));
        }
        low[0] = 0;
        high[n] = m;
        for (int i = 1; i <= n; i++) {
            low[i] = Math.max(low[i], low[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            high[i] = Math.min(Math.max(high[i], low[i]), high[i + 1]);
        }
        // Consecutive rows must overlap or touch so that the path can step from one to the next.
        for (int i = 1; i <= n; i++) {
            low[i] = Math.min(low[i], high[i - 1]);
        }
        return new SearchSpace(n, m, low, high);
    }

    int rows() {
        return n;
    }

    int columns() {
        return m;
    }

    int low(int i) {
        return low[i];
    }

    int high(int i) {
        return high[i];
    }

    int width(int i) {
        return high[i] - low[i] + 1;
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= low[i] && j <= high[i];
    }

    long cells() {
        long total = 0;
        for (int i = 0; i <= n; i++) {
            total += width(i);
        }
        return total;
    }
}
