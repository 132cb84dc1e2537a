package dev.alinea.reviewing;

import java.time.Instant;

/**
 * One change in a project's history.
 *
 * @param revision the project revision the change made
 * @param madeAt when it was made
 * @param author who made it (the signed-in user; in local mode, the computer's user)
 * @param description what was done ("Merged rows 4 and 5")
 * @param undone whether it is undone (redo makes it again)
 * @param undoneAt when it was undone; null when it is not
 */
public record HistoryEntry(long id, long revision, Instant madeAt, String author, String description, boolean undone, Instant undoneAt) {
}
