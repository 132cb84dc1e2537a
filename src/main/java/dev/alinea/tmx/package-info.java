/**
 * TMX 1.4b translation memories, written with StAX so that large projects export in constant
 * memory. Plain Java: no Spring, Vaadin or JDBC.
 */
package dev.alinea.tmx;
