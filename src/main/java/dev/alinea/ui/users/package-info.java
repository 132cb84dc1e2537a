/** The users screen: administrators add users, set their roles and passwords, and assign them projects (server mode). */
@NullMarked
package dev.alinea.ui.users;

import org.jspecify.annotations.NullMarked;
