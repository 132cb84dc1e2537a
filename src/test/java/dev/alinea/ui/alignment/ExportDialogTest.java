package dev.alinea.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;

import dev.alinea.export.TmxExportOptions;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.tmx.TmxLanguages;
import dev.alinea.ui.SpringViewTest;

@ViewPackages(classes = AlignmentView.class)
class ExportDialogTest extends SpringViewTest {

    @Autowired
    ProjectService projects;

    @Test
    @SuppressWarnings("unchecked")
    void theExportDialogOffersTheCommandLinesOptionsAndXliff() {
        ProjectSummary demo = projects.projects().getFirst();
        navigate(AlignmentView.class, demo.id());

        test(find(Button.class).withId("export-options").single()).click();
        ExportDialog dialog = find(ExportDialog.class).single();
        assertThat(dialog.options()).isEqualTo(TmxExportOptions.DEFAULT);

        test(find(Checkbox.class).withId("export-confirmed-only").single()).click();
        test(find(NumberField.class).withId("export-min-confidence").single()).setValue(0.8);
        var languages = (CheckboxGroup<DocumentInfo>) find(CheckboxGroup.class).withId("export-languages").single();
        test(languages).deselectItem("Chinese (zh) · " + demo.documents().get(2).fileName());
        var chinese = (RadioButtonGroup<TmxLanguages.ChineseCode>) find(RadioButtonGroup.class).withId("export-chinese-code").single();
        test(chinese).selectItem("zh-Hans");
        var format = (RadioButtonGroup<ExportDialog.Format>) find(RadioButtonGroup.class).withId("export-format").single();
        test(format).selectItem(ExportDialog.Format.XLIFF_PAIRS.label);

        assertThat(dialog.options()).isEqualTo(new TmxExportOptions(true, true, false, TmxLanguages.ChineseCode.SCRIPT, 0.8, Set.of(0, 1)));
        assertThat(find(Anchor.class).withId("export-download").single().isEnabled()).isTrue();
    }
}
