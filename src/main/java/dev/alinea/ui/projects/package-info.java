/** The project list: every project with its languages and size; opening one shows its alignment. */
package dev.alinea.ui.projects;
