/** The help page: what the alignment screen's columns, colours, statuses and keys mean, with a picture of the grid. */
@NullMarked
package dev.alinea.ui.help;

import org.jspecify.annotations.NullMarked;
