package dev.alinea.ui.alignment;

import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.alinea.problem.UserErrorException;
import dev.alinea.reviewing.RowFilter;

/**
 * Triage: which rows to show (all, unconfirmed, under a confidence), a search over every column
 * (text or regular expression), and a jump to row N. Divergent rows are chosen in the side panel.
 */
class TriageBar extends HorizontalLayout {

    static final String ALL = "All rows";
    static final String UNCONFIRMED = "Unconfirmed rows";
    static final String LOW_CONFIDENCE = "Confidence under…";

    private final Select<String> show = new Select<>();
    private final NumberField threshold = new NumberField();
    private final TextField search = new TextField();
    private final Checkbox regex = new Checkbox("Regular expression");
    private final IntegerField jump = new IntegerField();
    private final com.vaadin.flow.component.html.Span shown = new com.vaadin.flow.component.html.Span();

    /**
     * @param changed told when the filter changes
     * @param jumpTo told the 0-based row to go to
     * @param toRows told when Enter is pressed in the search: the keyboard goes to the rows found
     */
    TriageBar(Runnable changed, IntConsumer jumpTo, Runnable toRows) {
        addClassName("triage-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        show.setId("row-filter");
        show.setAriaLabel("Show");
        show.setItems(ALL, UNCONFIRMED, LOW_CONFIDENCE);
        show.setValue(ALL);
        threshold.setId("confidence-threshold");
        threshold.setAriaLabel("Confidence threshold");
        threshold.setMin(0);
        threshold.setMax(1);
        threshold.setStep(0.05);
        threshold.setValue(0.5);
        threshold.setWidth("6em");
        threshold.setVisible(false);
        search.setId("search");
        search.setPlaceholder("Search all columns (Alt+F)");
        search.setTooltipText("Alt+F; Enter goes to the first row found");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16em");
        regex.setId("search-regex");
        jump.setId("jump-to-row");
        jump.setPlaceholder("Row (Alt+G)");
        jump.setWidth("8em");
        jump.setMin(1);
        show.addValueChangeListener(e -> {
            threshold.setVisible(LOW_CONFIDENCE.equals(e.getValue()));
            changed.run();
        });
        threshold.addValueChangeListener(e -> changed.run());
        search.addValueChangeListener(e -> changed.run());
        regex.addValueChangeListener(e -> changed.run());
        search.addKeyDownListener(Key.ENTER, e -> toRows.run());
        jump.addKeyDownListener(Key.ENTER, e -> {
            if (jump.getValue() != null) {
                jumpTo.accept(jump.getValue() - 1);
            }
        });
        shown.setId("shown-count");
        shown.addClassName("shown-count");
        shown.getElement().setAttribute("role", "status");
        add(show, threshold, search, regex, jump, shown);
    }

    /**
     * The filter as set, the divergent rows aside.
     *
     * @return null when the search is not a regular expression (the field then says why)
     */
    @Nullable RowFilter filter() {
        String text = search.getValue();
        if (regex.getValue() && !text.isEmpty()) {
            try {
                RowFilter.checkPattern(text);
            } catch (UserErrorException e) {
                search.setInvalid(true);
                search.setErrorMessage(e.getMessage());
                return null;
            }
        }
        search.setInvalid(false);
        Double below = LOW_CONFIDENCE.equals(show.getValue()) && threshold.getValue() != null ? threshold.getValue() : null;
        return new RowFilter(UNCONFIRMED.equals(show.getValue()), below, text, regex.getValue(), null);
    }

    /** Says how many rows are shown: "6 of 28 rows"; nothing when all are ({@code shownRows} < 0). */
    void showCount(int shownRows, int allRows) {
        shown.setText(shownRows < 0 ? "" : shownRows + " of " + allRows + " rows");
    }

    /** Searches for this, as typed in the search field (a link from the name list). */
    void search(String text, boolean regularExpression) {
        regex.setValue(regularExpression);
        search.setValue(text);
    }

    /** Back to all rows, no search. */
    void clear() {
        show.setValue(ALL);
        search.clear();
    }

    void focusSearch() {
        search.focus();
    }

    void focusJump() {
        jump.focus();
    }
}
