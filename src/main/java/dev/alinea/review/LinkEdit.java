package dev.alinea.review;

import java.util.List;

/**
 * Links taken away and links added with a change. The removed links count sentences as they were
 * before the change's segment edits, the added ones as they are after.
 */
public record LinkEdit(List<ReviewLink> removed, List<ReviewLink> added) {

    /** No link changed. */
    public static final LinkEdit NONE = new LinkEdit(List.of(), List.of());

    public LinkEdit {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    LinkEdit inverse() {
        return new LinkEdit(added, removed);
    }
}
