package dev.alinea.ui.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;

import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameStatus;
import dev.alinea.project.ProjectService;
import dev.alinea.ui.SpringViewTest;

@ViewPackages(classes = NameListView.class)
class NameListViewTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    @Test
    void listsSuggestionsAndConfirmsTheSelectedOne() {
        // A copy, as confirming a name changes what the other view tests see in the demo
        long id = copy(projects.projects().getFirst().id());
        navigate(NameListView.class, id);

        @SuppressWarnings("unchecked")
        Grid<NameEntry> grid = find(Grid.class).single();
        GridTester<Grid<NameEntry>, NameEntry> rows = test(grid);
        int ng = java.util.stream.IntStream.range(0, rows.size()).filter(r -> rows.getCellText(r, 1).equals("Andrew Ng")).findFirst().orElseThrow();
        assertThat(rows.getCellText(ng, 2)).isEqualTo("Wu Enda");
        assertThat(rows.getCellText(ng, 3)).isEqualTo("吴恩达");
        assertThat(rows.getCellText(ng, 0)).isEqualTo("suggested");

        grid.select(rows.getRow(ng));
        test(find(Button.class).withId("confirm-names").single()).click();

        GridTester<Grid<NameEntry>, NameEntry> after = test(grid);
        assertThat(after.getRow(0).renderings().get("en")).containsExactly("Andrew Ng");
        assertThat(after.getRow(0).status()).isEqualTo(NameStatus.CONFIRMED);
    }

    @SuppressWarnings("unchecked")
    private Grid<NameEntry> grid() {
        return find(Grid.class).single();
    }

    private int rowOf(String english) {
        GridTester<Grid<NameEntry>, NameEntry> rows = test(grid());
        return java.util.stream.IntStream.range(0, rows.size()).filter(r -> rows.getCellText(r, 1).equals(english)).findFirst().orElseThrow();
    }

    @Test
    void theSearchKeepsTheEntriesWithAMatchingRendering() {
        navigate(NameListView.class, projects.projects().getFirst().id());

        test(find(com.vaadin.flow.component.textfield.TextField.class).withId("name-search").single()).setValue("wu enda");

        GridTester<Grid<NameEntry>, NameEntry> rows = test(grid());
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).renderings().get("id")).containsExactly("Wu Enda");
    }

    @Test
    void anEntrysRenderingsAreEditedAndTheEntryConfirmed() {
        long id = copy(projects.projects().getFirst().id());
        navigate(NameListView.class, id);
        grid().select(test(grid()).getRow(rowOf("Andrew Ng")));

        test(find(Button.class).withId("edit-name").single()).click();
        test(find(com.vaadin.flow.component.textfield.TextField.class).withId("name-rendering-id").single()).setValue("Wu Enda | Andrew Ng");
        test(find(Button.class).withId("name-editor-save").single()).click();

        NameEntry edited = test(grid()).getRow(rowOf("Andrew Ng"));
        assertThat(edited.renderings().get("id")).containsExactly("Wu Enda", "Andrew Ng");
        assertThat(edited.status()).isEqualTo(NameStatus.CONFIRMED);
    }

    @Test
    void eachEntryLinksToTheRowsThatMentionIt() {
        long id = projects.projects().getFirst().id();
        navigate(NameListView.class, id);

        var link = (com.vaadin.flow.component.html.Anchor) test(grid()).getCellComponent(rowOf("Andrew Ng"), "rows");

        assertThat(link.getHref()).startsWith("projects/" + id + "?search=").endsWith("&regex=1");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(MentioningRows.pattern(test(grid()).getRow(rowOf("Andrew Ng"))));
        assertThat(pattern.matcher("Wu Enda meninggalkan Baidu").find()).isTrue();
        assertThat(pattern.matcher("吴恩达离开百度").find()).isTrue();
    }
}
