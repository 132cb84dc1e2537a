package dev.alinea.tmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows as a table: CSV as RFC 4180 (Apache Commons CSV: comma, CRLF, fields quoted when
 * they need it, quotes doubled) with a UTF-8 byte order mark so that spreadsheet programs read
 * Chinese right; TSV (tab-separated, LF, tabs and line breaks inside fields replaced by spaces, so
 * that no field needs quoting); or an XLSX workbook with one sheet (streamed with fastexcel). CSV
 * and TSV cells are made safe for spreadsheets ({@link SpreadsheetCells}: no formulas, no control
 * characters); XLSX cells are typed as text, which no spreadsheet evaluates, and lose their control
 * characters too.
 */
public final class TabularWriter {

    /** The table formats. */
    public enum Format {
        CSV,
        TSV,
        XLSX
    }

    private static final int FLUSH_EVERY = 1000;
    /** Characters XML 1.0 cannot hold (XLSX is XML). */
    private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final CSVFormat TSV = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null).setRecordSeparator('\n').get();

    private final Format format;

    public TabularWriter(Format format) {
        this.format = format;
    }

    /**
     * @param header the column names
     * @param rows each row's fields, as many as the header's; a null field is written empty
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
            CSVPrinter printer = new CSVPrinter(writer, format == Format.CSV ? CSVFormat.RFC4180 : TSV);
            printer.printRecord(fields(header));
            int count = 0;
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " fields for " + header.size() + " columns");
                }
                printer.printRecord(fields(row));
                count++;
            }
            printer.flush();
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
                    sheet.value(count, c, row.get(c) == null ? "" : CONTROLS.matcher(row.get(c)).replaceAll(""));
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

    private List<String> fields(List<String> values) {
        return values.stream().map(value -> value == null ? "" : format == Format.TSV ? value.replaceAll("[\\t\\r\\n]+", " ") : value)
                .map(SpreadsheetCells::safe).toList();
    }
}
