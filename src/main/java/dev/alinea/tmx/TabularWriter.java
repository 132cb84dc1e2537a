package dev.alinea.tmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows as a table: CSV as RFC 4180 (comma, CRLF, fields quoted when they hold a comma,
 * quote, CR or LF, quotes doubled) with a UTF-8 byte order mark so that spreadsheet programs read
 * Chinese right; TSV (tab-separated, tabs and line breaks inside fields replaced by spaces); or
 * an XLSX workbook with one sheet (streamed with fastexcel).
 */
public final class TabularWriter {

    /** The two table formats. */
    public enum Format {
        CSV,
        TSV,
        XLSX
    }

    private static final int FLUSH_EVERY = 1000;

    private final Format format;

    public TabularWriter(Format format) {
        this.format = format;
    }

    /**
     * @param header the column names
     * @param rows each row's fields, as many as the header's
     * @param out receives UTF-8; not closed
     * @return the number of rows written, header excluded
     */
    public int write(List<String> header, Iterable<List<String>> rows, OutputStream out) {
        if (format == Format.XLSX) {
            return writeWorkbook(header, rows, out);
        }
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (format == Format.CSV) {
                writer.write('\uFEFF');
            }
            writeLine(writer, header);
            int count = 0;
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " fields for " + header.size() + " columns");
                }
                writeLine(writer, row);
                count++;
            }
            writer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the table", e);
        }
    }

    private static int writeWorkbook(List<String> header, Iterable<List<String>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Alinea", "1.0");
            Worksheet sheet = workbook.newWorksheet("Alignment");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int count = 0;
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " fields for " + header.size() + " columns");
                }
                count++;
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(count, c, row.get(c) == null ? "" : row.get(c));
                }
                if (count % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(format == Format.CSV ? ',' : '\t');
            }
            writer.write(field(fields.get(i) == null ? "" : fields.get(i)));
        }
        writer.write(format == Format.CSV ? "\r\n" : "\n");
    }

    private String field(String value) {
        if (format == Format.TSV) {
            return value.replaceAll("[\\t\\r\\n]+", " ");
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
