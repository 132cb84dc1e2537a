/**
 * The Vaadin web workbench: the app layout, the error handler, and one sub-package per screen.
 * Views call the services of {@code dev.alinea.project}, never repositories or JDBC.
 */
package dev.alinea.ui;
