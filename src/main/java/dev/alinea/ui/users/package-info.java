/** The users screen: administrators add users, set their roles and passwords, and assign them projects (server mode). */
package dev.alinea.ui.users;
