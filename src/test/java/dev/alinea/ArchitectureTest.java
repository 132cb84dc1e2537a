package dev.alinea;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.alinea", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"dev.alinea.text..", "dev.alinea.lexicon..", "dev.alinea.align..",
            "dev.alinea.divergence..", "dev.alinea.tmx..", "dev.alinea.review.."};

    @ArchTest
    static final ArchRule coreUsesNeitherSpringNorVaadinNorJdbc = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..", "javax.sql..")
            .because("the core is plain Java that the CLI, the tests and the web app all drive");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.alinea.project..", "dev.alinea.ui..", "dev.alinea.cli..");

    @ArchTest
    static final ArchRule uiDoesNotTouchRepositoriesOrJdbc = noClasses().that().resideInAPackage("dev.alinea.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule servicesDoNotImportVaadin = noClasses().that().resideInAPackage("dev.alinea.project..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
}
