package gradflow.ui.classroom;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The front page's way into a class: type the code, go to {@code /c/{code}}, where a wrong code
 * gets its own clear page. Shown only when class mode is on.
 */
public final class JoinClassBox extends Div {
  public JoinClassBox() {
    setId("join-class");
    addClassName("gf-join-class");
    var code = new TextField();
    code.setId("join-class-code");
    code.setAriaLabel(ClassText.t("home.join.label"));
    code.setPlaceholder(ClassText.t("home.join.placeholder"));
    code.setMaxLength(12);
    var go = new Button(ClassText.t("home.join.button"));
    go.setId("join-class-go");
    go.addClickShortcut(Key.ENTER).listenOn(code);
    go.addClickListener(
        e -> {
          String typed = code.getValue().strip().toUpperCase(java.util.Locale.ROOT);
          if (!typed.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(ClassView.class, ClassDashboardView.at(typed)));
          }
        });
    var label = new com.vaadin.flow.component.html.Span(ClassText.t("home.join.label"));
    label.addClassName("gf-caption");
    add(label, code, go);
  }
}
