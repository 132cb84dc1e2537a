package dev.alinea.project;

/** The demo project the application makes on its first start, for the tests of every feature. */
public final class DemoProject {

    private DemoProject() {
    }

    /** @throws java.util.NoSuchElementException when the application made no demo project */
    public static ProjectSummary find(ProjectService projects) {
        return projects.projects().stream().filter(p -> p.name().equals(DemoProjectInitializer.DEMO_NAME)).findFirst().orElseThrow();
    }
}
