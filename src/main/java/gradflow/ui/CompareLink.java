package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import gradflow.ui.builder.Comparison;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.i18n.I18n;
import java.util.List;

/**
 * Shown while a lesson that is a comparison is loaded: one click opens it in compare mode with both
 * variants filled in.
 */
class CompareLink extends Div {

  private final RouterLink link = new RouterLink(I18n.t("compare.link"), CompareView.class);

  CompareLink(SpecEditor editor, List<Comparison> comparisons) {
    setId("open-comparison");
    addClassName("gf-compare-link");
    add(link);
    editor.addListener(change -> show(editor, comparisons));
    show(editor, comparisons);
  }

  private void show(SpecEditor editor, List<Comparison> comparisons) {
    var comparison =
        editor
            .preset()
            .flatMap(p -> comparisons.stream().filter(c -> c.id().equals(p.id())).findFirst());
    setVisible(comparison.isPresent());
    comparison.ifPresent(c -> link.setQueryParameters(CompareView.lesson(c.id())));
  }
}
