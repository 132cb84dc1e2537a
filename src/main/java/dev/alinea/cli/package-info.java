/**
 * The command line: {@code java -jar alinea.jar} starts the workbench; subcommands such as
 * {@code align-sentences} run the core without the web app.
 */
@NullMarked
package dev.alinea.cli;

import org.jspecify.annotations.NullMarked;
