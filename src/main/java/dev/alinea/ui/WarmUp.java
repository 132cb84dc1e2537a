package dev.alinea.ui;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.names.DivergenceService;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.users.ProjectAccess;

/**
 * Moves work off the first request: while the workbench starts, a background thread loads what
 * an import and an opened project need (dictionaries, language detector, sentence rules,
 * romanisation, divergence detector) by running them on a few sentences; once it is ready, the
 * divergences of the newest projects that have none stored (the demo project, on a first start)
 * are found and stored, so that opening one shows them at once. Someone who opens a project
 * sooner waits for the same work, not for it twice.
 */
@Component
@ConditionalOnWebApplication
class WarmUp implements ApplicationListener<ApplicationReadyEvent> {

    /** How many of the newest projects get their divergences found after a start. */
    static final int PROJECTS = 3;
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final ProjectService projects;
    private final DivergenceService divergences;

    WarmUp(ProjectService projects, DivergenceService divergences) {
        this.projects = projects;
        this.divergences = divergences;
        background("warm-up", this::loadCore);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        background("warm-up-divergences", () -> ProjectAccess.asSystem(() -> {
            findDivergences();
            return null;
        }));
    }

    private void loadCore() {
        long started = System.nanoTime();
        List<List<String>> rows = projects.warmUp();
        new DivergenceDetector().detect(List.of("en", "id", "zh"), List.of(true, true, true), rows);
        log.debug("Loaded the aligner, the dictionaries and the detectors in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void findDivergences() {
        List<ProjectSummary> newest = projects.projects().stream().sorted(Comparator.comparing(ProjectSummary::createdAt).reversed()).limit(PROJECTS)
                .toList();
        // Read when stored (and then held), found and stored otherwise.
        newest.forEach(project -> divergences.byRow(project.id()));
    }

    /** Runs work on a daemon thread; a failure is logged, as it only means the first request does the work. */
    private static void background(String name, Runnable work) {
        Thread.ofPlatform().daemon().name(name).priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Could not prepare in the background ({}); the first request will", name, e);
            }
        });
    }
}
