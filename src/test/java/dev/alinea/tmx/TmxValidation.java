package dev.alinea.tmx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses TMX and validates it against the TMX 1.4b DTD (a copy of ../shared/reference/tmx14.dtd in the test resources). */
public final class TmxValidation {

    private TmxValidation() {
    }

    /** @return the parsed document; throws when the TMX is not valid against the DTD */
    public static Document parseValid(byte[] tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
                throw new IllegalArgumentException("Unexpected external entity " + systemId);
            }
            InputStream dtd = TmxValidation.class.getResourceAsStream("/tmx14.dtd");
            return new InputSource(dtd);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(tmx));
    }
}
