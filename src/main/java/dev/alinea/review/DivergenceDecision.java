package dev.alinea.review;

/**
 * A reviewer's decision on one divergence.
 *
 * @param verdict dismissed or accepted
 * @param reason why, in the reviewer's words or one of {@link #REASONS}; may be empty
 */
public record DivergenceDecision(Verdict verdict, String reason) {

    /** The reasons offered for dismissing a divergence; any other text may be given. */
    public static final java.util.List<String> REASONS = java.util.List.of("standard rendering", "intended", "not a divergence");

    public DivergenceDecision {
        reason = reason.strip();
        if (reason.length() > 500) {
            throw new IllegalArgumentException("A reason has at most 500 characters, was " + reason.length());
        }
    }

    public boolean dismissed() {
        return verdict == Verdict.DISMISSED;
    }
}
