package dev.alinea.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Browser tests need Debian's chromium and chromium-driver: CI must have them; a developer is told how to get them. */
final class BrowserRequirement {

    private BrowserRequirement() {
    }

    static void check(Path... executables) {
        for (Path executable : executables) {
            if (Files.isExecutable(executable)) {
                continue;
            }
            String message = executable + " is missing: install it with 'apt-get install -y chromium chromium-driver' (.ci/run does)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Browser tests must run in CI, but " + message);
            }
            Assumptions.abort(message);
        }
    }
}
