package dev.alinea.review;

/** Who made a link: the aligner (re-alignment replaces it) or a reviewer (re-alignment keeps it). */
public enum LinkOrigin {
    AUTOMATIC,
    REVIEWER
}
