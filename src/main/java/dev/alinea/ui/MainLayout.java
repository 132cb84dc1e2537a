package dev.alinea.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;

import dev.alinea.ui.projects.ProjectListView;

/** The frame around every screen: the product name and a link back to the project list. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        var brand = new Span("Alinea");
        brand.addClassName("alinea-brand");
        var projects = new RouterLink("Projects", ProjectListView.class);
        projects.addClassName("alinea-nav");
        addToNavbar(brand, projects);
        // No drawer: the navbar holds all navigation, and the grid gets the full width.
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
    }
}
