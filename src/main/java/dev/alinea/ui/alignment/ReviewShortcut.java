package dev.alinea.ui.alignment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;

/**
 * Every review operation with its keys. The buttons' tooltips and the help dialog are made from
 * this list, so they always tell the keys that work. The keys act while the grid has the focus
 * (typing in a text field never triggers them).
 */
enum ReviewShortcut {
    MERGE_NEXT("merge-next", "Merge ↓", "Merge the row with the next row", Key.KEY_M, KeyModifier.ALT),
    MERGE_PREVIOUS("merge-previous", "Merge ↑", "Merge the row with the previous row", Key.KEY_M, KeyModifier.ALT, KeyModifier.SHIFT),
    SPLIT("split", "Split", "Split the cell: its sentences after the first (or after the one you choose) move to a new row below",
            Key.KEY_S, KeyModifier.ALT),
    SPLIT_COLUMN("split-column", "Split column", "Move this column's text to a new row below", Key.KEY_S, KeyModifier.ALT, KeyModifier.SHIFT),
    SHIFT_UP("shift-up", "Shift ↑", "Shift the cell's first sentence up into the row above", Key.ARROW_UP, KeyModifier.ALT),
    SHIFT_DOWN("shift-down", "Shift ↓", "Shift the cell's last sentence down into the row below", Key.ARROW_DOWN, KeyModifier.ALT),
    INSERT_EMPTY("insert-empty", "Empty cell", "Insert an empty cell: this column's text moves down one row, to the next gap",
            Key.KEY_I, KeyModifier.ALT),
    EXCLUDE("exclude", "Exclude/include", "Exclude a sentence from alignment and export, or include it again", Key.KEY_X, KeyModifier.ALT),
    EDIT("edit", "Edit text", "Edit the cell's sentences: one per line; a new line splits a sentence, joining two lines joins them",
            Key.KEY_E, KeyModifier.ALT),
    CONFIRM("confirm", "Confirm", "Confirm the row: re-alignment leaves it as it is", Key.KEY_C, KeyModifier.ALT),
    CONFIRM_UP_TO("confirm-up-to", "Confirm up to here", "Confirm every row from the first to this one", Key.KEY_C, KeyModifier.ALT,
            KeyModifier.SHIFT),
    UNCONFIRM("unconfirm", "Unconfirm", "Take the row's confirmation back", Key.KEY_U, KeyModifier.ALT),
    LINK("link", "Link", "Link a sentence of the cell with a sentence of another version that another row holds (the same fact told elsewhere)",
            Key.KEY_L, KeyModifier.ALT),
    DIVERGENCES("divergences", "Divergences", "Dismiss (with a reason) or accept the divergences of the row", Key.KEY_D, KeyModifier.ALT),
    UNDO("undo", "Undo", "Undo the latest change (kept across reloads and restarts)", Key.KEY_Z, KeyModifier.CONTROL),
    REDO("redo", "Redo", "Redo the change undone last", Key.KEY_Y, KeyModifier.CONTROL),
    REALIGN("realign", "Re-align", "Re-align the unconfirmed rows between confirmed rows, which stay as they are", Key.KEY_R,
            KeyModifier.ALT),
    HISTORY("history", "History", "List the project's changes with their times", Key.KEY_H, KeyModifier.ALT),
    JUMP("jump", "Go to row", "Go to a row by its number", Key.KEY_G, KeyModifier.ALT),
    SEARCH("search", "Search", "Search the text of every column", Key.KEY_F, KeyModifier.ALT),
    HELP("help", "Keys", "Show this list of keys", Key.of("?"));

    final String id;
    final String label;
    final String description;
    final Key key;
    final KeyModifier[] modifiers;

    ReviewShortcut(String id, String label, String description, Key key, KeyModifier... modifiers) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.key = key;
        this.modifiers = modifiers;
    }

    /** The keys as a person types them: "Alt+Shift+M", "Ctrl+Z", "?". */
    String keys() {
        String name = key.getKeys().getFirst();
        String keyName = switch (name) {
            case "ArrowUp" -> "↑";
            case "ArrowDown" -> "↓";
            default -> name.startsWith("Key") ? name.substring(3) : name.length() == 1 ? name.toUpperCase(java.util.Locale.ROOT) : name;
        };
        return Stream.concat(Arrays.stream(modifiers).map(ReviewShortcut::modifierName), Stream.of(keyName)).collect(Collectors.joining("+"));
    }

    String tooltip() {
        return description + " (" + keys() + ")";
    }

    private static String modifierName(KeyModifier modifier) {
        return switch (modifier) {
            case CONTROL -> "Ctrl";
            case ALT -> "Alt";
            case SHIFT -> "Shift";
            case META -> "Meta";
            default -> modifier.name();
        };
    }

    /** Other keys that do the same, as editors are used to them. */
    List<Key[]> alternatives() {
        return switch (this) {
            case REDO -> List.<Key[]>of(new Key[] {Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT});
            case EDIT -> List.<Key[]>of(new Key[] {Key.F2});
            case HELP -> List.<Key[]>of(new Key[] {Key.of("?"), KeyModifier.SHIFT});
            default -> List.of();
        };
    }
}
