package dev.alinea.tmx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX (1.1 to 1.4b, from Alinea, OmegaT, Trados, memoQ and others) safely: no DTD is read
 * or fetched, no external or internal entity is expanded (a "billion laughs" or XXE file is
 * refused), and a malformed file is reported with its line. Inline markup keeps its text
 * ({@code <hi>}) and drops native codes ({@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>},
 * {@code <ut>}) and sub-flows ({@code <sub>}).
 */
public final class TmxReader {

    /** Elements inside {@code <seg>} whose content is native code or a separate flow, not text. */
    private static final Set<String> NON_TEXT = Set.of("bpt", "ept", "ph", "it", "ut", "sub");

    /**
     * @param fileName the file's name, for messages
     * @param in the file; read to its end, not closed
     * @throws TmxFormatException naming the file and line when it is not well-formed TMX
     */
    public TmxDocument read(String fileName, InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return document(fileName, xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TmxFormatException(fileName, line, reason(e), e);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever StAX implementation the class path brings.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static TmxDocument document(String fileName, XMLStreamReader xml) throws XMLStreamException {
        String sourceLanguage = "";
        List<String> languages = new ArrayList<>();
        List<RawUnit> rawUnits = new ArrayList<>();
        Map<String, String> headerProperties = new LinkedHashMap<>();
        boolean inHeader = false;
        boolean sawTmx = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new TmxFormatException(fileName, xml.getLocation().getLineNumber(),
                        "the file uses the entity &" + xml.getLocalName() + "; which TMX does not allow (entities are not expanded, for safety)", null);
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("header")) {
                inHeader = false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "tmx" -> sawTmx = true;
                case "header" -> {
                    sourceLanguage = attribute(xml, "srclang");
                    inHeader = true;
                }
                case "prop" -> {
                    if (inHeader) {
                        String type = attribute(xml, "type");
                        headerProperties.put(type, xml.getElementText().strip());
                    }
                }
                case "tu" -> rawUnits.add(unit(fileName, xml, attribute(xml, "tuid"), languages));
                default -> { }
            }
        }
        if (!sawTmx) {
            throw new TmxFormatException(fileName, -1, "this is XML but not TMX (no <tmx> element)", null);
        }
        List<String> ordered = orderLanguages(sourceLanguage, languages);
        List<TmxUnit> units = new ArrayList<>();
        for (RawUnit raw : rawUnits) {
            List<String> variants = new ArrayList<>();
            for (String language : ordered) {
                variants.add(raw.variants().get(language));
            }
            units.add(new TmxUnit(raw.id(), variants, raw.properties(), raw.notes()));
        }
        return new TmxDocument(sourceLanguage, ordered, units, headerProperties);
    }

    /** A {@code <tu>} as read: its id, text per language code, unit-level properties and notes. */
    private record RawUnit(String id, Map<String, String> variants, Map<String, String> properties, List<String> notes) {
    }

    /** Reads one {@code <tu>}; the reader ends on {@code </tu>}. */
    private static RawUnit unit(String fileName, XMLStreamReader xml, String id, List<String> languages) throws XMLStreamException {
        Map<String, String> variants = new LinkedHashMap<>();
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String language = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && language == null && xml.getLocalName().equals("prop")) {
                String type = attribute(xml, "type");
                properties.put(type, xml.getElementText().strip());
            } else if (event == XMLStreamConstants.START_ELEMENT && language == null && xml.getLocalName().equals("note")) {
                notes.add(xml.getElementText().strip());
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tuv")) {
                language = attribute(xml, "lang");
                if (language.isEmpty()) {
                    throw new TmxFormatException(fileName, xml.getLocation().getLineNumber(), "a <tuv> has no xml:lang", null);
                }
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("seg") && language != null) {
                String text = segText(xml).strip();
                if (!text.isEmpty()) {
                    variants.merge(language, text, (a, b) -> a + " " + b);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
                return new RawUnit(id, variants, properties, notes);
            }
        }
        throw new TmxFormatException(fileName, xml.getLocation().getLineNumber(), "the file ends inside a <tu>", null);
    }

    /** The text of a {@code <seg>}, leaving out native codes; the reader ends on {@code </seg>}. */
    private static String segText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int skipDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (skipDepth > 0 || NON_TEXT.contains(xml.getLocalName())) {
                        skipDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (xml.getLocalName().equals("seg")) {
                        return text.toString();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (skipDepth == 0) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "the entity &" + xml.getLocalName() + "; is not allowed (entities are not expanded, for safety)", xml.getLocation());
                default -> { }
            }
        }
        throw new XMLStreamException("the file ends inside a <seg>", xml.getLocation());
    }

    private static List<String> orderLanguages(String sourceLanguage, List<String> languages) {
        List<String> ordered = new ArrayList<>();
        for (String language : languages) {
            if (language.equalsIgnoreCase(sourceLanguage)) {
                ordered.add(language);
            }
        }
        for (String language : languages) {
            if (!ordered.contains(language)) {
                ordered.add(language);
            }
        }
        return ordered;
    }

    /** An attribute by local name (so {@code xml:lang} and TMX 1.1's {@code lang} both count); empty when absent. */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int a = 0; a < xml.getAttributeCount(); a++) {
            if (xml.getAttributeLocalName(a).equals(localName)) {
                return xml.getAttributeValue(a).strip();
            }
        }
        return "";
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int detail = message.indexOf("Message: ");
        return "not well-formed XML: " + (detail >= 0 ? message.substring(detail + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing was kept open that matters; the reading error, if any, is already on its way.
            throw new IllegalStateException("Could not close the TMX reader", e);
        }
    }
}
