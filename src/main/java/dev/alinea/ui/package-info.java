/**
 * The Vaadin web workbench: the app layout, the error handler, and one sub-package per screen.
 * Views call the services of the feature packages ({@code dev.alinea.project}, {@code reviewing},
 * {@code names}, {@code users}, {@code export}), never repositories or JDBC.
 */
@NullMarked
package dev.alinea.ui;

import org.jspecify.annotations.NullMarked;
