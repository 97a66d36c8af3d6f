package gradflow.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.Run;
import gradflow.experiment.SaveRefusedException;
import gradflow.experiment.Specs;
import gradflow.ui.i18n.I18n;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Share": before a run, or while one trains, it saves the spec; after a run has ended, the spec
 * with the recorded results, so that whoever opens the link sees the same heatmaps without
 * training. Then it shows the whole link in a field that can always be selected, and a Copy button
 * that uses the clipboard where the browser allows it.
 */
public final class ShareBox extends Div {

  private final ExperimentStore store;
  private final Specs specs;
  private final Supplier<Optional<ExperimentSpec>> spec;
  private final Supplier<Optional<Run>> run;
  private final Supplier<String> clientId;
  private final TextField link = new TextField();
  private final Button copy = new Button(I18n.t("share.copy"));
  private final Span message = new Span();
  private final ExportLinks export;

  /**
   * @param id "share" on the playground, "share-a" and "share-b" for the sides of compare mode; the
   *     export links get the same suffix
   * @param clientId who saves, for the per-client limit (known once the page is attached)
   */
  public ShareBox(
      String id,
      ExperimentStore store,
      Specs specs,
      Supplier<Optional<ExperimentSpec>> spec,
      Supplier<Optional<Run>> run,
      Supplier<String> clientId) {
    this.store = store;
    this.specs = specs;
    this.spec = spec;
    this.run = run;
    this.clientId = clientId;
    this.export = new ExportLinks(id.replace("share", "export"));
    setId(id);
    addClassName("gf-share");
    var share = new Button(I18n.t("share.button"), e -> share());
    share.setId(id + "-button");
    link.setId(id + "-link");
    link.setReadOnly(true);
    link.setLabel(I18n.t("share.linkLabel"));
    link.setVisible(false);
    link.setWidthFull();
    copy.setId(id + "-copy");
    copy.setVisible(false);
    copy.addClickListener(
        e ->
            link.getElement()
                .executeJs(
                    "const v = this.value; (navigator.clipboard ? navigator.clipboard.writeText(v)"
                        + " : Promise.reject()).catch(() => { this.focus(); this.inputElement"
                        + " && this.inputElement.select(); });"));
    message.setId(id + "-message");
    message.getElement().setAttribute("aria-live", "polite");
    add(share, link, copy, message, export);
  }

  /**
   * Offers the current run's files once it has ended (a run that is still training would give a
   * half-done probe list); hides them otherwise. Called as the run's status changes.
   */
  public void followRun() {
    run.get()
        .filter(r -> r.status().isFinal())
        .ifPresentOrElse(r -> export.show("/api/runs/" + r.id() + "/export"), export::hide);
  }

  private void share() {
    var ended = run.get().filter(r -> RecordedResults.recordable(r.status()));
    try {
      String slug;
      if (ended.isPresent()) {
        var r = ended.get();
        slug = store.saveRun(r, specs.toJson(r.spec()), clientId.get()).slug();
        message.setText(I18n.t("share.savedWithRun"));
      } else {
        var current = spec.get();
        if (current.isEmpty()) {
          message.setText(I18n.t("share.fixFirst"));
          return;
        }
        slug = store.save(specs.toJson(current.get()), null, clientId.get()).slug();
        message.setText(I18n.t("share.savedSpec"));
      }
      String path = "/x/" + slug;
      link.setValue(path);
      // The whole address, as the browser knows it (behind a proxy too).
      link.getElement().executeJs("this.value = window.location.origin + $0;", path);
      link.setVisible(true);
      copy.setVisible(true);
      getElement().setAttribute("data-slug", slug);
    } catch (SaveRefusedException e) {
      message.setText(e.getMessage());
    }
  }
}
