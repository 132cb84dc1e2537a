/**
 * Turns files into clean text and text into sentences: extraction through Apache Tika (with YAML
 * front matter and HTML bodies handled), and sentence segmentation with ICU's BreakIterator. Plain
 * Java: no Spring, Vaadin or JDBC.
 */
@NullMarked
package dev.alinea.text;

import org.jspecify.annotations.NullMarked;
