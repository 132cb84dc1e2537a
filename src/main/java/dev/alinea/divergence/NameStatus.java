package dev.alinea.divergence;

/** Where a name-list entry stands. */
public enum NameStatus {
    /** Found in the alignment, not yet decided on. */
    SUGGESTED,
    /** A reviewer confirmed that these renderings are one entity; detection relies on it. */
    CONFIRMED,
    /** A reviewer said these are not one entity; their differences are not reported. */
    REJECTED
}
