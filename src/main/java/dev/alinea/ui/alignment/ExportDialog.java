package dev.alinea.ui.alignment;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.streams.DownloadEvent;

import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectSummary;
import dev.alinea.tmx.TmxLanguages;

/**
 * The export with the command line's options: the format (multilingual TMX, TMX pairs or XLIFF
 * 2.0 pairs), confirmed rows only, a minimum confidence (and one for comparable versions), which languages, the Chinese code, the
 * source language and rows with one language only. The download reads the options as they are
 * when it is clicked.
 */
class ExportDialog extends Dialog {

    enum Format {
        TMX("Multilingual TMX 1.4b", ".tmx", "application/x-tmx+xml"),
        TMX_PAIRS("TMX pairs (zip): the pivot with each other language", ".tmx.zip", "application/zip"),
        XLIFF_PAIRS("XLIFF 2.0 pairs (zip): the pivot as source, each other language as target", ".xliff.zip", "application/zip");

        final String label;
        final String extension;
        final String contentType;

        Format(String label, String extension, String contentType) {
            this.label = label;
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    private final RadioButtonGroup<Format> format = new RadioButtonGroup<>("Format");
    private final Checkbox confirmedOnly = new Checkbox("Confirmed rows only");
    private final NumberField minConfidence = new NumberField("Minimum confidence");
    private final NumberField comparableMinConfidence = new NumberField("Minimum confidence for comparable pairs");
    private final CheckboxGroup<DocumentInfo> languages = new CheckboxGroup<>("Languages");
    private final RadioButtonGroup<TmxLanguages.ChineseCode> chinese = new RadioButtonGroup<>("Chinese code");
    private final Checkbox allSources = new Checkbox("Every language as source (srclang=\"*all*\")");
    private final Checkbox keepSingle = new Checkbox("Keep rows with text in one language only");
    private final int allDocuments;

    ExportDialog(ProjectSummary project, ExportService exports) {
        allDocuments = project.documents().size();
        setId("export-dialog");
        setHeaderTitle("Export");
        setWidth("36em");
        format.setId("export-format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> f.label);
        format.setValue(Format.TMX);
        confirmedOnly.setId("export-confirmed-only");
        minConfidence.setId("export-min-confidence");
        minConfidence.setMin(0);
        minConfidence.setMax(1);
        minConfidence.setStep(0.05);
        minConfidence.setValue(0.0);
        minConfidence.setStepButtonsVisible(true);
        minConfidence.setHelperText("0: every row; rows under it are left out");
        comparableMinConfidence.setId("export-comparable-min-confidence");
        comparableMinConfidence.setMin(0);
        comparableMinConfidence.setMax(1);
        comparableMinConfidence.setStep(0.05);
        comparableMinConfidence.setValue(TmxExportOptions.COMPARABLE_DEFAULT);
        comparableMinConfidence.setStepButtonsVisible(true);
        comparableMinConfidence.setHelperText("A version that is not a translation gives its text only from rows and links this sure; "
                + "translations are always exported");
        comparableMinConfidence.setVisible(project.documents().stream().anyMatch(d -> !d.looksLikeTranslation()));
        languages.setId("export-languages");
        languages.setItems(project.documents());
        languages.setItemLabelGenerator(d -> Languages.label(d.language()) + " · " + d.fileName());
        languages.setValue(new LinkedHashSet<>(project.documents()));
        chinese.setId("export-chinese-code");
        chinese.setItems(TmxLanguages.ChineseCode.values());
        chinese.setItemLabelGenerator(code -> code == TmxLanguages.ChineseCode.REGION ? "zh-CN" : "zh-Hans");
        chinese.setValue(TmxLanguages.ChineseCode.REGION);
        chinese.setVisible(project.documents().stream().anyMatch(d -> !TmxLanguages.tmxCode(d.language(), TmxLanguages.ChineseCode.REGION)
                .equals(TmxLanguages.tmxCode(d.language(), TmxLanguages.ChineseCode.SCRIPT))));
        allSources.setId("export-all-sources");
        keepSingle.setId("export-keep-single");

        String stem = ExportService.fileStem(project);
        var download = new Anchor((DownloadEvent event) -> {
            Format chosen = format.getValue();
            event.setFileName(stem + chosen.extension);
            event.setContentType(chosen.contentType);
            TmxExportOptions options = options();
            switch (chosen) {
                case TMX -> exports.exportTmx(project.id(), options, event.getOutputStream());
                case TMX_PAIRS -> exports.exportTmxPairs(project.id(), options, event.getOutputStream());
                case XLIFF_PAIRS -> exports.exportXliffPairs(project.id(), options, event.getOutputStream());
            }
        }, "Download");
        download.setId("export-download");
        download.addClassName("export-download");
        languages.addValueChangeListener(change -> download.setEnabled(!change.getValue().isEmpty()));
        add(new VerticalLayout(format, languages, confirmedOnly, minConfidence, comparableMinConfidence, chinese, allSources, keepSingle));
        getFooter().add(new Button("Close", click -> close()), download);
    }

    /** The options as set now. */
    TmxExportOptions options() {
        Set<Integer> documents = new LinkedHashSet<>();
        languages.getValue().forEach(d -> documents.add(d.position()));
        Double min = minConfidence.getValue();
        Double comparable = comparableMinConfidence.getValue();
        return new TmxExportOptions(!allSources.getValue(), confirmedOnly.getValue(), keepSingle.getValue(), chinese.getValue(),
                min == null ? 0 : Math.max(0, Math.min(1, min)), documents.size() == allDocuments ? Set.of() : documents,
                comparable == null ? TmxExportOptions.COMPARABLE_DEFAULT : Math.max(0, Math.min(1, comparable)));
    }
}
