package dev.alinea.ui.alignment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.alinea.language.Languages;
import dev.alinea.project.DocumentInfo;

/**
 * The grid's column headers: a document's column names its language and its file (two English
 * versions are told apart), the pivot marked; the other headers explain themselves on hover.
 */
final class ColumnHeader {

    private ColumnHeader() {
    }

    static Div of(DocumentInfo document, boolean pivot) {
        var language = new Span(Languages.label(document.language()) + (pivot ? " · pivot" : ""));
        language.addClassName("column-language");
        var file = new Span(document.fileName());
        file.addClassName("column-file");
        var header = new Div(language, file);
        header.addClassName("document-header");
        header.setTitle(Languages.label(document.language()) + ": " + document.fileName() + (pivot ? " (the pivot: the others are aligned to it)" : ""));
        return header;
    }

    /** A header that says more on hover. */
    static Span titled(String text, String explanation) {
        var header = new Span(text);
        header.setTitle(explanation);
        return header;
    }
}
