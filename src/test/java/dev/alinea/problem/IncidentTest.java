package dev.alinea.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import ch.qos.logback.classic.Level;

class IncidentTest {

    private final CapturedLog logged = CapturedLog.of(IncidentTest.class);
    private final Logger log = logged.logger();

    @AfterEach
    void releaseTheLog() {
        logged.close();
    }

    @Test
    void showsAUserErrorsMessageAsIsAndLogsNothing() {
        String message = Incident.messageFor(new UserErrorException("notes.txt: not an Alinea project backup"), log);

        assertThat(message).isEqualTo("notes.txt: not an Alinea project backup");
        assertThat(logged.events()).isEmpty();
    }

    @Test
    void findsAUserErrorAFrameworkHasWrapped() {
        var wrapped = new CompletionException(new UserErrorException("Every row is confirmed: there is nothing to re-align."));

        assertThat(Incident.messageFor(wrapped, log)).isEqualTo("Every row is confirmed: there is nothing to re-align.");
    }

    @Test
    void showsAnyOtherErrorAsAGenericMessageNamingTheIdItIsLoggedUnder() {
        var bug = new IllegalStateException("Row 2 of document 0 starts at segment 1, expected 2");

        String message = Incident.messageFor(bug, log);

        assertThat(message).matches("Something went wrong \\(error [0-9a-f]{8}\\)\\. It has been logged\\.").doesNotContain("Row 2");
        String id = message.replaceAll(".*error ([0-9a-f]{8}).*", "$1");
        assertThat(logged.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(id);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("Row 2 of document 0 starts at segment 1, expected 2");
        });
    }

    @Test
    void givesEachIncidentItsOwnId() {
        assertThat(Incident.log(log, new NullPointerException()).id()).isNotEqualTo(Incident.log(log, new NullPointerException()).id());
    }
}
