package dev.alinea.tmx;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a bilingual XLIFF 2.0 document (OASIS, core only): one {@code <unit>} per translation
 * unit, its notes (the divergence explanations) first, then one {@code <segment>} whose
 * {@code state} comes from the unit's status: {@code final} for a confirmed row,
 * {@code translated} for one the aligner proposed, {@code initial} where the target is empty
 * (XLIFF allows no other state without a target). Units without source text are left out.
 */
public final class XliffWriter {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

    /**
     * @param sourceLanguage BCP 47 tag of the source ({@code srcLang})
     * @param targetLanguage BCP 47 tag of the target ({@code trgLang})
     * @param original the name of the document the units come from, for {@code <file original>}
     * @param units each with two variants, source then target; its {@link TmxProperties#STATUS} property gives the state
     * @param out receives UTF-8 XML; not closed
     * @return the number of units written
     */
    public int write(String sourceLanguage, String targetLanguage, String original, Iterable<TmxUnit> units, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", sourceLanguage);
            xml.writeAttribute("trgLang", targetLanguage);
            xml.writeCharacters("\n");
            xml.writeStartElement("file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", TmxWriter.clean(original));
            int written = 0;
            for (TmxUnit unit : units) {
                if (writeUnit(xml, unit, written + 1)) {
                    written++;
                }
            }
            if (written == 0) {
                // A file holds at least one unit or group: a pair whose units were all left out gets an empty group.
                xml.writeCharacters("\n");
                xml.writeEmptyElement("group");
                xml.writeAttribute("id", "empty");
            }
            TmxWriter.endDocument(xml, 2);
            return written;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XLIFF: " + e.getMessage(), e);
        }
    }

    private static boolean writeUnit(XMLStreamWriter xml, TmxUnit unit, int number) throws XMLStreamException {
        if (unit.variants().size() != 2) {
            throw new IllegalArgumentException("An XLIFF unit has a source and a target, not " + unit.variants().size() + " variants");
        }
        String source = TmxWriter.clean(unit.variants().get(0));
        String target = TmxWriter.clean(unit.variants().get(1));
        if (source.isBlank()) {
            return false;
        }
        xml.writeCharacters("\n");
        xml.writeStartElement("unit");
        // An id is an NMTOKEN: the row's tuid ("row-12") is one; anything else gets a number.
        String id = unit.id().matches("[\\p{L}\\p{N}._:-]+") ? unit.id() : "u" + number;
        xml.writeAttribute("id", id);
        if (!unit.notes().isEmpty()) {
            xml.writeStartElement("notes");
            for (String note : unit.notes()) {
                xml.writeStartElement("note");
                xml.writeCharacters(TmxWriter.clean(note));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("segment");
        xml.writeAttribute("state", target.isBlank() ? "initial" : "confirmed".equals(unit.properties().get(TmxProperties.STATUS)) ? "final" : "translated");
        xml.writeStartElement("source");
        xml.writeCharacters(source);
        xml.writeEndElement();
        if (!target.isBlank()) {
            xml.writeStartElement("target");
            xml.writeCharacters(target);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        return true;
    }
}
