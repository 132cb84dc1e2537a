package dev.alinea.ui.alignment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import dev.alinea.reviewing.HistoryEntry;

/** The project's changes, newest first, with when each was made and whether it is undone. */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    HistoryDialog(List<HistoryEntry> entries) {
        setId("history");
        setHeaderTitle("History");
        setWidth("56em");
        if (entries.isEmpty()) {
            add(new Paragraph("No changes yet."));
        } else {
            var grid = new Grid<HistoryEntry>();
            grid.addClassName("history-grid");
            grid.addColumn(e -> TIME.format(e.madeAt())).setHeader("Made").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(HistoryEntry::description).setHeader("Change").setFlexGrow(1);
            grid.addColumn(HistoryEntry::author).setHeader("By").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(e -> e.undone() ? "undone " + TIME.format(e.undoneAt()) : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
            grid.setItems(entries);
            grid.setAllRowsVisible(entries.size() <= 12);
            grid.setHeight(entries.size() <= 12 ? null : "28em");
            add(grid);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
