package dev.alinea.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import dev.alinea.users.ProjectAccess;

/**
 * Creates the demo project from the seed story (English original, Indonesian translation,
 * Chinese article) on the first start with an empty database.
 */
@Component
@ConditionalOnProperty(name = "alinea.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoProjectInitializer implements ApplicationRunner {

    static final String DEMO_NAME = "Demo: ByteDance AI Lab director leaves for UCSB";
    private static final Logger log = LoggerFactory.getLogger(DemoProjectInitializer.class);
    private static final List<String[]> SEEDS = List.of(
            new String[] {"story.en.original.txt", "en"},
            new String[] {"story.id.translation.txt", "id"},
            new String[] {"story.zh.comparable.txt", "zh"});

    private final ProjectService projects;

    DemoProjectInitializer(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProjectAccess.asSystem(() -> {
            if (projects.projects().isEmpty()) {
                List<SourceFile> files = SEEDS.stream().map(seed -> new SourceFile(seed[0], seed[1], readSeed(seed[0]))).toList();
                long id = projects.createProject(DEMO_NAME, files, 0);
                log.info("Created the demo project (id {}) from the seed story", id);
            }
            return null;
        });
    }

    private static byte[] readSeed(String name) {
        try (InputStream in = DemoProjectInitializer.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Seed file seeds/" + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read seed file seeds/" + name, e);
        }
    }
}
