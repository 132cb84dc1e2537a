package dev.alinea.review;

/** What a reviewer decided about one divergence. */
public enum Verdict {
    /** Not a divergence worth fixing (a standard rendering, intended, a false alarm): no longer counted nor exported. */
    DISMISSED,
    /** A real divergence, to be fixed: still counted and exported. */
    ACCEPTED
}
