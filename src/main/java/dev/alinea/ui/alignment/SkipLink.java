package dev.alinea.ui.alignment;

import com.vaadin.flow.component.html.NativeButton;

/** The first stop of the Tab key on the alignment screen: straight to the grid, past the toolbars. Visible only while it has the focus. */
final class SkipLink {

    private SkipLink() {
    }

    static NativeButton to(Runnable focusGrid) {
        var link = new NativeButton("Skip to the grid", click -> focusGrid.run());
        link.setId("skip-to-grid");
        link.addClassName("skip-link");
        return link;
    }
}
