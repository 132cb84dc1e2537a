package dev.alinea.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import dev.alinea.ui.help.HelpView;
import dev.alinea.ui.projects.ProjectListView;
import dev.alinea.ui.users.UsersView;
import dev.alinea.users.Caller;
import dev.alinea.users.ProjectAccess;

/**
 * The frame around every screen: the product name and a link back to the project list; in server
 * mode also who is signed in, the users screen for administrators, and signing out.
 */
@PermitAll
@Layout
public class MainLayout extends AppLayout {

    public MainLayout(ProjectAccess access, AuthenticationContext authentication) {
        var brand = new Span("Alinea");
        brand.addClassName("alinea-brand");
        var projects = new RouterLink("Projects", ProjectListView.class);
        projects.addClassName("alinea-nav");
        var help = new RouterLink("Help", HelpView.class);
        help.addClassName("alinea-nav");
        help.setId("help-link");
        addToNavbar(brand, projects, help);
        if (access.serverMode()) {
            Caller caller = access.caller();
            if (caller.isAdmin()) {
                var users = new RouterLink("Users", UsersView.class);
                users.addClassName("alinea-nav");
                users.setId("users-link");
                addToNavbar(users);
            }
            var who = new Span(caller.name() + " (" + caller.role().name().toLowerCase(java.util.Locale.ROOT) + ")");
            who.addClassName("signed-in");
            who.setId("signed-in-as");
            var signOut = new Button("Sign out", click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addToNavbar(who, signOut);
        }
        // No drawer: the navbar holds all navigation, and the grid gets the full width.
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
    }
}
