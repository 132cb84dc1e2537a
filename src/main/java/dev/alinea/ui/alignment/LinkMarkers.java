package dev.alinea.ui.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.review.LinkOrigin;
import dev.alinea.review.ReviewLink;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.reviewing.RowLink;

/**
 * The links shown in the grid: under a cell whose sentence is linked, one marker per link, "→
 * Chinese sentence 29 (0.86)", a button that goes to the row holding the other sentence, and
 * beside it a button that removes the link (undo brings it back). Shown from both rows.
 */
final class LinkMarkers {

    /** Goes to a row, focusing a document's cell. */
    @FunctionalInterface
    interface Jump {
        void to(int row, int document);
    }

    private final List<DocumentInfo> documents;
    private final Jump jump;
    private final Consumer<ReviewLink> remove;
    private final boolean canEdit;
    /** The links at each sentence, by {@link #key}. */
    private Map<Long, List<RowLink>> bySentence = Map.of();

    LinkMarkers(List<DocumentInfo> documents, Jump jump, Consumer<ReviewLink> remove, boolean canEdit) {
        this.documents = documents;
        this.jump = jump;
        this.remove = remove;
        this.canEdit = canEdit;
    }

    /** The project's links as they now are. */
    void show(List<RowLink> links) {
        Map<Long, List<RowLink>> index = new HashMap<>();
        for (RowLink link : links) {
            index.computeIfAbsent(key(link.link().document(), link.link().segment()), k -> new ArrayList<>()).add(link);
            index.computeIfAbsent(key(link.link().otherDocument(), link.link().otherSegment()), k -> new ArrayList<>()).add(link);
        }
        bySentence = index;
    }

    /** Adds the markers of the links of a cell's sentences under its text. */
    void addTo(Div cell, AlignedRow row, int document) {
        int first = row.firstSegments().get(document);
        var markers = new Div();
        markers.addClassName("link-markers");
        for (int s = first; s < first + row.cells().get(document).size(); s++) {
            for (RowLink link : bySentence.getOrDefault(key(document, s), List.of())) {
                markers.add(marker(link, document));
            }
        }
        if (markers.getComponentCount() > 0) {
            cell.add(markers);
        }
    }

    private Div marker(RowLink rowLink, int document) {
        ReviewLink link = rowLink.link();
        int other = link.across(document);
        int otherSegment = link.segmentIn(other);
        int otherRow = rowLink.rowIn(other);
        String sentence = Languages.of(documents.get(other).language()).displayName() + " sentence " + (otherSegment + 1);
        var go = new Button("→ " + sentence + " (" + String.format(Locale.ROOT, "%.2f", link.confidence()) + ")", click -> jump.to(otherRow, other));
        go.addClassName("link-marker");
        go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        go.setTooltipText("Linked by " + (link.origin() == LinkOrigin.REVIEWER ? "a reviewer" : "the aligner") + ": the same fact as "
                + sentence + ", in row " + (otherRow + 1) + ". Go there.");
        var marker = new Div(go);
        marker.addClassName("link");
        marker.getElement().setAttribute("data-link-row", Integer.toString(otherRow));
        if (canEdit) {
            var unlink = new Button("×", click -> remove.accept(link));
            unlink.addClassName("link-remove");
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            unlink.getElement().setAttribute("aria-label", "Remove the link to " + sentence);
            unlink.setTooltipText("Remove the link to " + sentence + " (undo brings it back)");
            marker.add(unlink);
        }
        return marker;
    }

    private static long key(int document, int segment) {
        return ((long) document << 32) | segment;
    }
}
