package dev.alinea.ui.alignment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;

/**
 * How the alignment screen is laid out, remembered per project in the browser (local storage):
 * compact rows, the review buttons and the side panel shown or hidden, and which documents'
 * columns are shown (to review English and Indonesian only, say).
 */
class ViewOptions extends HorizontalLayout {

    /** What the reviewer chose. */
    record Choice(boolean compact, boolean tools, boolean panel, Set<Integer> hidden) {

        static final Choice DEFAULT = new Choice(false, true, true, Set.of());

        /** As kept in local storage: "compact=1;tools=1;panel=0;hidden=1,2". */
        String stored() {
            return "compact=" + (compact ? 1 : 0) + ";tools=" + (tools ? 1 : 0) + ";panel=" + (panel ? 1 : 0) + ";hidden="
                    + String.join(",", hidden.stream().map(String::valueOf).toList());
        }

        /** Reads {@link #stored()}; anything it cannot read is left as by default. */
        static Choice parse(String stored) {
            boolean compact = DEFAULT.compact;
            boolean tools = DEFAULT.tools;
            boolean panel = DEFAULT.panel;
            Set<Integer> hidden = new TreeSet<>();
            for (String part : stored.split(";")) {
                String[] pair = part.split("=", 2);
                if (pair.length < 2) {
                    continue;
                }
                switch (pair[0]) {
                    case "compact" -> compact = "1".equals(pair[1]);
                    case "tools" -> tools = !"0".equals(pair[1]);
                    case "panel" -> panel = !"0".equals(pair[1]);
                    case "hidden" -> {
                        for (String index : pair[1].split(",")) {
                            if (index.matches("\\d{1,3}")) {
                                hidden.add(Integer.parseInt(index));
                            }
                        }
                    }
                    default -> { }
                }
            }
            return new Choice(compact, tools, panel, Set.copyOf(hidden));
        }
    }

    private final String storageKey;
    private final Consumer<Choice> apply;
    private final MenuItem compact;
    private final MenuItem tools;
    private final MenuItem panel;
    private final List<DocumentInfo> documents;
    private final List<MenuItem> columnItems = new java.util.ArrayList<>();

    /**
     * @param apply told the choice whenever it changes, and once it has been read back
     */
    ViewOptions(long projectId, List<DocumentInfo> documents, Consumer<Choice> apply) {
        this.storageKey = "alinea.view." + projectId;
        this.apply = apply;
        this.documents = documents;
        addClassName("view-options");
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        var bar = new MenuBar();
        bar.setId("view-columns");
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        var menu = bar.addItem("View ▾").getSubMenu();
        compact = checkable(menu.addItem("Compact rows", click -> changed()), "view-compact");
        tools = checkable(menu.addItem("Review buttons", click -> changed()), "view-tools");
        panel = checkable(menu.addItem("Side panel", click -> changed()), "view-panel");
        menu.addSeparator();
        for (DocumentInfo document : documents) {
            MenuItem item = menu.addItem(Languages.label(document.language()) + " · " + document.fileName(), click -> changed());
            columnItems.add(checkable(item, "view-column-" + document.position()));
        }
        set(Choice.DEFAULT);
        add(bar);
    }

    private static MenuItem checkable(MenuItem item, String id) {
        item.setCheckable(true);
        item.setId(id);
        // The menu stays open while several choices are made.
        item.setKeepOpen(true);
        return item;
    }

    /** Reads the choice kept in the browser for this project and applies it. */
    void restore() {
        getElement().executeJs("try { return localStorage.getItem($0) || ''; } catch (e) { return ''; }", storageKey)
                .then(String.class, stored -> {
                    if (!stored.isEmpty()) {
                        set(Choice.parse(stored));
                        apply.accept(choice());
                    }
                });
    }

    Choice choice() {
        Set<Integer> hidden = new TreeSet<>();
        for (int d = 0; d < columnItems.size(); d++) {
            if (!columnItems.get(d).isChecked()) {
                hidden.add(documents.get(d).position());
            }
        }
        return new Choice(compact.isChecked(), tools.isChecked(), panel.isChecked(), Set.copyOf(hidden));
    }

    /** Shows a choice without telling anyone. */
    private void set(Choice choice) {
        compact.setChecked(choice.compact());
        tools.setChecked(choice.tools());
        panel.setChecked(choice.panel());
        for (int d = 0; d < columnItems.size(); d++) {
            columnItems.get(d).setChecked(!choice.hidden().contains(documents.get(d).position()));
        }
    }

    private void changed() {
        Choice choice = choice();
        if (choice.hidden().size() == documents.size()) {
            columnItems.getFirst().setChecked(true);
            choice = choice();
        }
        apply.accept(choice);
        getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", storageKey, choice.stored());
    }
}
