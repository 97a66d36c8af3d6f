package gradflow.ui.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The explanation texts in one language, read from {@code
 * gradflow/explanations/explanations[_lang].properties} (UTF-8, TeX backslashes doubled as in any
 * properties file).
 *
 * <p>Keys: {@code chart.<chart id>} and {@code lesson.<preset id>} hold the body, the same key with
 * {@code .papers} a comma-separated list of paper ids, {@code paper.<id>} the citation, and {@code
 * panel.*} the panel's own words. A translation is {@code explanations_zh.properties} next to the
 * English file: any key it lacks, such as a citation kept in English, comes from English.
 */
public final class Explanations {

  static final String BUNDLE = "gradflow.explanations.explanations";

  /**
   * No fallback to the server's default locale: a visitor whose language has no file gets English,
   * whatever language the machine that hosts the app happens to run in.
   */
  private static final ResourceBundle.Control ENGLISH_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;

  private Explanations(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static Explanations forLocale(Locale locale) {
    return new Explanations(
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null ? Locale.ROOT : locale,
            Explanations.class.getClassLoader(),
            ENGLISH_FALLBACK));
  }

  /** The language the texts are actually in ({@link Locale#ROOT} for the English base file). */
  public Locale locale() {
    return bundle.getLocale();
  }

  public static String chartKey(String chartId) {
    return "chart." + chartId;
  }

  public static String lessonKey(String presetId) {
    return "lesson." + presetId;
  }

  /** The words about a cell kind under its equations, e.g. {@code cell.lstm}. */
  public static String cellKey(String cellId) {
    return "cell." + cellId;
  }

  /** The citation of one paper, by its id. */
  public String citation(String paperId) {
    return text("paper." + paperId).orElse(paperId);
  }

  /** The body of an explanation, with its TeX, if there is one. */
  public Optional<String> body(String key) {
    return text(key);
  }

  /** The citations of the papers an explanation rests on, in the order given. */
  public List<String> papers(String key) {
    var citations = new ArrayList<String>();
    for (String id : text(key + ".papers").orElse("").split(",")) {
      if (!id.isBlank()) {
        citations.add(text("paper." + id.strip()).orElse(id.strip()));
      }
    }
    return citations;
  }

  /** One of the panel's own words ({@code panel.why}, {@code panel.math}, {@code panel.papers}). */
  public String label(String key) {
    return text(key).orElse(key);
  }

  /** Every key, for the tests that check the files. */
  List<String> keys() {
    return List.copyOf(bundle.keySet());
  }

  private Optional<String> text(String key) {
    try {
      return Optional.of(bundle.getString(key).strip());
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
