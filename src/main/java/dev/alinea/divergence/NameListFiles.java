package dev.alinea.divergence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import dev.alinea.problem.UserErrorException;
import dev.alinea.tmx.SpreadsheetCells;

/**
 * The name list as files: CSV (a status column, then one column per language; several renderings
 * in one cell separated by " | ") and TBX (ISO 30042 TBX-Basic: one concept entry per entity, one
 * language section per language, one term per rendering). Reading is safe: no DTD, no entities.
 */
public final class NameListFiles {

    private static final String SEPARATOR = " | ";
    private static final String TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";

    private NameListFiles() {
    }

    /**
     * Reads a name list as TBX if the file's name ends in .tbx or .xml, as CSV otherwise.
     *
     * @throws UserErrorException naming the file and the reason when it cannot be read
     */
    public static List<NameEntry> read(String fileName, InputStream in) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".tbx") || lower.endsWith(".xml") ? readTbx(fileName, in) : readCsv(fileName, in);
    }

    /** Writes the entries as CSV with the given language columns. */
    public static void writeCsv(List<NameEntry> entries, List<String> languages, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(List.of("status"));
            header.addAll(languages);
            csv.printRecord(header);
            for (NameEntry entry : entries) {
                List<String> record = new ArrayList<>(List.of(entry.status().name().toLowerCase(java.util.Locale.ROOT)));
                languages.forEach(language -> record.add(SpreadsheetCells.safe(String.join(SEPARATOR, entry.renderings().getOrDefault(language, List.of())))));
                csv.printRecord(record);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the name list", e);
        }
    }

    /**
     * Reads a CSV name list: the first row names the columns (language tags, and optionally "status").
     *
     * @throws UserErrorException naming the file and line when it cannot be read
     */
    public static List<NameEntry> readCsv(String fileName, InputStream in) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<NameEntry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, List<String>> renderings = new LinkedHashMap<>();
                NameStatus status = NameStatus.CONFIRMED;
                for (int c = 0; c < columns.size() && c < record.size(); c++) {
                    String value = SpreadsheetCells.unsafe(record.get(c));
                    if (columns.get(c).equalsIgnoreCase("status")) {
                        status = status(fileName, record.getRecordNumber() + 1, value);
                    } else if (!value.isBlank()) {
                        renderings.put(columns.get(c), Arrays.asList(value.split("\\s*\\|\\s*")));
                    }
                }
                if (!renderings.isEmpty()) {
                    entries.add(new NameEntry(renderings, status, 0));
                }
            }
            return entries;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Throwable reason = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new UserErrorException(fileName + ": not a name-list CSV (" + reason.getMessage() + ")", e);
        }
    }

    private static NameStatus status(String fileName, long line, String value) {
        if (value.isBlank()) {
            return NameStatus.CONFIRMED;
        }
        return Arrays.stream(NameStatus.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new UserErrorException(fileName + ", line " + line + ": the status \"" + value.strip()
                        + "\" is none of suggested, confirmed, rejected"));
    }

    /** Writes the entries as TBX-Basic. */
    public static void writeTbx(List<NameEntry> entries, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(TBX_NAMESPACE);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml:lang", "en");
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            xml.writeStartElement("p");
            xml.writeCharacters("Name list exported by Alinea");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            int id = 1;
            for (NameEntry entry : entries) {
                xml.writeCharacters("\n");
                xml.writeStartElement("conceptEntry");
                xml.writeAttribute("id", "c" + id++);
                for (var language : entry.renderings().entrySet()) {
                    xml.writeStartElement("langSec");
                    xml.writeAttribute("xml:lang", language.getKey());
                    for (String term : language.getValue()) {
                        xml.writeStartElement("termSec");
                        xml.writeStartElement("term");
                        xml.writeCharacters(term);
                        xml.writeEndElement();
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the name list as TBX", e);
        }
    }

    /**
     * Reads TBX (v3 {@code conceptEntry/langSec/termSec/term} or v2 {@code termEntry/langSet/tig/term});
     * every entry becomes confirmed.
     *
     * @throws UserErrorException naming the file and line when it is not well-formed TBX
     */
    public static List<NameEntry> readTbx(String fileName, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<NameEntry> entries = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Map<String, List<String>> renderings = null;
            String language = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "conceptEntry", "termEntry" -> renderings = new LinkedHashMap<>();
                        case "langSec", "langSet" -> language = languageOf(xml);
                        case "term" -> {
                            String term = termText(fileName, xml).strip();
                            if (renderings != null && language != null && !term.isEmpty()) {
                                renderings.computeIfAbsent(language, l -> new ArrayList<>()).add(term);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && renderings != null
                        && (xml.getLocalName().equals("conceptEntry") || xml.getLocalName().equals("termEntry"))) {
                    if (!renderings.isEmpty()) {
                        entries.add(new NameEntry(renderings, NameStatus.CONFIRMED, 0));
                    }
                    renderings = null;
                }
            }
            return entries;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new UserErrorException(fileName + (line > 0 ? ", line " + line : "") + ": not well-formed TBX (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The text of the element the reader is at, markup inside it dropped. An entity the file does
     * not define (no DTD is read) is refused, rather than read as nothing or as "null".
     */
    private static String termText(String fileName, XMLStreamReader xml) throws XMLStreamException {
        var text = new StringBuilder();
        for (int depth = 1; depth > 0;) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new UserErrorException(fileName + ", line " + xml.getLocation().getLineNumber()
                        + ": the term uses the entity &" + xml.getLocalName() + "; which the file does not define (write the character itself)");
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside a term", xml.getLocation());
                default -> { }
            }
        }
        return text.toString();
    }

    private static @Nullable String languageOf(XMLStreamReader xml) {
        for (int a = 0; a < xml.getAttributeCount(); a++) {
            if (xml.getAttributeLocalName(a).equals("lang")) {
                return xml.getAttributeValue(a).strip();
            }
        }
        return null;
    }
}
