package gradflow.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers the language a student chose, in a cookie, so that it survives a reload and a new tab.
 * Without the cookie Vaadin's own choice from {@code Accept-Language} stands (see {@link
 * GradFlowI18nProvider}).
 *
 * <p>A cookie rather than localStorage because the server must know the language while it builds
 * the first page, before any script runs; it is written from the browser because with push the
 * switch's click arrives over a websocket, which cannot set cookies.
 */
@Component
public class LanguageMemory implements VaadinServiceInitListener {

  static final String COOKIE = "gradflow-lang";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> remembered(VaadinRequest.getCurrent()).ifPresent(init.getUI()::setLocale));
  }

  /** Switches a UI (and its session's later UIs) to a language and remembers it in the browser. */
  public static void choose(UI ui, Locale locale) {
    Locale chosen = I18n.supported(locale);
    VaadinSession session = ui.getSession();
    if (session != null) {
      session.setLocale(chosen);
    }
    ui.getPage()
        .executeJs(
            "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + " document.documentElement.lang = $2;",
            COOKIE,
            chosen.getLanguage(),
            chosen.toLanguageTag());
    ui.setLocale(chosen);
  }

  static Optional<Locale> remembered(VaadinRequest request) {
    if (request == null || request.getCookies() == null) {
      return Optional.empty();
    }
    return Arrays.stream(request.getCookies())
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v != null && !v.isBlank())
        .map(Locale::forLanguageTag)
        .map(I18n::supported)
        .findFirst();
  }
}
