package dev.alinea.ui.help;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import dev.alinea.ui.alignment.AlignmentHelp;

/** One screen that says what the alignment screen shows: its columns, colours, statuses and keys, with a picture of the grid. */
@PermitAll
@Route("help")
@PageTitle("Help · Alinea")
public class HelpView extends VerticalLayout {

    public HelpView() {
        addClassName("help-view");
        setMaxWidth("64em");
        var picture = new Image(DownloadHandler.forClassResource(HelpView.class, "alignment-grid.png"),
                "The alignment grid: a row number, one column per version headed by its language and file, divergences highlighted "
                        + "in the cells, the confidence and the status of each row, and the side panel with the divergences and the legend");
        picture.addClassName("help-picture");
        picture.setWidthFull();
        add(new H2("How to read the alignment screen"),
                new Paragraph("Each row of the grid is one aligned unit: for each version of the text, the sentences that say the same "
                        + "thing. Every sentence of every version is in exactly one row, in the order of its document."),
                picture,
                new H3("Columns"),
                list("# — the row's number (as in the exports' row-1, row-2...).",
                        "One column per version, headed by its language and its file; the pivot (the version the others are aligned to) "
                                + "is marked. — in a cell: that version has nothing for this row (an omission or an addition).",
                        "Conf. — the confidence: the probability, from 0 to 1, that the row is right; under 0.5 it is red. A row with "
                                + "text in one version only has nothing to align and shows —.",
                        "Status — aligned (proposed by the aligner, not yet reviewed) or ✓ confirmed (a reviewer confirmed it; "
                                + "re-alignment never moves it; the row is green)."),
                new H3("Colours and marks"),
                new Paragraph("A highlighted stretch in a cell is a divergence between the versions; its colour says the type. Hover it, "
                        + "or focus a cell of its row: the side panel then lists the row's divergences with their explanations."),
                AlignmentHelp.legend(),
                new H3("Screen"),
                list("Projects: open a project; an administrator also renames, duplicates and deletes projects there.",
                        "Above the grid: the review buttons (their tooltips tell their keys), the counts of confirmed and unconfirmed "
                                + "rows, the filters (unconfirmed rows, low confidence, a search in every column: \"6 of 28 rows\" says "
                                + "how many are shown, matches are marked) and the layout: compact rows, the review buttons, the side "
                                + "panel and which versions' columns are shown, kept per project in this browser.",
                        "Name list: the people and places the project names, with their renderings in every version."),
                new H3("Keys"),
                new Paragraph("Tab first reaches \"Skip to the grid\". In the grid, the arrow keys, Home, End, Page Up and Page Down move "
                        + "between rows and cells; the keys below act on the cell that has the focus, and work from anywhere on the "
                        + "screen (undo and redo in the grid only, ? outside text fields)."),
                AlignmentHelp.keys());
    }

    private static UnorderedList list(String... items) {
        var list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
