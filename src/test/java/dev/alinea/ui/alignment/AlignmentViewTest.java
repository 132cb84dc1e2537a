package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;

import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.reviewing.AlignedRow;
import dev.alinea.ui.SpringViewTest;
import dev.alinea.ui.projects.ProjectListView;

@ViewPackages(classes = {AlignmentView.class, ProjectListView.class, dev.alinea.ui.names.NameListView.class})
class AlignmentViewTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    private ProjectSummary demo;

    @BeforeEach
    void findDemo() {
        demo = projects.projects().getFirst();
    }

    @Test
    void showsOneColumnPerDocumentHeadedByItsLanguageAndFile() {
        navigate(AlignmentView.class, demo.id());

        Grid<AlignedRow> grid = alignmentGrid();
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).containsExactly("row", "doc-0", "doc-1", "doc-2", "confidence", "status");
        assertThat(grid.getColumnByKey("doc-0").getHeaderComponent().getElement().getTextRecursively())
                .isEqualTo("English (en) · pivot" + "story.en.original.txt");
        assertThat(grid.getColumnByKey("doc-1").getHeaderComponent().getElement().getTextRecursively())
                .isEqualTo("Indonesian (id)" + "story.id.translation.txt");
        assertThat(grid.getColumnByKey("doc-2").getHeaderComponent().getElement().getTextRecursively())
                .isEqualTo("Chinese (zh)" + "story.zh.comparable.txt");
        assertThat(find(H2.class).single().getText()).isEqualTo(demo.name());
    }

    @Test
    void rowsShowNumberTextsAndConfidence() {
        navigate(AlignmentView.class, demo.id());

        GridTester<Grid<AlignedRow>, AlignedRow> grid = test(alignmentGrid());
        // every row is a grid line, except runs of rows only one version fills, folded into one line each
        assertThat(grid.size()).isBetween(1, demo.rowCount());
        assertThat(grid.getCellText(0, 0)).isEqualTo("1");
        int title = java.util.stream.IntStream.range(0, grid.size())
                .filter(row -> grid.getCellText(row, 1).startsWith("ByteDance AI Lab Director Confirms Resignation"))
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(title, 0)).isEqualTo("1");
        assertThat(grid.getCellText(title, 2)).startsWith("Direktur ByteDance AI Labs mengkonfirmasi pengunduran diri");
        assertThat(grid.getCellText(title, 4)).matches("[01]\\.\\d\\d");
    }

    @Test
    void offersTheTmxDownload() {
        navigate(AlignmentView.class, demo.id());

        Anchor download = find(Anchor.class).withId("download-tmx").single();
        assertThat(download.getText()).isEqualTo("Download TMX");
        assertThat(download.getHref()).isNotBlank();
        assertThat(find(Anchor.class).all()).extracting(a -> a.getId().orElse(""))
                .contains("download-tmx-confirmed", "download-tmx-pairs", "download-csv", "download-tsv", "download-xlsx");
    }

    @Test
    void theProjectListOffersTmxImport() {
        navigate(ProjectListView.class);

        assertThat(find(com.vaadin.flow.component.upload.Upload.class).single().getClassNames()).contains("tmx-import");
    }

    @Test
    void theProjectListOpensTheAlignment() {
        navigate(ProjectListView.class);

        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> list = find(Grid.class).single();
        test(list).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(AlignmentView.class);
    }

    @Test
    void highlightsDivergencesInsideTheCellsWithTheirExplanation() {
        navigate(AlignmentView.class, demo.id());

        GridTester<Grid<AlignedRow>, AlignedRow> grid = test(alignmentGrid());
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(r -> grid.getCellText(r, 2).contains("Wu Enda")).findFirst().orElseThrow();
        var cell = (com.vaadin.flow.component.html.Div) grid.getCellComponent(row, 2);
        var highlighted = cell.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Span).map(c -> (com.vaadin.flow.component.html.Span) c)
                .filter(span -> span.getText().equals("Wu Enda")).findFirst().orElseThrow();
        assertThat(highlighted.getClassNames()).contains("divergence", "divergence-name-rendering");
        assertThat(highlighted.getElement().getAttribute("title"))
                .isEqualTo("The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": the same entity rendered differently.");
    }

    @Test
    void theSidePanelCountsDivergencesAndFiltersTheRows() {
        navigate(AlignmentView.class, demo.id());

        var renderings = find(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> b.getText().startsWith("Name rendered differently · ")).findFirst().orElseThrow();
        test(renderings).click();
        var filter = find(com.vaadin.flow.component.checkbox.Checkbox.class).withCaption("Only rows with divergences").single();
        test(filter).click();

        GridTester<Grid<AlignedRow>, AlignedRow> grid = test(alignmentGrid());
        assertThat(grid.size()).isPositive().isLessThan(demo.rowCount());
        assertThat(java.util.stream.IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 1) + grid.getCellText(r, 2)))
                .anySatisfy(text -> assertThat(text).contains("Andrew Ng"));
    }

    @Test
    void markupInASentenceIsShownAsTextAndRunsNothing() {
        long id = projects.createProject("Escaping", java.util.List.of(
                new dev.alinea.project.SourceFile("a.txt", "en", "A picture <img src=x onerror=alert(1)> here.\nSecond line.".getBytes()),
                new dev.alinea.project.SourceFile("b.txt", "id", "Sebuah gambar <img src=x onerror=alert(1)> di sini.\nBaris kedua.".getBytes())), 0);
        navigate(AlignmentView.class, id);

        GridTester<Grid<AlignedRow>, AlignedRow> grid = test(alignmentGrid());
        var cell = (com.vaadin.flow.component.html.Div) grid.getCellComponent(0, 1);
        assertThat(cell.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)>");
        assertThat(cell.getElement().getChildren().noneMatch(child -> !child.isTextNode() && child.getTag().equals("img"))).isTrue();
        assertThat(cell.getChildren().noneMatch(child -> child instanceof com.vaadin.flow.component.Html)).isTrue();
    }

    @Test
    void warnsWhenATextReadsAsAnotherLanguageThanDeclared() {
        long id = projects.createProject("Mislabelled", java.util.List.of(
                new dev.alinea.project.SourceFile("en.txt", "en", dev.alinea.Seeds.bytes(dev.alinea.Seeds.ENGLISH)),
                new dev.alinea.project.SourceFile("labelled-id.txt", "id", dev.alinea.Seeds.bytes(dev.alinea.Seeds.ENGLISH))), 0);

        navigate(AlignmentView.class, id);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .contains("labelled-id.txt is declared as Indonesian (id) but reads as English (en): check its language.");
    }

    @Test
    void tellsAComparableArticleFromAnotherStory() {
        navigate(AlignmentView.class, demo.id());
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).startsWith("story.zh.comparable.txt (zh) reads as a text on the same subject"));

        long id = projects.createProject("Unrelated", java.util.List.of(
                new dev.alinea.project.SourceFile(dev.alinea.Seeds.ENGLISH, "en", dev.alinea.Seeds.bytes(dev.alinea.Seeds.ENGLISH)),
                new dev.alinea.project.SourceFile("course-text.en.unrelated.txt", "en", dev.alinea.Seeds.bytes("course-text.en.unrelated.txt"))), 0);
        navigate(AlignmentView.class, id);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).startsWith("course-text.en.unrelated.txt (en) does not look like a version of the same story at all"));
    }

    @Test
    void pageClutterIsGreyedAndAClickIncludesIt() {
        long id = projects.createProject("Cluttered", java.util.List.of(
                new dev.alinea.project.SourceFile("page.txt", "en", "Advertisement\nLi Lei joined UCSB.\nHe left ByteDance.\n".getBytes()),
                new dev.alinea.project.SourceFile("halaman.txt", "id", "Li Lei bergabung dengan UCSB.\nIa meninggalkan ByteDance.\n".getBytes())), 0);
        navigate(AlignmentView.class, id);

        var cell = (com.vaadin.flow.component.html.Div) test(alignmentGrid()).getCellComponent(0, 1);
        var clutter = cell.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Span).map(c -> (com.vaadin.flow.component.html.Span) c)
                .findFirst().orElseThrow();
        assertThat(clutter.getText()).isEqualTo("Advertisement");
        assertThat(clutter.getClassNames()).contains("excluded");

        com.vaadin.flow.component.ComponentUtil.fireEvent(clutter, new com.vaadin.flow.component.ClickEvent<>(clutter));

        assertThat(projects.rows(id, 0, 1).getFirst().excluded().get(0)).containsExactly(false);
    }

    @Test
    void theDemoHasNoLanguageWarning() {
        navigate(AlignmentView.class, demo.id());

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .noneMatch(text -> text.contains("is declared as"));
    }

    @SuppressWarnings("unchecked")
    private Grid<AlignedRow> alignmentGrid() {
        return find(Grid.class).single();
    }
}
