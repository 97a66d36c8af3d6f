package gradflow.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.ClassRun;
import gradflow.classroom.ClassService;
import gradflow.experiment.SettingsTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The head of a run's saved page when the instructor shows it to the class from the gallery ({@code
 * /x/{slug}?class={code}&run={id}}): whose run it is, their value of the swept setting and how it
 * ended, big enough for the back row, with a button that puts the page on the whole screen of the
 * projector. Only a run of the class's students' gallery gets one: a hidden run, a wrong pair or an
 * ended class's expired code leaves the plain shared page.
 */
public final class ShownBanner extends Div {

  private ShownBanner(ClassRun run, String classTitle, SettingsTable table) {
    setId("shown-banner");
    addClassName("gf-shown-banner");
    var context = new Paragraph(ClassText.t("class.shown.context", classTitle));
    context.addClassName("gf-caption");
    var heading = new H1(ClassText.t("class.shown.heading", run.nickname()));
    heading.setId("shown-heading");
    var facts = new Paragraph(facts(run, table));
    facts.setId("shown-facts");
    facts.addClassName("gf-shown-facts");
    var full = new Button(ClassText.t("class.shown.fullscreen"));
    full.setId("shown-fullscreen");
    // On the client, inside the click: a browser grants full screen only to the user's gesture,
    // which a round trip to the server would lose.
    full.getElement()
        .executeJs(
            "this.addEventListener('click', () => document.fullscreenElement"
                + " ? document.exitFullscreen() : document.documentElement.requestFullscreen())");
    add(context, heading, facts, full);
  }

  /**
   * The banner for a shared page opened with these query parameters, if they name a shown run of a
   * class that this slug is the saved page of.
   */
  public static Optional<Component> of(
      ClassService classes, SettingsTable table, Map<String, List<String>> query, String slug) {
    String code = first(query, "class");
    String runId = first(query, "run");
    if (code == null || runId == null || !classes.enabled()) {
      return Optional.empty();
    }
    try {
      String title = classes.find(code).title();
      return classes.gallery(code).stream()
          .filter(r -> r.id().equals(runId) && r.slug().equals(slug))
          .findFirst()
          .map(r -> new ShownBanner(r, title, table));
    } catch (ClassRefusedException gone) {
      return Optional.empty();
    }
  }

  /** The link that shows this run to the class. */
  static String link(ClassRun run) {
    return run.link() + "?class=" + run.code() + "&run=" + run.id();
  }

  private static String facts(ClassRun run, SettingsTable table) {
    String outcome = ClassText.outcome(run);
    if (run.sweepPath() == null || run.sweepValue() == null) {
      return outcome;
    }
    return ClassText.setting(table, run.sweepPath())
        + " = "
        + ClassText.value(run.sweepValue())
        + " · "
        + outcome;
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }
}
