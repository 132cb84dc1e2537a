package dev.alinea.ui.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import dev.alinea.divergence.NameEntry;

/**
 * From a name-list entry back to the rows that mention it: the alignment screen searching for any
 * of its renderings in any column (a regular expression of the renderings, each taken literally).
 */
final class MentioningRows {

    private MentioningRows() {
    }

    /** The search: every rendering, quoted, one of them. */
    static String pattern(NameEntry entry) {
        return entry.renderings().values().stream().flatMap(List::stream).distinct().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    static Anchor link(long projectId, NameEntry entry) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("search", pattern(entry));
        parameters.put("regex", "1");
        var link = new Anchor("projects/" + projectId + "?" + QueryParameters.simple(parameters).getQueryString(), "Rows");
        link.addClassName("mentioning-rows");
        link.setTitle("Show the rows that mention " + entry.renderings().values().stream().flatMap(List::stream).collect(Collectors.joining(" · ")));
        return link;
    }
}
