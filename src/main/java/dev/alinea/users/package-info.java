/**
 * Who may do what: the users of a server, their roles, password hashes and project assignments
 * (the {@code app_user} and {@code project_member} tables), the caller on the current thread, and
 * the access checks every service makes whatever the screen shows. In local mode the one person at
 * this machine may do everything.
 */
@NullMarked
package dev.alinea.users;

import org.jspecify.annotations.NullMarked;
