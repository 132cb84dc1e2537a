/**
 * What went wrong, told apart for the person who meets it: a {@link dev.alinea.problem.UserErrorException}
 * is the user's mistake or bad input and its message is shown as is; anything else is a fault of
 * Alinea's, logged as an {@link dev.alinea.problem.Incident} with a short id and shown as a generic
 * message naming that id. Every other package may use this one; it uses none of them. Plain Java
 * (SLF4J for the log): no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.problem;

import org.jspecify.annotations.NullMarked;
