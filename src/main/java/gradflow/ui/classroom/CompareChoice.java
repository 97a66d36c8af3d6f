package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import gradflow.classroom.ClassRun;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two runs picked in the gallery, side by side in compare mode: the link opens {@code /compare}
 * with both saved specs in its address, as compare mode's own links carry them.
 */
final class CompareChoice extends Div {
  private final Specs specs;
  private final ExperimentStore store;
  private final List<ClassRun> picked = new ArrayList<>();
  private final Span hint = new Span();
  private final Anchor open = new Anchor();

  CompareChoice(Specs specs, ExperimentStore store) {
    this.specs = specs;
    this.store = store;
    setId("compare-choice");
    addClassName("gf-class-row");
    hint.addClassName("gf-caption");
    hint.getElement().setAttribute("aria-live", "polite");
    open.setId("open-compare");
    open.setTarget(AnchorTarget.BLANK);
    add(hint, open);
    show();
  }

  boolean isPicked(ClassRun run) {
    return picked.stream().anyMatch(r -> r.id().equals(run.id()));
  }

  /** Picks a run (the oldest pick makes way for a third) or lets it go. */
  void pick(ClassRun run, boolean on) {
    picked.removeIf(r -> r.id().equals(run.id()));
    if (on) {
      picked.add(run);
      if (picked.size() > 2) {
        picked.removeFirst();
      }
    }
    show();
  }

  private void show() {
    boolean ready = picked.size() == 2;
    hint.setText(
        ready
            ? ClassText.t("teach.compare.ready", picked.get(0).nickname(), picked.get(1).nickname())
            : ClassText.t("teach.compare.hint"));
    open.setVisible(ready);
    if (ready) {
      open.setText(ClassText.t("teach.compare.open"));
      open.setHref(
          "/compare?"
              + QueryParameters.simple(Map.of("a", link(picked.get(0)), "b", link(picked.get(1))))
                  .getQueryString());
    }
  }

  private String link(ClassRun run) {
    String json = store.find(run.slug()).orElseThrow().spec();
    return specs.toLink(specs.read(json).spec());
  }
}
