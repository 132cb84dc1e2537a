package dev.alinea.divergence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static String cell(List<String> sentences, List<Integer> ids, String language) {
        return Languages.of(language).join(ids.stream().map(sentences::get).toList());
    }
}
