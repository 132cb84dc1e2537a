package dev.alinea.divergence;

/** The kinds of difference between versions that Alinea reports. */
public enum DivergenceType {
    /** The same entity is written differently in two versions (Andrew Ng / Wu Enda). */
    NAME_RENDERING,
    /** The same name in another order or romanisation (Fei-Fei Li / Li Feifei). */
    NAME_ORDER,
    /** A name one version has and its counterpart lacks. */
    NAME_MISSING,
    /** A number one version has and its counterpart lacks or gives differently. */
    NUMBER_MISMATCH,
    /** A sentence with no counterpart in another version, in an otherwise aligned stretch. */
    OMISSION,
    /** A counterpart much shorter or longer than expected: perhaps a partial translation. */
    LENGTH_OUTLIER,
    /** One entity written two ways within one document (Bytedance / ByteDance). */
    INCONSISTENT_RENDERING
}
