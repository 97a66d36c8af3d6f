package gradflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN.md's package rule: dependencies point one way, {@code engine ← task ← experiment ←
 * persistence / api / ui}, with {@code export} and {@code classroom} between experiment and its
 * consumers ({@code experiment ← export ← classroom ← persistence / api / ui}), and the numeric
 * core stays free of Spring and Vaadin.
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

  /**
   * DESIGN's one-way layers: engine ← task ← experiment ← export ← classroom ← persistence / api /
   * ui / ops. The consumers of experiments and classes do not know each other, and the security
   * headers (web) know nothing of GradFlow itself.
   */
  @Test
  void theLayersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("engine")
        .definedBy("gradflow.engine..")
        .layer("task")
        .definedBy("gradflow.task..")
        .layer("experiment")
        .definedBy("gradflow.experiment..")
        .layer("export")
        .definedBy("gradflow.export..")
        .layer("classroom")
        .definedBy("gradflow.classroom..")
        .layer("persistence")
        .definedBy("gradflow.persistence..")
        .layer("api")
        .definedBy("gradflow.api..")
        .layer("ui")
        .definedBy("gradflow.ui..")
        .layer("ops")
        .definedBy("gradflow.ops..")
        .layer("web")
        .definedBy("gradflow.web..")
        .whereLayer("api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("ui")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("persistence")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("ops")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("classroom")
        .mayOnlyBeAccessedByLayers("persistence", "api", "ui", "ops")
        .whereLayer("export")
        .mayOnlyBeAccessedByLayers("classroom", "persistence", "api", "ui")
        .whereLayer("experiment")
        .mayOnlyBeAccessedByLayers("export", "classroom", "persistence", "api", "ui", "ops")
        .whereLayer("task")
        .mayOnlyBeAccessedByLayers(
            "experiment", "export", "classroom", "persistence", "api", "ui", "ops")
        .whereLayer("web")
        .mayNotAccessAnyLayer()
        .check(classes);
  }

  @Test
  void theEngineAndTheExportsImportNoSpringAndNoVaadin() {
    noClasses()
        .that()
        .resideInAnyPackage("gradflow.engine..", "gradflow.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "com.vaadin..")
        .check(classes);
  }

  @Test
  void onlyTheUiImportsVaadin() {
    noClasses()
        .that()
        .resideOutsideOfPackages("gradflow.ui..", "gradflow")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .check(classes);
  }
}
