package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An enumerated setting's value, written in specs by its lower-case {@link #id()}. */
public interface Choice {

  /**
   * The name a spec uses, e.g. {@code "lstm"}: the constant's name in lower case, so that an enum
   * of choices is its constants alone.
   */
  @JsonValue
  default String id() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E> & Choice> Optional<E> fromId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  static <E extends Enum<E> & Choice> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Choice::id).toList();
  }
}
