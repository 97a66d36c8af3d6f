package gradflow.persistence;

import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that run on {@link PrivatePostgres#shared()}: starts it before the class, so
 * that a machine without PostgreSQL fails there, with a message saying what to install, rather than
 * deep inside a Spring context that could not load.
 *
 * <p>The tests are skipped only when asked, by the environment variable {@code
 * GRADFLOW_POSTGRES_TESTS=skip} or the property {@code -Dgradflow.postgres.tests=skip}: a missing
 * PostgreSQL must never pass silently, and CI ({@code .ci/run}) clears the variable.
 */
final class PrivatePostgresExtension implements ExecutionCondition, BeforeAllCallback {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return skipRequested()
        ? ConditionEvaluationResult.disabled("GRADFLOW_POSTGRES_TESTS=skip: no PostgreSQL tests")
        : ConditionEvaluationResult.enabled("PostgreSQL tests are on");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    PrivatePostgres.shared();
  }

  private static boolean skipRequested() {
    String setting =
        System.getProperty("gradflow.postgres.tests", System.getenv("GRADFLOW_POSTGRES_TESTS"));
    return setting != null && setting.strip().toLowerCase(Locale.ROOT).equals("skip");
  }
}
