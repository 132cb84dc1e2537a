package dev.alinea.tmx;

import java.util.regex.Pattern;

/**
 * Text made safe for a cell of a CSV or TSV file that a spreadsheet program opens: a cell that
 * starts with {@code = + - @} (or a tab or carriage return) would be read as a formula
 * ({@code =HYPERLINK(...)} opens a link, others run commands), so it gets a leading apostrophe,
 * which spreadsheets show as text (the OWASP advice on CSV injection); control characters other
 * than tab and line breaks (NUL, ESC...) are removed.
 */
public final class SpreadsheetCells {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private SpreadsheetCells() {
    }

    /** The cell's text as written to the file; empty for null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = CONTROLS.matcher(text).replaceAll("");
        if (!clean.isEmpty() && "=+-@\t\r".indexOf(clean.charAt(0)) >= 0) {
            return "'" + clean;
        }
        return clean;
    }

    /** A cell read back from a file Alinea wrote: the apostrophe {@link #safe} put before a formula character is taken off. */
    public static String unsafe(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
