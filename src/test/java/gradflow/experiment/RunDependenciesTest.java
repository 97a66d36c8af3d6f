package gradflow.experiment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's one-way dependencies, as far as this package goes. */
class RunDependenciesTest {

  @Test
  void experimentKnowsNothingOfTheApiTheUiOrPersistence() {
    noClasses()
        .that()
        .resideInAPackage("gradflow.experiment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("gradflow.api..", "gradflow.ui..", "gradflow.persistence..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gradflow"));
  }
}
