package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The join code, big enough to read from the back of a room, the link students open, and a button
 * that copies the link for a chat or a learning platform.
 */
final class JoinCodeBox extends Div {
  JoinCodeBox(String code, String title) {
    setId("join-box");
    addClassName("gf-region");
    addClassName("gf-class-box");
    addClassName("gf-join-box");
    var name = new Paragraph(title);
    name.setId("class-name");
    name.addClassName("gf-class-title");
    var label = new Span(ClassText.t("teach.join.label"));
    var big = new Span(code);
    big.setId("join-code");
    big.addClassName("gf-join-code");
    big.getElement()
        .setAttribute(
            "aria-label", ClassText.t("teach.join.spelled", String.join(" ", code.split(""))));
    String path = "/c/" + code;
    var link = new Anchor(path, "");
    link.setId("join-link");
    link.setTarget("_blank");
    // The full address, as students type it: the server's own origin, read in the browser.
    link.getElement().executeJs("this.textContent = location.origin + $0", path);
    var copy = new Button(ClassText.t("teach.join.copy"), VaadinIcon.COPY.create());
    copy.setId("copy-join-link");
    var copied = new Span();
    copied.getElement().setAttribute("aria-live", "polite");
    copied.addClassName("gf-caption");
    copy.addClickListener(
        e -> {
          copy.getElement()
              .executeJs(
                  "navigator.clipboard && navigator.clipboard.writeText(location.origin + $0)",
                  path);
          copied.setText(ClassText.t("teach.join.copied"));
        });
    var line = new Div(link, copy, copied);
    line.addClassName("gf-join-line");
    add(name, label, big, line);
  }
}
