package io.airshield.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.airshield.assessment.Assessor;
import io.airshield.formation.FormationPlanner;
import io.airshield.reinforce.Reinforcer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers around {@code core}, kept true (docs/architecture.md): {@code app} is the outer shell
 * and depends inward only ({@code core}, {@code store}); nothing inward knows {@code app}; the web
 * UI is reached only through the command line ({@code airshield serve}), and the web server library
 * stays inside {@code app.web}; no package cycles anywhere (the command line and the web UI are two
 * adapters over the core's studies, neither reaching into the other), and both run the jobs through
 * the study layer (issue 18).
 */
class AppArchitectureTest {
  private static JavaClasses all;

  @BeforeAll
  static void load() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.airshield");
  }

  @Test
  void coreAndStoreDoNotKnowTheApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.airshield.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.airshield.app..")
        .check(all);
  }

  @Test
  void storeDependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.airshield.app..", "io.javalin..", "picocli..")
        .check(all);
  }

  @Test
  void theWebIsReachedOnlyThroughTheApp() {
    classes()
        .that()
        .resideInAPackage("io.airshield.app.web..")
        .should()
        .onlyBeAccessed()
        .byClassesThat()
        .resideInAPackage("io.airshield.app..")
        .check(all);
  }

  @Test
  void theWebServerLibraryStaysInTheWebPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.airshield.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(all);
  }

  @Test
  void theCommandLineLibraryStaysOutOfCoreStoreAndWeb() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.airshield.app")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(all);
  }

  @Test
  void appDependsInwardOnly() {
    classes()
        .that()
        .resideInAPackage("io.airshield.app..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.airshield..",
            "java..",
            "javax..",
            "picocli..",
            "io.javalin..",
            "com.fasterxml.jackson..",
            "org.eclipse.jetty..",
            "kotlin..",
            "org.jetbrains..")
        .check(all);
  }

  /** No cycles between packages, app and store included: app and app.web were one (issue 18). */
  @Test
  void noCyclesBetweenPackages() {
    slices().matching("io.airshield.(**)").should().beFreeOfCycles().check(all);
  }

  /**
   * The web UI is an adapter over the core's studies, as the command line is: it shares nothing
   * with the commands' package (what both need lives in the core or the store).
   */
  @Test
  void theWebDoesNotDependOnTheCommands() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.airshield.app")
        .check(all);
  }

  /**
   * The shells run assessments, rankings and formation schedules through the study layer ({@code
   * io.airshield.study}), whose settings hold the defaults, never by calling the engines that the
   * studies orchestrate.
   */
  @Test
  void theShellsRunJobsThroughTheStudies() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.app..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Assessor.class, Reinforcer.class, FormationPlanner.class)
        .check(all);
  }
}
