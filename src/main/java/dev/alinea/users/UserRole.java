package dev.alinea.users;

/** What a signed-in person may do (server mode). */
public enum UserRole {
    /** Manages users and projects, and may do everything else. */
    ADMIN,
    /** Views, exports, edits and confirms the projects assigned to them. */
    REVIEWER,
    /** Views and exports the projects assigned to them. */
    READER
}
