package gradflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN.md's package rule: dependencies point one way, {@code engine ← task ← experiment ←
 * persistence / api / ui}, with {@code export} between experiment and its consumers ({@code
 * experiment ← export ← api / ui}), and the numeric core stays free of Spring and Vaadin.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gradflow");
  }

  @Test
  void theEngineImportsNoSpringAndNoVaadin() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "com.vaadin..")
        .check(classes);
  }

  @Test
  void theEngineKnowsNothingOfTheLayersAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "gradflow.task..",
            "gradflow.experiment..",
            "gradflow.export..",
            "gradflow.persistence..",
            "gradflow.api..",
            "gradflow.ui..")
        .check(classes);
  }

  @Test
  void tasksDependOnlyOnTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.task..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "gradflow.experiment..",
            "gradflow.export..",
            "gradflow.persistence..",
            "gradflow.api..",
            "gradflow.ui..")
        .check(classes);
  }

  @Test
  void experimentsKnowNothingOfTheirConsumers() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.experiment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "gradflow.export..", "gradflow.persistence..", "gradflow.api..", "gradflow.ui..")
        .check(classes);
  }

  @Test
  void exportsKnowNothingOfTheirConsumers() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("gradflow.persistence..", "gradflow.api..", "gradflow.ui..")
        .check(classes);
  }

  @Test
  void exportsImportNoSpringAndNoVaadin() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "com.vaadin..")
        .check(classes);
  }

  @Test
  void theSecurityHeadersKnowNothingOfGradFlowItself() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "gradflow.engine..",
            "gradflow.task..",
            "gradflow.experiment..",
            "gradflow.export..",
            "gradflow.persistence..",
            "gradflow.api..",
            "gradflow.ui..")
        .check(classes);
  }

  @Test
  void theConsumersOfExperimentsDoNotDependOnEachOther() {
    slices()
        .matching("gradflow.(persistence|api|ui)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void theEngineAndTasksImportNoVaadin() {
    noClasses()
        .that()
        .resideInAnyPackage("gradflow.engine..", "gradflow.task..", "gradflow.experiment..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .check(classes);
  }
}
