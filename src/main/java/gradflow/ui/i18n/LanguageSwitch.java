package gradflow.ui.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/**
 * One button per language, each named in its own language so that a student who cannot read the
 * current one still finds theirs. The current language's button is pressed.
 */
public class LanguageSwitch extends Div {

  public LanguageSwitch() {
    setId("language-switch");
    addClassName("gf-language-switch");
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-label", I18n.t("language.switch"));
    Locale current = I18n.current();
    for (Locale language : I18n.LANGUAGES) {
      var button = new Button(I18n.t(language, "language.name"));
      button.setId("language-" + language.getLanguage());
      button.getElement().setAttribute("lang", language.toLanguageTag());
      boolean pressed = language.equals(current);
      button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
      button.addThemeVariants(
          pressed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
          ButtonVariant.LUMO_SMALL);
      button.addClickListener(
          e -> e.getSource().getUI().ifPresent(ui -> LanguageMemory.choose(ui, language)));
      add(button);
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // The page's lang attribute lets screen readers pick the right voice for the Chinese texts.
    // Vaadin's connection indicator ("Online" after a reconnect) has its own English words, which
    // only the page can replace.
    UI ui = event.getUI();
    ui.getElement()
        .executeJs(
            "document.documentElement.lang = $0;"
                + " const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $1; indicator.offlineText = $2;"
                + " indicator.reconnectingText = $3; }",
            I18n.current().toLanguageTag(),
            I18n.t("connection.online"),
            I18n.t("connection.offline"),
            I18n.t("connection.reconnecting"));
  }
}
