package dev.alinea.ui.alignment;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;

import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;

/** The line above the grid: what the project holds and the TMX download. */
class AlignmentToolbar extends HorizontalLayout {

    AlignmentToolbar(ProjectSummary project, ProjectService projects) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        var facts = new Span(project.rowCount() + " rows · pivot " + project.pivot().language() + " · "
                + project.documents().stream().map(d -> d.fileName() + " (" + d.segmentCount() + " sentences)")
                        .collect(Collectors.joining(", ")));
        facts.addClassName("project-facts");
        var download = new Anchor((DownloadEvent event) -> {
            event.setFileName(fileName(project));
            event.setContentType("application/x-tmx+xml");
            projects.exportTmx(project.id(), event.getOutputStream());
        }, "Download TMX");
        download.setId("download-tmx");
        download.addClassName("download-tmx");
        add(facts, download);
        setFlexGrow(1, facts);
    }

    private static String fileName(ProjectSummary project) {
        String safe = project.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (safe.isEmpty() ? "alignment" : safe) + ".tmx";
    }
}
