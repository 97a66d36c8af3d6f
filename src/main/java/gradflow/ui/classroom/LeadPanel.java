package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.Classroom;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.i18n.RefusalText;
import gradflow.ui.i18n.SettingText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the instructor leads: the lesson the class is at, the picker that moves every student's
 * page to another lesson or saved experiment, and one checkbox per setting of the class's spec that
 * students may not change.
 */
final class LeadPanel extends ClassBox {
  private final SettingsTable table;
  private final List<Preset> lessons;
  private final Paragraph where = new Paragraph();

  /**
   * One toggle button per setting, by table path, in the table's order: a button (aria-pressed)
   * rather than a checkbox, so that each press is one request that names the setting.
   */
  private final Map<String, Button> toggles = new LinkedHashMap<>();

  private List<String> locked = List.of();

  private final Div boxes = new Div();
  private final Consumer<List<String>> lock;
  private final Paragraph problem = problemLine("lead-problem");
  private boolean showing;

  /**
   * @param move moves the class to a lesson id or a link, and answers the class as it now is
   * @param lock locks these paths
   */
  LeadPanel(
      SettingsTable table,
      List<Preset> lessons,
      Consumer<String> move,
      Consumer<List<String>> lock) {
    super("lead-panel", ClassText.t("teach.lead.heading"));
    this.table = table;
    this.lessons = lessons;
    where.setId("class-where");
    var lesson = new Select<Preset>();
    lesson.setId("move-lesson");
    lesson.setLabel(ClassText.t("teach.lead.moveLabel"));
    lesson.setItems(lessons);
    lesson.setItemLabelGenerator(Presets::title);
    var link = new TextField(ClassText.t("teach.create.link"));
    link.setId("move-link");
    link.setClearButtonVisible(true);
    var go = new Button(ClassText.t("teach.lead.move"));
    go.setId("move-class");
    go.addClickListener(
        e -> {
          String start =
              link.getValue().isBlank()
                  ? (lesson.getValue() == null ? "" : lesson.getValue().id())
                  : link.getValue().trim();
          guard(
              () -> {
                move.accept(start);
                link.clear();
              });
        });
    var moving = new Div(lesson, link, go);
    moving.addClassName("gf-class-row");
    this.lock = lock;
    var locksLabel = new Span(ClassText.t("teach.lead.locks"));
    locksLabel.setId("locks-label");
    locksLabel.addClassName("gf-locks-label");
    var locksHelp = new Paragraph(ClassText.t("teach.lead.locksHelp"));
    locksHelp.setId("locks-help");
    locksHelp.addClassName("gf-caption");
    boxes.setId("locks");
    boxes.addClassName("gf-locks");
    boxes.getElement().setAttribute("role", "group");
    boxes.getElement().setAttribute("aria-labelledby", "locks-label");
    boxes.getElement().setAttribute("aria-describedby", "locks-help");
    var locks = new Div(locksLabel, boxes, locksHelp);
    add(where, moving, problem, locks);
  }

  /** Shows where the class is, and the settings its spec uses as lock checkboxes. */
  void show(Classroom c, ExperimentSpec spec) {
    showing = true;
    try {
      where.setText(ClassText.t("teach.lead.where", ClassText.where(c, lessons)));
      var paths = lockable(table, spec);
      paths.addAll(c.locks());
      // New buttons only when the spec's settings changed: new ones would take the focus
      // from a keyboard user, and a click on one being replaced would be lost.
      if (!new ArrayList<>(paths).equals(new ArrayList<>(toggles.keySet()))) {
        boxes.removeAll();
        toggles.clear();
        for (String path : paths) {
          var toggle = new Button(SettingText.label(table.get(path)));
          toggle.setId("lock-" + path.replace("[]", "").replace('.', '-'));
          toggle.addClassName("gf-lock-toggle");
          toggle.addClickListener(e -> guard(() -> lock.accept(toggled(path))));
          toggles.put(path, toggle);
          boxes.add(toggle);
        }
      }
      locked = List.copyOf(c.locks());
      toggles.forEach(
          (path, toggle) -> {
            boolean on = locked.contains(path);
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            toggle.setIcon((on ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create());
            toggle.getElement().getThemeList().set("primary", on);
          });
    } finally {
      showing = false;
    }
  }

  /** The locks with one setting switched. */
  private List<String> toggled(String path) {
    var next = new ArrayList<>(locked);
    if (!next.remove(path)) {
      next.add(path);
    }
    return next;
  }

  /** Refusals are shown here, in the page's language, and change nothing. */
  void guard(Runnable change) {
    try {
      change.run();
      problem.setVisible(false);
    } catch (ClassRefusedException e) {
      problem.setText(RefusalText.of(e));
      problem.setVisible(true);
    }
  }

  /**
   * The settings a student could change on this spec, in the table's order: every editable leaf
   * outside the layers, the number of layers, and each layer setting some layer's cell uses.
   */
  static LinkedHashSet<String> lockable(SettingsTable table, ExperimentSpec spec) {
    var paths = new LinkedHashSet<String>();
    for (Setting s : table.settings()) {
      boolean layer = s.path().startsWith("layers[]");
      boolean used = !layer || spec.layers().stream().anyMatch(l -> s.appliesTo(l.cell().id()));
      if ("layers".equals(s.path()) || (s.isLeaf() && s.isEditable() && used)) {
        paths.add(s.path());
      }
    }
    return paths;
  }
}
