package io.airshield;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow of DESIGN.md, kept true: scenario file, validated scenario, compiled theatre,
 * replications, statistics, assessment, report. After Orekit's LibraryArchUnitTest.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.airshield");
  }

  @Test
  void domainDependsOnNothingElse() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.airshield.scenario..",
            "io.airshield.engine..",
            "io.airshield.campaign..",
            "io.airshield.montecarlo..",
            "io.airshield.assessment..",
            "io.airshield.report..",
            "io.airshield.allocate..",
            "io.airshield.formation..",
            "io.airshield.reinforce..")
        .check(classes);
  }

  @Test
  void engineKnowsNoScenarioOrModel() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.airshield.domain..",
            "io.airshield.scenario..",
            "io.airshield.campaign..",
            "io.airshield.montecarlo..")
        .check(classes);
  }

  @Test
  void theCampaignNeitherReadsFilesNorKnowsItsStatistics() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.campaign..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.airshield.scenario..",
            "io.airshield.montecarlo..",
            "io.airshield.assessment..",
            "io.airshield.report..",
            "io.airshield.reinforce..",
            "com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void statisticsComeBeforeTheAssessmentAndTheAssessmentBeforeTheReport() {
    noClasses()
        .that()
        .resideInAPackage("io.airshield.montecarlo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.airshield.assessment..", "io.airshield.report..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("io.airshield.assessment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.airshield.report..")
        .check(classes);
  }

  @Test
  void theSolversStandAlone() {
    noClasses()
        .that()
        .resideInAnyPackage("io.airshield.allocate..", "io.airshield.formation.schedule..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.airshield.campaign..", "io.airshield.montecarlo..", "io.airshield.domain..")
        .check(classes);
  }

  @Test
  void theCoreHasNoShell() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.airshield.app..")
        .check(classes);
  }

  /** Studies (issue 18's study layer) orchestrate the core; nothing in the core calls them. */
  @Test
  void studiesSitOnTopOfTheCore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.airshield.study..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.airshield.study..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("io.airshield.(**)").should().beFreeOfCycles().check(classes);
  }
}
