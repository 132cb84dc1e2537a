package dev.alinea.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.SpringViewTest;
import dev.alinea.ui.alignment.AlignmentView;

@ViewPackages(classes = {ProjectListView.class, AlignmentView.class})
class ProjectListViewTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    private long demoCopy() {
        return copy(projects.projects().getFirst().id());
    }

    @SuppressWarnings("unchecked")
    private Button action(long projectId, String className) {
        Grid<ProjectSummary> grid = find(Grid.class).single();
        int row = java.util.stream.IntStream.range(0, test(grid).size()).filter(r -> test(grid).getRow(r).id() == projectId).findFirst().orElseThrow();
        var actions = (ProjectActions) test(grid).getCellComponent(row, "actions");
        return actions.getChildren().map(Button.class::cast).filter(b -> b.hasClassName(className)).findFirst().orElseThrow();
    }

    @Test
    void aProjectIsRenamedFromTheList() {
        long id = demoCopy();
        navigate(ProjectListView.class);

        test(action(id, "rename-project")).click();
        test(find(TextField.class).withId("project-new-name").single()).setValue("Li Lei leaves ByteDance");
        test(find(Button.class).withId("rename-project-save").single()).click();

        assertThat(projects.project(id).orElseThrow().name()).isEqualTo("Li Lei leaves ByteDance");
        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> grid = find(Grid.class).single();
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(r -> test(grid).getCellText(r, 0))).contains("Li Lei leaves ByteDance");
    }

    @Test
    void aProjectIsDeletedOnlyAfterConfirmation() {
        long id = demoCopy();
        navigate(ProjectListView.class);

        test(action(id, "delete-project")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("deleted for good");
        test(confirm).cancel();
        assertThat(projects.project(id)).isPresent();

        test(action(id, "delete-project")).click();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(projects.project(id)).isEmpty();
    }

    @Test
    void aProjectIsDuplicated() {
        long id = demoCopy();
        String name = projects.project(id).orElseThrow().name();
        navigate(ProjectListView.class);

        test(action(id, "duplicate-project")).click();

        ProjectSummary copy = projects.projects().getLast();
        assertThat(copy.id()).isNotEqualTo(id);
        assertThat(copy.name()).isEqualTo(name + " (copy)");
        assertThat(copy.rowCount()).isEqualTo(projects.project(id).orElseThrow().rowCount());
    }
}
