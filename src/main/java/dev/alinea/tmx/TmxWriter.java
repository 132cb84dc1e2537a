package dev.alinea.tmx;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes TMX 1.4b: one {@code <tu>} per unit with its properties and notes, one {@code <tuv>} per
 * non-empty variant. Characters XML forbids are dropped and only the five XML entities are ever
 * written; units with no text at all are left out, so no {@code <seg>} is ever empty. Streams: a
 * unit is written as soon as the iterator gives it.
 */
public final class TmxWriter {

    private static final DateTimeFormatter BASIC_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * Writes a TMX document.
     *
     * @param header the header's attributes
     * @param languages the TMX language code of each variant position
     * @param units the units, their variants in the order of {@code languages}
     * @param out receives UTF-8 XML; not closed
     * @return the number of {@code <tu>} elements written
     */
    public int write(TmxHeader header, List<String> languages, Iterable<TmxUnit> units, OutputStream out) {
        try {
            // The JDK's own writer, whatever StAX implementation the class path brings.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            writeHeader(xml, header);
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            int written = 0;
            for (TmxUnit unit : units) {
                if (writeUnit(xml, languages, unit)) {
                    written++;
                }
            }
            endDocument(xml, 2);
            return written;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write TMX: " + e.getMessage(), e);
        }
    }

    private static void writeHeader(XMLStreamWriter xml, TmxHeader header) throws XMLStreamException {
        xml.writeCharacters("\n");
        if (header.properties().isEmpty()) {
            xml.writeEmptyElement("header");
        } else {
            xml.writeStartElement("header");
        }
        xml.writeAttribute("creationtool", header.creationTool());
        xml.writeAttribute("creationtoolversion", header.creationToolVersion());
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "Alinea");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", header.sourceLanguage());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", BASIC_UTC.format(header.creationDate()));
        if (!header.properties().isEmpty()) {
            for (var property : header.properties().entrySet()) {
                xml.writeStartElement("prop");
                xml.writeAttribute("type", clean(property.getKey()));
                xml.writeCharacters(clean(property.getValue()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private static boolean writeUnit(XMLStreamWriter xml, List<String> languages, TmxUnit unit) throws XMLStreamException {
        List<String> variants = unit.variants();
        if (variants.size() != languages.size()) {
            throw new IllegalArgumentException("A unit has " + variants.size() + " variants for " + languages.size() + " languages");
        }
        if (unit.filledVariants() == 0) {
            return false;
        }
        xml.writeCharacters("\n");
        xml.writeStartElement("tu");
        if (!unit.id().isEmpty()) {
            xml.writeAttribute("tuid", clean(unit.id()));
        }
        for (String note : unit.notes()) {
            writeTextElement(xml, "note", note);
        }
        for (var property : unit.properties().entrySet()) {
            xml.writeStartElement("prop");
            xml.writeAttribute("type", clean(property.getKey()));
            xml.writeCharacters(clean(property.getValue()));
            xml.writeEndElement();
        }
        for (int i = 0; i < languages.size(); i++) {
            String text = clean(variants.get(i));
            if (text.isBlank()) {
                continue;
            }
            xml.writeStartElement("tuv");
            xml.writeAttribute("xml:lang", languages.get(i));
            xml.writeStartElement("seg");
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return true;
    }

    private static void writeTextElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** Closes the innermost {@code open} elements, each on a line of its own, and the document; flushes and closes the writer. */
    static void endDocument(XMLStreamWriter xml, int open) throws XMLStreamException {
        for (int k = 0; k < open; k++) {
            xml.writeCharacters("\n");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** Drops what XML 1.0 cannot carry: control characters other than tab, newline and return; lone surrogates; U+FFFE/U+FFFF. */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(TmxWriter::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
