package dev.alinea.ui.alignment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectSummary;

/**
 * Warns about documents whose text reads as another language than declared, and about documents
 * that do not read as translations of the pivot (a comparable article, an unrelated text).
 */
class DocumentWarnings extends Div {


    DocumentWarnings(ProjectSummary project) {
        addClassName("document-warnings");
        getElement().setAttribute("role", "status");
        DocumentInfo pivot = project.pivot();
        for (DocumentInfo document : project.documents()) {
            if (document.languageMismatch()) {
                var mismatch = new Paragraph(String.format("%s is declared as %s but reads as %s: check its language.",
                        document.fileName(), Languages.label(document.language()), Languages.label(document.detectedLanguage())));
                mismatch.addClassName("document-warning");
                add(mismatch);
            }
            if (document.position() == pivot.position() || document.looksLikeTranslation()) {
                continue;
            }
            String verdict = document.matchContrast() < dev.alinea.align.LexicalAligner.RELATED_CONTRAST
                    ? "does not look like a version of the same story at all"
                    : "reads as a text on the same subject, not as a sentence-by-sentence translation";
            var warning = new Paragraph(String.format(
                    "%s (%s) %s of %s: its paired sentences match only %.1f times better than neighbouring ones (translations: %.0f times "
                            + "and more). Its sentences are mostly left unpaired.",
                    document.fileName(), document.language(), verdict, pivot.fileName(), document.matchContrast(),
                    dev.alinea.align.LexicalAligner.TRANSLATION_CONTRAST));
            warning.addClassName("document-warning");
            add(warning);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    /**
     * The warnings under a heading that unfolds them: the heading says how many there are and
     * keeps them in sight without taking the grid's room; hidden when there are none.
     */
    static com.vaadin.flow.component.details.Details collapsible(ProjectSummary project) {
        var warnings = new DocumentWarnings(project);
        long count = warnings.getChildren().count();
        var details = new com.vaadin.flow.component.details.Details("⚠ " + count + (count == 1 ? " warning" : " warnings") + " about the documents", warnings);
        details.setId("document-warnings");
        details.addClassName("document-warnings-details");
        details.setOpened(false);
        details.setVisible(count > 0);
        return details;
    }
}
