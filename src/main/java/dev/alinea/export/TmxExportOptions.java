package dev.alinea.export;

import java.util.Set;

import dev.alinea.tmx.TmxLanguages;

/**
 * How to export a project as TMX (or XLIFF).
 *
 * @param pivotAsSource the pivot's language as {@code srclang} (otherwise {@code *all*}; also when the pivot is not exported)
 * @param confirmedOnly only rows a reviewer confirmed
 * @param keepSingleLanguageRows keep rows (or, in a pair file, units) with text in one language only;
 *        CAT tools cannot use them and some drop them with a warning
 * @param chineseCode how Chinese is labelled: {@code zh-CN} (default) or {@code zh-Hans}
 * @param minConfidence only rows whose confidence is at least this, from 0 (every row) to 1
 * @param documents the positions of the documents to export; empty: all of them
 * @param comparableMinConfidence a comparable version's text (one that is not a translation of the
 *        pivot, see {@link dev.alinea.project.DocumentInfo#looksLikeTranslation()}) is exported only
 *        from rows and links whose confidence is at least this, from 0 to 1; translations are not held to it
 */
public record TmxExportOptions(boolean pivotAsSource, boolean confirmedOnly, boolean keepSingleLanguageRows,
        TmxLanguages.ChineseCode chineseCode, double minConfidence, Set<Integer> documents, double comparableMinConfidence) {

    /** The confidence at which the aligner's pairs of a comparable version are right 9 times in 10. */
    public static final double COMPARABLE_DEFAULT = 0.8;

    /** Pivot as source, every row with at least two languages, Chinese as zh-CN. */
    public static final TmxExportOptions DEFAULT = new TmxExportOptions(true, false, false, TmxLanguages.ChineseCode.REGION);

    public TmxExportOptions {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("A minimum confidence is between 0 and 1, not " + minConfidence);
        }
        if (!(comparableMinConfidence >= 0 && comparableMinConfidence <= 1)) {
            throw new IllegalArgumentException("A minimum confidence for comparable pairs is between 0 and 1, not " + comparableMinConfidence);
        }
        documents = Set.copyOf(documents);
    }

    /** Comparable versions held to {@link #COMPARABLE_DEFAULT}. */
    public TmxExportOptions(boolean pivotAsSource, boolean confirmedOnly, boolean keepSingleLanguageRows, TmxLanguages.ChineseCode chineseCode,
            double minConfidence, Set<Integer> documents) {
        this(pivotAsSource, confirmedOnly, keepSingleLanguageRows, chineseCode, minConfidence, documents, COMPARABLE_DEFAULT);
    }

    /** Every row whatever its confidence (comparable versions from {@link #COMPARABLE_DEFAULT}), every document. */
    public TmxExportOptions(boolean pivotAsSource, boolean confirmedOnly, boolean keepSingleLanguageRows, TmxLanguages.ChineseCode chineseCode) {
        this(pivotAsSource, confirmedOnly, keepSingleLanguageRows, chineseCode, 0, Set.of());
    }

    public TmxExportOptions onlyConfirmed() {
        return new TmxExportOptions(pivotAsSource, true, keepSingleLanguageRows, chineseCode, minConfidence, documents, comparableMinConfidence);
    }

    /** The same options with comparable versions held to this confidence. */
    public TmxExportOptions withComparableMinConfidence(double value) {
        return new TmxExportOptions(pivotAsSource, confirmedOnly, keepSingleLanguageRows, chineseCode, minConfidence, documents, value);
    }

    /** Whether the document at this position is exported. */
    public boolean exports(int document) {
        return documents.isEmpty() || documents.contains(document);
    }
}
