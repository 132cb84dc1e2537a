package dev.alinea.ui.alignment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Parts of the alignment screen's own explanations, for the help page: made from the same sources, so they say the same. */
public final class AlignmentHelp {

    private AlignmentHelp() {
    }

    /** Every review key with what it does. */
    public static Component keys() {
        var list = new Div();
        list.addClassName("help-keys");
        for (ReviewShortcut shortcut : ReviewShortcut.values()) {
            var keys = new Span(shortcut.keys());
            keys.addClassName("shortcut-keys");
            var line = new Div(keys, new Span(shortcut.description));
            line.addClassName("shortcut-line");
            list.add(line);
        }
        return list;
    }

    /** What the colours and marks of the grid mean. */
    public static Component legend() {
        var legend = new Legend();
        legend.setOpened(true);
        legend.setId("help-legend");
        return legend;
    }
}
