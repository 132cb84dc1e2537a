package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alinea.Application;
import dev.alinea.TestDataDirectory;
import dev.alinea.TestDatabase;
import dev.alinea.project.ProjectService;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * Issue 16, beyond one machine: two Alinea instances on one PostgreSQL database. An edit made
 * through one reaches the windows of the other live (LISTEN/NOTIFY), and the other reads it at
 * once. (PostgreSQL only: H2 serves one process.)
 */
class TwoInstancesIT {

    @Test
    void anEditThroughOneInstanceReachesTheOthersWindowsLive() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database");
        List<String> settings = new ArrayList<>(TestDataDirectory.arguments("two-instances-"));
        settings.add("--server.port=0");
        List<String> second = new ArrayList<>(settings);
        second.add("--alinea.demo.enabled=false");
        try (ConfigurableApplicationContext one = new SpringApplicationBuilder(Application.class).run(settings.toArray(String[]::new));
                ConfigurableApplicationContext other = new SpringApplicationBuilder(Application.class).run(second.toArray(String[]::new))) {
            long demo = one.getBean(ProjectService.class).projects().getFirst().id();
            ReviewService first = one.getBean(ReviewService.class);
            ReviewService secondService = other.getBean(ReviewService.class);
            int rows = secondService.count(demo, RowFilter.ALL);
            var told = new CompletableFuture<Long>();
            other.getBean(ProjectEvents.class).subscribe(demo, told::complete);

            var result = first.edit(demo, List.of(RowRef.of(first.row(demo, 0).orElseThrow())), (a, r) -> a.mergeWithNext(r));

            assertThat(told.get(10, TimeUnit.SECONDS)).isEqualTo(result.revision());
            assertThat(secondService.count(demo, RowFilter.ALL)).isEqualTo(rows - 1);
        }
    }
}
