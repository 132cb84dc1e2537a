package dev.alinea.review;

/** Where a row stands in review. */
public enum RowStatus {
    /** Proposed by the aligner, not yet reviewed. */
    ALIGNED,
    /** Confirmed by a reviewer; re-alignment never moves it. */
    CONFIRMED
}
