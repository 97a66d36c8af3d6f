package gradflow.ui.builder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import java.util.List;
import java.util.function.Predicate;

/**
 * The problems that no control on screen can show next to itself (about the stack as a whole, or a
 * setting without a control here): errors that stop training, then gentler notes.
 */
final class ProblemList extends Div {
  private final Div errors = new Div();
  private final Div notes = new Div();

  ProblemList() {
    setId("problems");
    addClassName("gf-problems");
    errors.setId("problem-errors");
    errors.addClassName("gf-problem-errors");
    errors.getElement().setAttribute("role", "alert");
    notes.setId("problem-notes");
    notes.addClassName("gf-problem-notes");
    add(errors, notes);
  }

  /** Shows the problems whose field {@code shownElsewhere} does not claim. */
  void show(SpecEditor editor, Predicate<String> shownElsewhere) {
    var table = editor.table();
    fill(errors, BuilderText.problemsHeading(), editor.result().errors(), shownElsewhere, table);
    fill(notes, BuilderText.notesHeading(), editor.result().warnings(), shownElsewhere, table);
  }

  private static void fill(
      Div box,
      String heading,
      List<Violation> all,
      Predicate<String> shownElsewhere,
      SettingsTable table) {
    box.removeAll();
    var items = all.stream().filter(v -> !shownElsewhere.test(v.field())).toList();
    box.setVisible(!items.isEmpty());
    if (items.isEmpty()) {
      return;
    }
    var list = new UnorderedList();
    items.forEach(v -> list.add(new ListItem(BuilderText.listed(v, table))));
    box.add(new H3(heading), list);
  }
}
