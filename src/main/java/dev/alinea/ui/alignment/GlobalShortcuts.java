package dev.alinea.ui.alignment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;

/**
 * The review keys anywhere on the alignment screen, not only in the grid: right after opening,
 * after a click on a button or in the search field. The grid's own listeners come first and stop
 * the key there. Undo and redo stay in the grid (Ctrl+Z in a text field undoes the typing), and
 * {@code ?} is heard outside text fields only, where it is not typed.
 */
final class GlobalShortcuts {

    private static final Set<ReviewShortcut> GRID_ONLY = EnumSet.of(ReviewShortcut.UNDO, ReviewShortcut.REDO, ReviewShortcut.HELP);

    private GlobalShortcuts() {
    }

    /** @param view the screen, for as long as it is attached; it must have a client-callable {@code showKeys()} */
    static void register(Component view, Consumer<ReviewShortcut> run) {
        for (ReviewShortcut shortcut : ReviewShortcut.values()) {
            if (GRID_ONLY.contains(shortcut)) {
                continue;
            }
            Shortcuts.addShortcutListener(view, () -> run.accept(shortcut), shortcut.key, shortcut.modifiers);
            for (var keys : shortcut.alternatives()) {
                Shortcuts.addShortcutListener(view, () -> run.accept(shortcut), keys[0], Arrays.copyOfRange(keys, 1, keys.length, KeyModifier[].class));
            }
        }
        view.addAttachListener(attach -> view.getElement().executeJs("""
                const view = this;
                if (view.__alineaHelpKey) { document.removeEventListener('keydown', view.__alineaHelpKey); }
                view.__alineaHelpKey = event => {
                  if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || !view.isConnected) { return; }
                  const path = event.composedPath();
                  if (path.some(e => e.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName)
                      || (e.classList && e.classList.contains('alignment-grid')))) { return; }
                  event.preventDefault();
                  view.$server.showKeys();
                };
                document.addEventListener('keydown', view.__alineaHelpKey);"""));
        view.addDetachListener(detach -> view.getElement().executeJs("""
                if (this.__alineaHelpKey) { document.removeEventListener('keydown', this.__alineaHelpKey); this.__alineaHelpKey = null; }"""));
    }
}
