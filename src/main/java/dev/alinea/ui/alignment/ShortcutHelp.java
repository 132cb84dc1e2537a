package dev.alinea.ui.alignment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Every key of the review screen, made from {@link ReviewShortcut} so it is always true. */
class ShortcutHelp extends Dialog {

    ShortcutHelp() {
        setId("shortcut-help");
        setHeaderTitle("Keys");
        setWidth("44em");
        add(new Paragraph("Click a cell or press Tab to reach the grid; the arrow keys, Home, End, Page Up and Page Down move "
                + "between rows and cells. These keys act on the cell that has the focus:"));
        for (ReviewShortcut shortcut : ReviewShortcut.values()) {
            var keys = new Span(shortcut.keys());
            keys.addClassName("shortcut-keys");
            var line = new Div(keys, new Span(shortcut.description));
            line.addClassName("shortcut-line");
            add(line);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
