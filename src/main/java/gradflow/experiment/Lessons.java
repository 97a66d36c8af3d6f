package gradflow.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The lesson catalogue, read from {@code gradflow/presets/}: the ids in {@code lessons.properties}'
 * {@code order}, one spec {@code <id>.json} each, and for the lessons under {@code compare} their
 * two variants ({@code <id>.a.json} when A is not the lesson's own spec, and {@code <id>.b.json}).
 * Only what a lesson is, by id: its words (titles, paragraphs, what the heatmap shows) are the
 * UI's, which reads them from the same file.
 *
 * <p>Specs go through {@link Specs#read}, the reader of share links, so a lesson obeys the same
 * table; one that breaks an instructor's tighter limits still loads, and shows its problems when it
 * is checked.
 */
public final class Lessons {
  /** The folder of the lesson resources on the class path. */
  public static final String FOLDER = "gradflow/presets/";

  /** One lesson: its id (the resource name, e.g. {@code "vanishing-tanh"}) and its spec. */
  public record Lesson(String id, ExperimentSpec spec) {}

  /** A comparison lesson's two variants, A and B. */
  public record Variants(String id, ExperimentSpec a, ExperimentSpec b) {}

  private final List<Lesson> all;
  private final Map<String, Lesson> byId;
  private final List<Variants> comparisons;

  private Lessons(List<Lesson> all, List<Variants> comparisons) {
    this.all = List.copyOf(all);
    this.byId = new LinkedHashMap<>();
    all.forEach(lesson -> byId.put(lesson.id(), lesson));
    this.comparisons = List.copyOf(comparisons);
  }

  /** Reads the catalogue; a lesson that cannot be read at all is a bug in the resources. */
  public static Lessons load(Specs specs) {
    Properties text = properties();
    Map<String, Lesson> byId = new LinkedHashMap<>();
    for (String id : ids(text, "order")) {
      byId.put(id, new Lesson(id, read(specs, id, resource(id + ".json"))));
    }
    List<Variants> comparisons = new ArrayList<>();
    for (String id : ids(text, "compare")) {
      Lesson lesson = byId.get(id);
      if (lesson == null) {
        throw new IllegalStateException("no lesson " + id + " to compare");
      }
      ExperimentSpec a =
          optionalResource(id + ".a.json").map(json -> read(specs, id, json)).orElse(lesson.spec());
      comparisons.add(new Variants(id, a, read(specs, id, resource(id + ".b.json"))));
    }
    return new Lessons(List.copyOf(byId.values()), comparisons);
  }

  /** Every lesson, in menu order. */
  public List<Lesson> all() {
    return all;
  }

  /** The ids, in menu order. */
  public List<String> ids() {
    return all().stream().map(Lesson::id).toList();
  }

  /** The lesson with this id, if there is one. */
  public Optional<Lesson> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The comparison lessons' variants, in menu order. */
  public List<Variants> comparisons() {
    return comparisons;
  }

  /** {@code lessons.properties}: the order, the comparisons and the English words. */
  public static Properties properties() {
    var p = new Properties();
    try (InputStream in = open("lessons.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** A resource of the folder as UTF-8 text. */
  public static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> optionalResource(String name) {
    return Lessons.class.getClassLoader().getResource(FOLDER + name) == null
        ? Optional.empty()
        : Optional.of(resource(name));
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = Lessons.class.getClassLoader().getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("missing resource " + FOLDER + name);
    }
    return in;
  }

  private static List<String> ids(Properties text, String key) {
    return Arrays.stream(text.getProperty(key, "").split(","))
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .toList();
  }

  private static ExperimentSpec read(Specs specs, String id, String json) {
    SpecResult read = specs.read(json);
    if (read.spec() == null) {
      throw new IllegalStateException("lesson " + id + " cannot be read: " + read.errors());
    }
    return read.spec();
  }
}
