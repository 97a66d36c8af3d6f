package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LayerSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import gradflow.experiment.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The view model of the playground's left side: the spec being edited, the operations the controls
 * perform on it, and the validation of every change. Plain Java, so that it is tested without a
 * browser; the Vaadin components only forward to it and redraw when it says so.
 *
 * <p>The Train button takes {@link #runnableSpec()}: present only when the spec passes {@link
 * Specs#check} and no control holds input that could not become a value (an emptied field).
 */
public final class SpecEditor {

  /** What a change touched, so that views rebuild only when the shape of the form changed. */
  public enum Change {
    /** A single value: redraw values and problems. */
    VALUE,
    /** Layers added, removed, moved or changed cell, or a whole spec loaded: rebuild the rows. */
    STRUCTURE
  }

  private final Specs specs;
  private final SettingsTable table;
  private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

  /**
   * Input that never became part of the spec (an emptied field), by field: the spec keeps its last
   * good value, but the form is not runnable until the field is filled again.
   */
  private final Map<String, Violation> inputErrors = new LinkedHashMap<>();

  private ExperimentSpec spec;
  private SpecResult result;
  private Preset preset;

  /** The fields a class's instructor fixed (see {@link #fix}); none on a page outside a class. */
  private java.util.function.Predicate<String> fixed = field -> false;

  public SpecEditor(Specs specs) {
    this(specs, specs.starter());
  }

  public SpecEditor(Specs specs, ExperimentSpec start) {
    this.specs = specs;
    this.table = specs.table();
    this.spec = Objects.requireNonNull(start);
    this.result = specs.check(start);
  }

  public SettingsTable table() {
    return table;
  }

  /** The spec as it stands, valid or not. */
  public ExperimentSpec spec() {
    return spec;
  }

  /** The spec as the JSON document that share links and the REST API use. */
  public String json() {
    return specs.toJson(spec);
  }

  /** The validation of {@link #spec()}, with the problems of unusable input added to its errors. */
  public SpecResult result() {
    if (inputErrors.isEmpty()) {
      return result;
    }
    List<Violation> errors = new ArrayList<>(inputErrors.values());
    errors.addAll(result.errors());
    return new SpecResult(spec, errors, result.warnings());
  }

  public boolean isValid() {
    return result().isValid();
  }

  /** The spec to train, when it can run: what the Train button submits. */
  public Optional<ExperimentSpec> runnableSpec() {
    return isValid() ? Optional.of(spec) : Optional.empty();
  }

  /** The first error about a field ({@code "layers[0].hidden"}), if any. */
  public Optional<Violation> error(String field) {
    return result().errors().stream().filter(v -> v.field().equals(field)).findFirst();
  }

  /** The first warning about a field, if any. */
  public Optional<Violation> warning(String field) {
    return result().warnings().stream().filter(v -> v.field().equals(field)).findFirst();
  }

  /**
   * True when the control for a field holds input that never became a value (it was emptied): the
   * control keeps showing it rather than the spec's last good value.
   */
  public boolean holdsUnusableInput(String field) {
    return inputErrors.containsKey(field);
  }

  /**
   * Fixes fields that the page may show but not change, e.g. those a class's instructor locked: a
   * field ({@code "layers[0].hidden"}) or {@code "layers"} (the number and order of layers). Their
   * controls redraw disabled, and the editor ignores edits of them, so a stale control cannot
   * change one either.
   */
  public void fix(java.util.function.Predicate<String> fields) {
    this.fixed = Objects.requireNonNull(fields);
    changed(Change.STRUCTURE);
  }

  /** Whether a field is fixed by {@link #fix}. */
  public boolean isFixed(String field) {
    return fixed.test(field);
  }

  /** The lesson last loaded, until another spec is loaded. */
  public Optional<Preset> preset() {
    return Optional.ofNullable(preset);
  }

  public List<LayerSpec> layers() {
    return spec.layers();
  }

  /** The value of a field as the controls show it: a choice's id, a number, a switch, or null. */
  public Object get(String field) {
    return table.valueAt(spec, field);
  }

  /**
   * Sets a field from a control, fitting what depends on it as the settings table says ({@link
   * SettingsTable#edit}). Null switches an optional setting off; for any other setting it means the
   * input was empty or unreadable, which is reported against the field and leaves the spec as it
   * was.
   */
  public void set(String field, Object value) {
    if (isFixed(field)) {
      return;
    }
    Setting setting = table.forField(field).orElseThrow();
    Optional<Violation> unusable = unusable(field, setting, value);
    if (unusable.isPresent()) {
      inputErrors.put(field, unusable.get());
      changed(Change.VALUE);
      return;
    }
    inputErrors.remove(field);
    if (setting.type() == Type.BOOLEAN && value == null) {
      value = false;
    }
    ExperimentSpec next = table.edit(spec, field, value);
    // A new cell shows and hides the layer's other controls.
    Change change = setting.choosesCell() ? Change.STRUCTURE : Change.VALUE;
    replace(next, change);
  }

  /** Adds a layer on top, a copy of the top layer, so that equal widths stay equal. */
  public void addLayer() {
    if (isFixed("layers")) {
      return;
    }
    List<LayerSpec> layers = new ArrayList<>(spec.layers());
    layers.add(layers.isEmpty() ? specs.starter().layers().getFirst() : layers.getLast());
    inputErrors.clear();
    replace(spec.with("layers", layers), Change.STRUCTURE);
  }

  public void removeLayer(int index) {
    if (isFixed("layers")) {
      return;
    }
    List<LayerSpec> layers = new ArrayList<>(spec.layers());
    layers.remove(index);
    inputErrors.clear();
    replace(spec.with("layers", layers), Change.STRUCTURE);
  }

  /** Moves the layer at {@code from} so that it ends up at {@code to}. */
  public void moveLayer(int from, int to) {
    if (isFixed("layers")) {
      return;
    }
    List<LayerSpec> layers = new ArrayList<>(spec.layers());
    layers.add(to, layers.remove(from));
    inputErrors.clear();
    replace(spec.with("layers", layers), Change.STRUCTURE);
  }

  public boolean canAddLayer() {
    return spec.layers().size() < table.get("layers").max().intValue() && !isFixed("layers");
  }

  public boolean canRemoveLayer() {
    return spec.layers().size() > table.get("layers").min().intValue() && !isFixed("layers");
  }

  /** Replaces the whole spec, e.g. from a share link. */
  public void load(ExperimentSpec loaded) {
    load(loaded, null);
  }

  /** Loads a lesson's spec and remembers the lesson, for its explanation. */
  public void loadPreset(Preset lesson) {
    load(lesson.spec(), lesson);
  }

  /**
   * Puts back a spec and the lesson it began from (null: none), e.g. from the page's address when
   * the student comes back to the page.
   */
  public void restore(ExperimentSpec spec, Preset lesson) {
    load(spec, lesson);
  }

  private void load(ExperimentSpec loaded, Preset lesson) {
    preset = lesson;
    inputErrors.clear();
    replace(Objects.requireNonNull(loaded), Change.STRUCTURE);
  }

  /** Called with every change, after the spec and its validation are up to date. */
  public void addListener(Consumer<Change> listener) {
    listeners.add(listener);
  }

  /** Stops telling a listener, e.g. a form whose page was rebuilt in another language. */
  public void removeListener(Consumer<Change> listener) {
    listeners.remove(listener);
  }

  /** The value an optional number starts from when a student switches it on: 1, within range. */
  public double switchOnValue(String field) {
    Setting s = table.forField(field).orElseThrow();
    double v = 1.0;
    if (s.min() != null) {
      v = Math.max(v, s.min().doubleValue());
    }
    if (s.max() != null) {
      v = Math.min(v, s.max().doubleValue());
    }
    return v;
  }

  private Optional<Violation> unusable(String field, Setting s, Object value) {
    if (value == null) {
      boolean offAllowed = s.presence() == Presence.OPTIONAL || s.type() == Type.BOOLEAN;
      boolean unused = !s.cells().isEmpty();
      return offAllowed || unused
          ? Optional.empty()
          : Optional.of(
              new Violation(
                  field,
                  null,
                  field + " is empty or not a number; it must be " + s.allowed() + ".",
                  "notANumber",
                  List.of()));
    }
    if (s.type() == Type.INTEGER) {
      double d = ((Number) value).doubleValue();
      long limit =
          s.max() != null && s.max().longValue() > Integer.MAX_VALUE
              ? Long.MAX_VALUE
              : Integer.MAX_VALUE;
      if (d != Math.rint(d) || Math.abs(d) > limit) {
        // Plain digits: "9999999999", not "9.999999999E9", as the student typed it.
        String shown = ExactNumberField.format(d);
        return Optional.of(
            new Violation(
                field,
                shown,
                field + " is " + shown + ", but it must be " + s.allowed() + ".",
                "outside",
                List.of(shown)));
      }
    }
    return Optional.empty();
  }

  private void replace(ExperimentSpec next, Change change) {
    spec = next;
    result = specs.check(next);
    changed(change);
  }

  private void changed(Change change) {
    listeners.forEach(l -> l.accept(change));
  }
}
