/** The project list: every project with its languages and size; opening one shows its alignment. */
@NullMarked
package dev.alinea.ui.projects;

import org.jspecify.annotations.NullMarked;
