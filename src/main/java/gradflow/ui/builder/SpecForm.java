package gradflow.ui.builder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import gradflow.experiment.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controls that edit one page's spec, handed out to the page's regions and kept in step with
 * its {@link SpecEditor}: after every change each control redraws its value and its problems, the
 * layer list matches the stack, and the diagram is redrawn.
 *
 * <pre>{@code
 * var form = new SpecForm(new SpecEditor(specs), Presets.load(specs));
 * region.add(form.control("training.batchSize"));
 * form.editor().runnableSpec().ifPresent(run::start);   // the Train button
 * }</pre>
 */
public final class SpecForm {
  private final SpecEditor editor;
  private final List<FieldControl> controls = new ArrayList<>();
  private final LessonPicker lessons;
  private final StackDiagram diagram = new StackDiagram();
  private final LayerList layers;
  private final ProblemList problems = new ProblemList();
  private final Pre json = new Pre();
  private final Paragraph taskNote = new Paragraph();
  private final Consumer<SpecEditor.Change> listener = this::changed;
  private final Details more = new Details();
  private final List<FieldControl> folded = new ArrayList<>();

  public SpecForm(SpecEditor editor, List<Preset> lessons) {
    this.editor = editor;
    this.lessons = new LessonPicker(editor, lessons);
    this.layers = new LayerList(editor, controls::addAll, controls::removeAll);
    editor.addListener(listener);
    layers.sync();
  }

  /**
   * Lets go of the editor, which outlives this form when the page is rebuilt in another language.
   */
  public void close() {
    editor.removeListener(listener);
  }

  public SpecEditor editor() {
    return editor;
  }

  public Component lessons() {
    lessons.refresh();
    return lessons;
  }

  public Component diagram() {
    diagram.show(editor.spec());
    return diagram;
  }

  public Component layers() {
    refresh();
    return layers;
  }

  /** Problems that no control shows beside itself. */
  public Component problems() {
    showProblems();
    return problems;
  }

  /**
   * The control for a top-level field such as {@code "training.batchSize"}, from its table row: an
   * optional number such as {@code "training.clipNorm"} gets a switch beside it.
   */
  public Component control(String field) {
    return bind(Inputs.control(editor, field, domId(field)));
  }

  /**
   * A folded section with a control for every top-level setting that the page has not placed yet,
   * so that a new row of the settings table reaches the page without a line of layout; place it
   * after the page's other controls.
   */
  public Component moreSettings() {
    var fields = new Div();
    fields.addClassName("gf-fields");
    for (Setting s : editor.table().settings()) {
      boolean topLevel = !s.path().contains("[]");
      if (s.isLeaf() && s.isEditable() && topLevel && !hasControl(s.path())) {
        FieldControl control = Inputs.control(editor, s.path(), domId(s.path()));
        folded.add(control);
        fields.add(bind(control));
      }
    }
    more.setSummaryText(BuilderText.moreSettings());
    more.add(fields);
    more.setId("more-settings");
    more.addClassName("gf-more");
    more.setVisible(!folded.isEmpty());
    // Closed, its controls cannot show their problems, so the list below the form does.
    more.addOpenedChangeListener(e -> showProblems());
    return more;
  }

  /** True when a control on this form edits the field. */
  public boolean hasControl(String field) {
    return controls.stream().anyMatch(c -> c.field.equals(field));
  }

  /**
   * The spec as JSON, folded away: what the run will receive, for the curious and for links to the
   * REST API.
   */
  public Component json() {
    json.setId("spec-json");
    json.setText(pretty(editor.json()));
    var details = new Details(BuilderText.jsonSummary(), json);
    details.setId("spec-json-details");
    details.addClassName("gf-json");
    return details;
  }

  /**
   * Every problem that stops the spec from running, one sentence each, naming its field: for the
   * message beside the Train button.
   */
  public List<String> errorSentences() {
    return editor.result().errors().stream()
        .map(v -> BuilderText.listed(v, editor.table()))
        .toList();
  }

  /** A line on what the chosen task's length counts. */
  public Component taskNote() {
    taskNote.setId("task-note");
    taskNote.addClassName("gf-caption");
    showTaskNote();
    return taskNote;
  }

  /** Every bound control, for tests. */
  List<FieldControl> controls() {
    return List.copyOf(controls);
  }

  LayerList layerList() {
    return layers;
  }

  LessonPicker lessonPicker() {
    return lessons;
  }

  StackDiagram stackDiagram() {
    return diagram;
  }

  ProblemList problemList() {
    return problems;
  }

  private Component bind(FieldControl control) {
    controls.add(control);
    control.refresh();
    return control.component();
  }

  private void changed(SpecEditor.Change change) {
    if (change == SpecEditor.Change.STRUCTURE) {
      layers.sync();
    } else {
      layers.cards().forEach(LayerCard::fit);
    }
    refresh();
  }

  private void refresh() {
    List.copyOf(controls).forEach(FieldControl::refresh);
    diagram.show(editor.spec());
    lessons.refresh();
    json.setText(pretty(editor.json()));
    showTaskNote();
    showProblems();
  }

  private void showTaskNote() {
    taskNote.setText(BuilderText.lengthNote(editor.spec().task().kind()));
  }

  private void showProblems() {
    problems.show(
        editor, field -> controls.stream().anyMatch(c -> c.field.equals(field) && shown(c)));
  }

  private boolean shown(FieldControl c) {
    return c.isShown() && (!folded.contains(c) || more.isOpened());
  }

  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Indented for reading; the spec's own writer keeps it compact for links and the API. */
  static String pretty(String json) {
    return PRETTY.writeValueAsString(PRETTY.readTree(json));
  }

  /** "training.batchSize" → "training-batch-size", an id tests and labels can find. */
  static String domId(String field) {
    return field.replace('.', '-').replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
