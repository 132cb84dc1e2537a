package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alinea.Application;
import dev.alinea.TestDataDirectory;
import dev.alinea.reviewing.AlignedRow;

/** The alignment lives in the data folder: a restarted application shows the same rows. */
class RestartIT {

    @Test
    void restartingTheAppShowsTheSameAlignment() {
        List<String> settings = TestDataDirectory.arguments("restart-");

        Snapshot first = runOnce(settings);
        Snapshot second = runOnce(settings);

        assertThat(first.projects()).hasSize(1);
        assertThat(second.projects()).isEqualTo(first.projects());
        assertThat(second.rows()).isEqualTo(first.rows()).isNotEmpty();
    }

    private static Snapshot runOnce(List<String> settings) {
        List<String> arguments = new java.util.ArrayList<>(settings);
        arguments.add("--server.port=0");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new))) {
            ProjectService projects = context.getBean(ProjectService.class);
            List<ProjectSummary> all = projects.projects();
            return new Snapshot(all, projects.rows(all.getFirst().id(), 0, all.getFirst().rowCount()));
        }
    }

    private record Snapshot(List<ProjectSummary> projects, List<AlignedRow> rows) {
    }
}
