package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts that class mode refused, for a reason or naming a field, and goes on with the message.
 */
final class Refused {
  private Refused() {}

  static AbstractThrowableAssert<?, ?> refused(
      ThrowingCallable call, ClassRefusedException.Reason reason) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ClassRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  static AbstractThrowableAssert<?, ?> namingField(ThrowingCallable call, String field) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ClassRefusedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
