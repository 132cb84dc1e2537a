package dev.alinea.ui.alignment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import dev.alinea.reviewing.HistoryEntry;
import dev.alinea.reviewing.ReviewService;

/** Every change of the project, newest first, with when each was made and whether it is undone; read page by page as it scrolls. */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    HistoryDialog(ReviewService reviews, long projectId) {
        setId("history");
        setHeaderTitle("History");
        setWidth("56em");
        int count = reviews.historyCount(projectId);
        if (count == 0) {
            add(new Paragraph("No changes yet."));
        } else {
            var grid = new Grid<HistoryEntry>();
            grid.addClassName("history-grid");
            grid.addColumn(e -> TIME.format(e.madeAt())).setHeader("Made").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(HistoryEntry::description).setHeader("Change").setFlexGrow(1);
            grid.addColumn(HistoryEntry::author).setHeader("By").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(e -> e.undone() ? "undone " + TIME.format(e.undoneAt()) : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
            grid.setItems(query -> reviews.history(projectId, query.getOffset(), query.getLimit()).stream(),
                    query -> reviews.historyCount(projectId));
            grid.setAllRowsVisible(count <= 12);
            grid.setHeight(count <= 12 ? null : "28em");
            add(grid);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
