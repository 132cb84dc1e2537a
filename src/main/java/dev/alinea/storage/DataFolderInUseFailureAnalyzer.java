package dev.alinea.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second Alinea started on a data folder that a running one uses (H2 allows one process per
 * database file) stops with one sentence saying so and how to choose another folder, instead of
 * pages of stack trace. Registered in {@code META-INF/spring.factories}.
 */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's error code for "Database may be already in use". */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private static final Pattern FILE = Pattern.compile("\"([^\"]+)\"");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_ALREADY_OPEN) {
            return null;
        }
        Matcher file = FILE.matcher(String.valueOf(cause.getMessage()));
        String folder = file.find() ? String.valueOf(Path.of(file.group(1)).toAbsolutePath().getParent()) : "the data folder";
        return new FailureAnalysis("Another Alinea (or another program) is using the database in " + folder
                + ": only one Alinea at a time can use a data folder.",
                "Stop the other one, or start this one with a folder of its own: --alinea.data-dir=/another/folder "
                        + "(or the environment variable ALINEA_DATA_DIR).", cause);
    }
}
