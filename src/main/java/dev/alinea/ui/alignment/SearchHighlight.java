package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.reviewing.RowFilter;

/**
 * Marks what the search found inside a cell: each plain-text stretch of the cell is split around
 * the matches, which are wrapped in spans of class {@code search-match}; a divergence highlight
 * with a match in it is marked as a whole; excluded clutter is left as it is.
 */
final class SearchHighlight {

    private SearchHighlight() {
    }

    /** The pattern the filter searches with; null when it searches nothing. */
    static @Nullable Pattern patternOf(RowFilter filter) {
        String text = filter.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return filter.regex() ? Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** @return the cell, its plain text with the matches marked */
    static Div mark(Div cell, @Nullable Pattern pattern) {
        if (pattern == null) {
            return cell;
        }
        List<Component> children = cell.getChildren().toList();
        List<Component> marked = new ArrayList<>();
        boolean found = false;
        for (Component child : children) {
            if (child instanceof Text text) {
                List<Component> parts = split(text.getText(), pattern);
                found |= parts.size() > 1;
                marked.addAll(parts);
            } else {
                // A divergence highlight keeps its span (and explanation); it is marked as a whole.
                if (child instanceof Span span && !span.hasClassName("excluded") && pattern.matcher(span.getText()).find()) {
                    span.addClassName("search-match");
                }
                marked.add(child);
            }
        }
        if (found) {
            cell.removeAll();
            marked.forEach(cell::add);
        }
        return cell;
    }

    private static List<Component> split(String text, Pattern pattern) {
        List<Component> parts = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int position = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            if (matcher.start() > position) {
                parts.add(new Text(text.substring(position, matcher.start())));
            }
            var match = new Span(text.substring(matcher.start(), matcher.end()));
            match.addClassName("search-match");
            parts.add(match);
            position = matcher.end();
        }
        if (parts.isEmpty()) {
            return List.of(new Text(text));
        }
        if (position < text.length()) {
            parts.add(new Text(text.substring(position)));
        }
        return parts;
    }
}
