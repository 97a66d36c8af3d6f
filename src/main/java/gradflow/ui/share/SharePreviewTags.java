package gradflow.ui.share;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.Specs;
import gradflow.ui.compare.SpecSummary;
import gradflow.ui.i18n.I18n;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The first HTML of {@code /x/{slug}}: answered 404 when the slug names nothing, and otherwise with
 * Open Graph and Twitter tags in the first HTML of {@code /x/{slug}}, where chat apps and course
 * sites look when a link is pasted: they run no JavaScript, so the tags must be in the page as
 * served, naming the experiment (its task and stack) in the language the request asks for.
 */
@Component
class SharePreviewTags implements VaadinServiceInitListener {

  private final ExperimentStore store;
  private final Specs specs;

  SharePreviewTags(ExperimentStore store, Specs specs) {
    this.store = store;
    this.specs = specs;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> {
          String path = response.getVaadinRequest().getPathInfo();
          if (path == null || !path.startsWith("/x/")) {
            return;
          }
          Locale locale = I18n.supported(response.getVaadinRequest().getLocale());
          var found = store.find(path.substring(3)).map(saved -> specs.read(saved.spec()).spec());
          if (found.isEmpty() || found.get() == null) {
            // The page itself is built by the router after this HTML has loaded, too late to set
            // the status: a link that names nothing is a 404 here, for browsers and crawlers alike.
            response.getVaadinResponse().setStatus(404);
            return;
          }
          found.ifPresent(
              spec ->
                  I18n.with(
                      locale,
                      () ->
                          tag(
                              response.getDocument(),
                              I18n.t("share.pageTitle", SpecSummary.task(spec)),
                              SpecSummary.of(spec))));
        });
  }

  private static void tag(Document page, String title, String description) {
    page.title(title);
    var head = page.head();
    head.appendElement("meta").attr("property", "og:title").attr("content", title);
    head.appendElement("meta").attr("property", "og:description").attr("content", description);
    head.appendElement("meta").attr("property", "og:type").attr("content", "website");
    head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
    head.appendElement("meta").attr("name", "twitter:title").attr("content", title);
    head.appendElement("meta").attr("name", "twitter:description").attr("content", description);
  }
}
