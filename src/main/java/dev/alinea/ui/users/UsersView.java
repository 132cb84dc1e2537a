package dev.alinea.ui.users;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.ErrorNotification;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;
import dev.alinea.users.UserService.UserSummary;

/** Users and their roles and projects; administrators only (the services check it too). */
@Route("users")
@PageTitle("Users · Alinea")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Map<Long, ProjectSummary> projects;

    public UsersView(UserService users, ProjectService projectService) {
        this.users = users;
        this.projects = projectService.projects().stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        setSizeFull();
        grid.addClassName("users-grid");
        grid.addColumn(UserSummary::username).setHeader("User").setAutoWidth(true);
        grid.addComponentColumn(this::roleChooser).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::projectChooser).setHeader("Projects").setFlexGrow(1);
        grid.addComponentColumn(this::passwordSetter).setHeader("New password").setAutoWidth(true);
        grid.addComponentColumn(this::accountActions).setHeader("Account").setAutoWidth(true);
        add(new H2("Users"), addForm(), grid);
        setFlexGrow(1, grid);
        show();
    }

    private void show() {
        grid.setItems(users.users());
    }

    private HorizontalLayout addForm() {
        var name = new TextField("User name");
        name.setId("new-user-name");
        var role = new Select<UserRole>();
        role.setLabel("Role");
        role.setItems(UserRole.values());
        role.setValue(UserRole.REVIEWER);
        var password = new PasswordField("Password");
        password.setId("new-user-password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters, not a common password");
        var add = new Button("Add user", click -> run(() -> {
            users.addUser(name.getValue(), role.getValue(), password.getValue());
            name.clear();
            password.clear();
        }, "Added " + name.getValue()));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, role, password, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Select<UserRole> roleChooser(UserSummary user) {
        var role = new Select<UserRole>();
        role.setItems(UserRole.values());
        role.setValue(user.role());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> users.setRole(user.id(), e.getValue()), user.username() + " is now " + e.getValue().name().toLowerCase(Locale.ROOT));
            }
        });
        return role;
    }

    private MultiSelectComboBox<Long> projectChooser(UserSummary user) {
        var chooser = new MultiSelectComboBox<Long>();
        chooser.setItems(projects.keySet());
        chooser.setItemLabelGenerator(id -> projects.containsKey(id) ? projects.get(id).name() : "Project " + id);
        chooser.setValue(Set.copyOf(user.projects()));
        chooser.setWidthFull();
        chooser.addSelectionListener(e -> {
            if (e.isFromClient()) {
                run(() -> {
                    e.getAddedSelection().forEach(id -> users.assign(id, user.id(), true));
                    e.getRemovedSelection().forEach(id -> users.assign(id, user.id(), false));
                }, "Projects of " + user.username() + " saved");
            }
        });
        return chooser;
    }

    private HorizontalLayout passwordSetter(UserSummary user) {
        var password = new PasswordField();
        var set = new Button("Set", click -> run(() -> users.setPassword(user.id(), password.getValue()), "Password of " + user.username() + " set"));
        return new HorizontalLayout(password, set);
    }

    /** Disable or enable, unlock (after failed sign-ins), delete. */
    private HorizontalLayout accountActions(UserSummary user) {
        var enable = new Button(user.enabled() ? "Disable" : "Enable", click -> run(() -> users.setEnabled(user.id(), !user.enabled()),
                user.username() + (user.enabled() ? " may no longer sign in" : " may sign in again")));
        enable.setId("enable-" + user.id());
        var actions = new HorizontalLayout(enable);
        if (user.lockedUntil() != null) {
            var unlock = new Button("Unlock", click -> run(() -> users.unlock(user.id()), user.username() + " may sign in again"));
            unlock.setId("unlock-" + user.id());
            unlock.setTooltipText("Locked after failed sign-ins until " + user.lockedUntil());
            actions.add(unlock);
        }
        var delete = new Button("Delete", click -> confirmDelete(user));
        delete.setId("delete-" + user.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        return actions;
    }

    private void confirmDelete(UserSummary user) {
        var dialog = new ConfirmDialog("Delete " + user.username() + "?",
                "They can no longer sign in; the history keeps their name on the changes they made.", "Delete",
                confirm -> run(() -> users.delete(user.id()), "Deleted " + user.username()));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs an administrator's action; a refused one is shown with its reason, a failed one as a logged incident. */
    private void run(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException e) {
            ErrorNotification.show(e);
        }
        show();
    }
}
