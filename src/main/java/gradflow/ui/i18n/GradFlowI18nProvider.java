package gradflow.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's door to {@link I18n}: with this bean Vaadin picks a new UI's locale from the browser's
 * {@code Accept-Language} among {@link I18n#LANGUAGES}, and {@code getTranslation} works in any
 * component.
 */
@Component
class GradFlowI18nProvider implements I18NProvider {

  @Override
  public List<Locale> getProvidedLocales() {
    return I18n.LANGUAGES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return I18n.t(locale, key, params);
  }
}
