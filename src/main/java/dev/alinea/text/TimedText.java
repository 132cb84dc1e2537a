package dev.alinea.text;

/**
 * A view of part of a string that a regular expression engine may read only until a deadline:
 * past it, reading throws {@link TimeLimitExceededException}. Java's backtracking engine reads
 * its input through {@link CharSequence#charAt}, so a rule or search that would run for minutes
 * (catastrophic backtracking, as {@code ((a+)+)+b} on a long run of a's) stops at the deadline.
 */
public final class TimedText implements CharSequence {

    /** Thrown when a {@link TimedText} is read past its deadline. */
    public static final class TimeLimitExceededException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TimeLimitExceededException() {
            super("time limit exceeded", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final int start;
    private final int end;
    private final long deadline;
    private int reads;

    private TimedText(String text, int start, int end, long deadline) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.deadline = deadline;
    }

    /**
     * @param deadline a {@link System#nanoTime()} value
     * @return the characters {@code [0, end)} of {@code text}, readable until the deadline
     */
    public static TimedText of(String text, int end, long deadline) {
        return new TimedText(text, 0, end, deadline);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (System.nanoTime() - deadline > 0) {
                throw new TimeLimitExceededException();
            }
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new TimedText(text, start + from, start + to, deadline);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
