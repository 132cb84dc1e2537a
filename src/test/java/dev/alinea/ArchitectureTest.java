package dev.alinea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

@AnalyzeClasses(packages = "dev.alinea", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"dev.alinea.language..", "dev.alinea.text..", "dev.alinea.lexicon..", "dev.alinea.align..",
            "dev.alinea.divergence..", "dev.alinea.tmx..", "dev.alinea.review..", "dev.alinea.problem.."};

    /** One package per feature: its service, its storage, its stored format. */
    private static final String[] FEATURES = {"dev.alinea.project..", "dev.alinea.reviewing..", "dev.alinea.names..", "dev.alinea.users..",
            "dev.alinea.backup..", "dev.alinea.export..", "dev.alinea.storage.."};

    @ArchTest
    static final ArchRule coreUsesNeitherSpringNorVaadinNorJdbc = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..", "javax.sql..")
            .because("the core is plain Java that the CLI, the tests and the web app all drive");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(outside());

    @ArchTest
    static final ArchRule uiDoesNotTouchRepositoriesOrJdbc = noClasses().that().resideInAPackage("dev.alinea.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule servicesDoNotImportVaadin = noClasses().that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.alinea.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoriesAreReachedOnlyFromTheirOwnPackage = classes().that().haveSimpleNameEndingWith("Repository")
            .should(onlyBeAccessedFromTheirOwnPackage())
            .because("a feature's storage is reached through that feature's service");

    private static String[] outside() {
        String[] outside = new String[FEATURES.length + 2];
        System.arraycopy(FEATURES, 0, outside, 0, FEATURES.length);
        outside[FEATURES.length] = "dev.alinea.ui..";
        outside[FEATURES.length + 1] = "dev.alinea.cli..";
        return outside;
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnPackage() {
        return new ArchCondition<>("only be accessed from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }
}
