package dev.alinea.divergence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.alinea.align.BeadIds;
import dev.alinea.language.Languages;

/** The Universal Declaration of Human Rights in two languages (../shared/gold, read at run time), one row per gold bead with text on both sides. */
final class UdhrGoldRows {

    private static final Path UDHR = Path.of("../shared/gold/udhr");

    private UdhrGoldRows() {
    }

    /** The rows, each holding the first language's cell then the second's; the test is skipped when the gold set is not there. */
    static List<List<String>> read(String first, String second) throws IOException {
        assumeTrue(Files.isDirectory(UDHR), "the UDHR gold set is not at " + UDHR.toAbsolutePath());
        List<String> firstSentences = Files.readAllLines(UDHR.resolve("udhr." + first + ".txt"));
        List<String> secondSentences = Files.readAllLines(UDHR.resolve("udhr." + second + ".txt"));
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(UDHR.resolve("gold." + first + "-" + second + ".align"))) {
            if (line.isBlank()) {
                continue;
            }
            BeadIds bead = BeadIds.parse(line);
            if (!bead.source().isEmpty() && !bead.target().isEmpty()) {
                rows.add(List.of(cell(firstSentences, bead.source(), first), cell(secondSentences, bead.target(), second)));
            }
        }
        return rows;
    }

    /** The first row whose first language's cell passes the test. */
    static int firstRow(List<List<String>> rows, Predicate<String> firstCell, String what) {
        for (int r = 0; r < rows.size(); r++) {
            if (firstCell.test(rows.get(r).get(0))) {
                return r;
            }
        }
        throw new AssertionError("No row of the UDHR " + what);
    }

    /** The rows with one cell's text replaced. */
    static List<List<String>> replaced(List<List<String>> rows, int row, int version, String text) {
        List<List<String>> changed = new ArrayList<>(rows);
        List<String> cells = new ArrayList<>(rows.get(row));
        cells.set(version, text);
        changed.set(row, cells);
        return changed;
    }

    private static String cell(List<String> sentences, List<Integer> ids, String language) {
        return Languages.of(language).join(ids.stream().map(sentences::get).toList());
    }
}
