package dev.alinea.export;

import dev.alinea.tmx.TmxLanguages;

/**
 * How to export a project as TMX.
 *
 * @param pivotAsSource the pivot's language as {@code srclang} (otherwise {@code *all*})
 * @param confirmedOnly only rows a reviewer confirmed
 * @param keepSingleLanguageRows keep rows (or, in a pair file, units) with text in one language only;
 *        CAT tools cannot use them and some drop them with a warning
 * @param chineseCode how Chinese is labelled: {@code zh-CN} (default) or {@code zh-Hans}
 */
public record TmxExportOptions(boolean pivotAsSource, boolean confirmedOnly, boolean keepSingleLanguageRows,
        TmxLanguages.ChineseCode chineseCode) {

    /** Pivot as source, every row with at least two languages, Chinese as zh-CN. */
    public static final TmxExportOptions DEFAULT = new TmxExportOptions(true, false, false, TmxLanguages.ChineseCode.REGION);

    public TmxExportOptions onlyConfirmed() {
        return new TmxExportOptions(pivotAsSource, true, keepSingleLanguageRows, chineseCode);
    }
}
