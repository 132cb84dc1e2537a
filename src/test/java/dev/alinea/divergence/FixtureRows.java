package dev.alinea.divergence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a test fixture of one-to-one rows: line k of each file makes row k. */
final class FixtureRows {

    private FixtureRows() {
    }

    /**
     * @param folder the fixture's folder among the test resources (news-en-zh)
     * @param files the files of the versions, one per column (jwst.en.txt, jwst.zh.txt)
     * @return the rows, each a modifiable list of the versions' lines
     */
    static List<List<String>> read(String folder, String... files) {
        List<List<String>> versions = new ArrayList<>();
        for (String file : files) {
            versions.add(lines("/" + folder + "/" + file));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < versions.getFirst().size(); r++) {
            List<String> row = new ArrayList<>();
            for (List<String> version : versions) {
                row.add(version.get(r));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = FixtureRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
