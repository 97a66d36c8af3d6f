package gradflow.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

final class Names {
  private Names() {}

  static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
    if (name != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(name)) {
          return e;
        }
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" | "));
    throw new IllegalArgumentException(field + " must be one of " + allowed + ", not " + name);
  }
}
