package dev.alinea.reviewing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import dev.alinea.problem.UserErrorException;
import dev.alinea.review.RowStatus;

/**
 * Which rows of a project to show. Every criterion that is set must hold.
 *
 * @param unconfirmedOnly only rows not yet confirmed
 * @param belowConfidence only rows whose confidence is under this value; null for any
 * @param text only rows with a cell containing this text (case-insensitive) or, with {@code regex},
 *        matching this regular expression; null or empty for any
 * @param regex whether {@code text} is a regular expression (RE2 syntax, matched in time linear
 *        in the text: no back-references or look-arounds, and no expression can take exponential time)
 * @param onlyRows only the rows with these ids (e.g. the rows with divergences); null for any
 */
public record RowFilter(boolean unconfirmedOnly, @Nullable Double belowConfidence, @Nullable String text, boolean regex, @Nullable Set<Long> onlyRows) {

    public static final RowFilter ALL = new RowFilter(false, null, null, false, null);

    public RowFilter {
        onlyRows = onlyRows == null ? null : Set.copyOf(onlyRows);
        if (regex && text != null && !text.isEmpty()) {
            checkPattern(text);
        }
    }

    public boolean isAll() {
        return equals(ALL);
    }

    /**
     * @throws UserErrorException saying what is wrong when {@code expression} is not a regular expression
     */
    public static void checkPattern(String expression) {
        compile(expression);
    }

    /** Longer expressions are refused: matching time grows with the expression as well as the text. */
    static final int MAX_PATTERN_LENGTH = 1000;

    private static Pattern compile(String expression) {
        if (expression.length() > MAX_PATTERN_LENGTH) {
            throw new UserErrorException("A search expression can be at most " + MAX_PATTERN_LENGTH + " characters long.");
        }
        try {
            // Java's parser names syntax errors in the words people know; compiling is safe, only matching backtracks
            java.util.regex.Pattern.compile(expression);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UserErrorException("Not a regular expression: " + e.getDescription() + " near position " + e.getIndex(), e);
        }
        try {
            return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new UserErrorException("The search cannot use this regular expression (" + e.getDescription()
                    + "): back-references and look-arounds are not supported.", e);
        }
    }

    /** Tests a row's status and confidence; the text is tested by {@link #textMatcher()}. */
    boolean accepts(long rowId, RowStatus status, double confidence) {
        return (!unconfirmedOnly || status != RowStatus.CONFIRMED)
                && (belowConfidence == null || confidence < belowConfidence)
                && (onlyRows == null || onlyRows.contains(rowId));
    }

    /** Tests one cell's text; null when the filter has no text. */
    @Nullable Predicate<String> textMatcher() {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (regex) {
            Pattern pattern = compile(text);
            return cell -> pattern.matcher(cell).find();
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return cell -> cell.toLowerCase(Locale.ROOT).contains(needle);
    }
}
