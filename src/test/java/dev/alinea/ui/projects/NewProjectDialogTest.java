package dev.alinea.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;

import dev.alinea.Seeds;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.ui.SpringViewTest;
import dev.alinea.ui.alignment.AlignmentView;
import dev.alinea.ui.names.NameListView;

@ViewPackages(classes = {ProjectListView.class, AlignmentView.class, NameListView.class})
class NewProjectDialogTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    @Test
    void createsAProjectFromDroppedFilesWithDetectedLanguages() {
        navigate(ProjectListView.class);
        test(find(Button.class).withId("new-project").single()).click();
        NewProjectDialog dialog = find(NewProjectDialog.class).single();

        dialog.add("story-en.txt", Seeds.bytes(Seeds.ENGLISH));
        dialog.add("story-id.txt", Seeds.bytes(Seeds.INDONESIAN));
        dialog.add("empty.txt", " \n".getBytes(StandardCharsets.UTF_8));
        test(find(Button.class).withId("create-project").single()).click();

        assertThat(getCurrentView()).isInstanceOf(AlignmentView.class);
        ProjectSummary created = projects.projects().getLast();
        assertThat(created.name()).isEqualTo("ByteDance AI Lab Director Confirms Resignation; Scientists Leave the Business Tower for the Ivory Tower");
        assertThat(created.documents()).extracting(d -> d.language()).containsExactly("en", "id");
    }

    @Test
    void aDroppedSrxFileSetsTheProjectsSentenceRules() {
        navigate(ProjectListView.class);
        test(find(Button.class).withId("new-project").single()).click();
        NewProjectDialog dialog = find(NewProjectDialog.class).single();
        String srx = "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><header cascade=\"yes\"/><body><languagerules>"
                + "<languagerule languagerulename=\"Semicolons\"><rule break=\"yes\"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>"
                + "</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"Semicolons\"/></maprules></body></srx>";

        dialog.add("house.srx", srx.getBytes(StandardCharsets.UTF_8));
        dialog.add("a.txt", "The lab closed; the staff left. Nobody stayed behind in the empty building after that long day.".getBytes(StandardCharsets.UTF_8));
        test(find(Button.class).withId("create-project").single()).click();

        ProjectSummary created = projects.projects().getLast();
        assertThat(created.name()).isEqualTo("a");
        assertThat(created.documents().getFirst().segmentCount()).isEqualTo(3);
    }

    @Test
    void aChosenEncodingIsUsedToReadATextFile() {
        navigate(ProjectListView.class);
        test(find(Button.class).withId("new-project").single()).click();
        NewProjectDialog dialog = find(NewProjectDialog.class).single();
        byte[] latin1 = "Caf\u00e9 au lait. Cr\u00e8me br\u00fbl\u00e9e pour le directeur du laboratoire.".getBytes(StandardCharsets.ISO_8859_1);

        dialog.add("menu.txt", latin1);
        @SuppressWarnings("unchecked")
        Grid<PendingFile> files = find(Grid.class, dialog).single();
        @SuppressWarnings("unchecked")
        var encoding = (com.vaadin.flow.component.combobox.ComboBox<String>) test(files).getCellComponent(0, 2);
        encoding.setValue("ISO-8859-1");
        @SuppressWarnings("unchecked")
        var language = (com.vaadin.flow.component.combobox.ComboBox<String>) test(files).getCellComponent(0, 1);
        language.setValue("fr");
        test(find(Button.class).withId("create-project").single()).click();

        long id = projects.projects().getLast().id();
        assertThat(projects.rows(id, 0, 1).getFirst().cells().getFirst().getFirst()).isEqualTo("Café au lait.");
    }

    @Test
    void aFileThatCannotBeReadStaysListedWithItsReasonAndIsLeftOut() {
        NewProjectDialog dialog = openDialog();

        dialog.add("empty.txt", " \n".getBytes(StandardCharsets.UTF_8));
        dialog.add("story-id.txt", Seeds.bytes(Seeds.INDONESIAN));

        ProjectFileList files = find(ProjectFileList.class, dialog).single();
        assertThat(test(files).size()).isEqualTo(2);
        assertThat(files.files().getFirst().refusal()).isEqualTo("the file contains no text");
        assertThat(test(files).getCellComponent(0, "file").getElement().getTextRecursively()).isEqualTo("empty.txtNot used: the file contains no text");
        assertThat(find(Notification.class).all()).isEmpty();
        test(find(Button.class).withId("create-project").single()).click();

        ProjectSummary created = projects.projects().getLast();
        assertThat(created.documents()).extracting(d -> d.fileName()).containsExactly("story-id.txt");
    }

    @Test
    void filesKeepTheOrderChosenAndThePivotIsChosenExplicitly() {
        NewProjectDialog dialog = openDialog();
        dialog.add("7f3a9c1e.txt", Seeds.bytes(Seeds.CHINESE));
        dialog.add("b41d77aa.txt", Seeds.bytes(Seeds.ENGLISH));
        dialog.add("0c9e55f2.txt", Seeds.bytes(Seeds.INDONESIAN));
        ProjectFileList files = find(ProjectFileList.class, dialog).single();
        assertThat(files.files()).extracting(PendingFile::fileName).containsExactly("7f3a9c1e.txt", "b41d77aa.txt", "0c9e55f2.txt");
        assertThat(files.pivot().orElseThrow().fileName()).isEqualTo("7f3a9c1e.txt");

        test((Button) test(files).getCellComponent(1, "pivot")).click();
        moveButton(files, 2, "move-up").click();
        assertThat(files.files()).extracting(PendingFile::fileName).containsExactly("7f3a9c1e.txt", "0c9e55f2.txt", "b41d77aa.txt");
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).withId("new-project-name").single().getValue())
                .isEqualTo("ByteDance AI Lab Director Confirms Resignation; Scientists Leave the Business Tower for the Ivory Tower");
        test(find(Button.class).withId("create-project").single()).click();

        ProjectSummary created = projects.projects().getLast();
        assertThat(created.documents()).extracting(d -> d.language()).containsExactly("zh", "id", "en");
        assertThat(created.pivot().language()).isEqualTo("en");
        assertThat(created.name()).startsWith("ByteDance AI Lab Director");
    }

    @Test
    void aNameTypedByTheReviewerIsKeptWhenThePivotChanges() {
        NewProjectDialog dialog = openDialog();
        dialog.add("a.txt", Seeds.bytes(Seeds.ENGLISH));
        var name = find(com.vaadin.flow.component.textfield.TextField.class).withId("new-project-name").single();
        test(name).setValue("My story");
        dialog.add("b.txt", Seeds.bytes(Seeds.CHINESE));
        ProjectFileList files = find(ProjectFileList.class, dialog).single();
        test((Button) test(files).getCellComponent(1, "pivot")).click();

        assertThat(name.getValue()).isEqualTo("My story");
    }

    @Test
    void theUploadSendsOneFileAtATimeSoTheyArriveInTheOrderChosen() {
        NewProjectDialog dialog = openDialog();
        var upload = find(com.vaadin.flow.component.upload.Upload.class, dialog).single();
        assertThat(upload.getElement().getProperty("maxConcurrentUploads", 0)).isEqualTo(1);
    }

    private NewProjectDialog openDialog() {
        navigate(ProjectListView.class);
        test(find(Button.class).withId("new-project").single()).click();
        return find(NewProjectDialog.class).single();
    }

    private com.vaadin.flow.component.button.ButtonTester<Button> moveButton(ProjectFileList files, int row, String className) {
        var buttons = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(files).getCellComponent(row, "order");
        return test(buttons.getChildren().map(Button.class::cast).filter(b -> b.hasClassName(className)).findFirst().orElseThrow());
    }
}
