package gradflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.SpecEditor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the playground's spec in its address, {@code /?spec=<link code>&lesson=<id>}, replaced (not
 * pushed) on every change: the browser's Back button from compare mode, a reload, or a bookmark
 * then bring the stack back, because a page that is left is built anew on return. The code is the
 * share links' compact form ({@link gradflow.experiment.SpecUrl}).
 */
final class SpecAddress {
  static final String SPEC = "spec";
  static final String LESSON = "lesson";

  private final Specs specs;
  private final List<Preset> lessons;

  SpecAddress(Specs specs, List<Preset> lessons) {
    this.specs = specs;
    this.lessons = lessons;
  }

  /**
   * Loads the spec an address holds into the editor; an address without one (or a broken one)
   * changes nothing.
   *
   * @return false when the address holds a spec that cannot be read (cut short, changed by hand, or
   *     from a newer GradFlow), so that the page can say why it shows its defaults
   */
  boolean restore(QueryParameters query, SpecEditor editor) {
    var code = query.getSingleParameter(SPEC);
    if (code.isPresent() && specs.readLink(code.get()).spec() == null) {
      return false;
    }
    code.map(specs::readLink)
        .filter(read -> read.spec() != null)
        .ifPresent(
            read -> {
              Preset lesson =
                  query
                      .getSingleParameter(LESSON)
                      .flatMap(id -> lessons.stream().filter(l -> l.id().equals(id)).findFirst())
                      .orElse(null);
              editor.restore(read.spec(), lesson);
            });
    return true;
  }

  /** Writes the editor's spec into the address the UI shows, without a new history entry. */
  void write(UI ui, SpecEditor editor) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(SPEC, specs.toLink(editor.spec()));
    editor.preset().ifPresent(lesson -> query.put(LESSON, lesson.id()));
    ui.getPage()
        .getHistory()
        .replaceState(null, "?" + QueryParameters.simple(query).getQueryString());
  }
}
