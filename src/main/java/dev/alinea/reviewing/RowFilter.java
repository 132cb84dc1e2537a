package dev.alinea.reviewing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import dev.alinea.problem.UserErrorException;
import dev.alinea.review.RowStatus;

/**
 * Which rows of a project to show. Every criterion that is set must hold.
 *
 * @param unconfirmedOnly only rows not yet confirmed
 * @param belowConfidence only rows whose confidence is under this value; null for any
 * @param text only rows with a cell containing this text (case-insensitive) or, with {@code regex},
 *        matching this regular expression; null or empty for any
 * @param regex whether {@code text} is a regular expression
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
        try {
            Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new UserErrorException("Not a regular expression: " + e.getDescription() + " near position " + e.getIndex(), e);
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
            return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).asPredicate();
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return cell -> cell.toLowerCase(Locale.ROOT).contains(needle);
    }
}
