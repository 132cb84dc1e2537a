package dev.alinea.ui.projects;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.backup.BackupService;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.ErrorNotification;

/**
 * What an administrator can do with a project from the list: rename it, copy it (to try another
 * alignment on the copy) and delete it, after a confirmation that says what goes with it.
 */
class ProjectActions extends HorizontalLayout {

    /**
     * @param changed told when the list of projects has changed
     */
    ProjectActions(ProjectSummary project, ProjectService projects, BackupService backups, Runnable changed) {
        setSpacing(false);
        addClassName("project-actions");
        add(button("Rename…", "rename-project", () -> rename(project, projects, changed)),
                button("Duplicate", "duplicate-project", () -> duplicate(project, backups, changed)),
                button("Delete…", "delete-project", () -> delete(project, projects, changed)));
    }

    private static Button button(String label, String className, Runnable action) {
        var button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        // A click on the button is not a click on the row, which opens the project.
        button.getElement().addEventListener("click", event -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private static void rename(ProjectSummary project, ProjectService projects, Runnable changed) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename project");
        dialog.addClassName("rename-dialog");
        var name = new TextField("Name");
        name.setId("project-new-name");
        name.setValue(project.name());
        name.setWidth("30em");
        name.setMaxLength(ProjectService.MAX_NAME_LENGTH);
        name.focus();
        var save = new Button("Rename", click -> {
            try {
                projects.rename(project.id(), name.getValue());
                dialog.close();
                changed.run();
            } catch (UserErrorException e) {
                name.setInvalid(true);
                name.setErrorMessage(e.getMessage());
            }
        });
        save.setId("rename-project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static void duplicate(ProjectSummary project, BackupService backups, Runnable changed) {
        try {
            backups.duplicate(project.id());
            Notification.show("Copied “" + project.name() + "”", 4000, Notification.Position.BOTTOM_START);
            changed.run();
        } catch (UserErrorException e) {
            ErrorNotification.show(e.getMessage());
        }
    }

    private static void delete(ProjectSummary project, ProjectService projects, Runnable changed) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + project.name() + "”?");
        confirm.setText("Its " + project.documents().size() + " documents, " + project.rowCount()
                + " rows, review history and name list are deleted for good. Back it up first if you may want it again.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                projects.delete(project.id());
            } catch (UserErrorException e) {
                ErrorNotification.show(e.getMessage());
            }
            changed.run();
        });
        confirm.open();
    }
}
