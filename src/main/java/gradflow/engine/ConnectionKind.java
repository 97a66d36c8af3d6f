package gradflow.engine;

import java.util.Locale;

/** How consecutive layers of a stack are joined (DESIGN.md's {@code connection}). */
public enum ConnectionKind {
  PLAIN,
  RESIDUAL,
  DENSE,
  HIGHWAY;

  public static ConnectionKind parse(String name) {
    return Names.parse(ConnectionKind.class, "connection", name);
  }

  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
