package gradflow.ui.builder;

import com.vaadin.flow.component.textfield.AbstractNumberField;
import java.math.BigDecimal;

/**
 * A number input that reads exactly what the browser's number input holds. Vaadin's own {@code
 * NumberField} reads it with {@code DecimalFormat("#.#")}, which stops at the first letter, so
 * "1e9" and "1e-9" both silently became 1; and its {@code IntegerField} cannot hold a number past
 * 2³¹, so "9999999999" came back as "not a number". Here every number the browser accepts arrives
 * as that number (a double: exact for every whole number a spec allows), and the validator says
 * what is wrong with it against the settings table.
 */
abstract class ExactNumberField<C extends ExactNumberField<C>>
    extends AbstractNumberField<C, Double> {

  ExactNumberField() {
    super(
        ExactNumberField::parse,
        ExactNumberField::format,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY);
  }

  /** The range the browser's step buttons keep to; the validator still judges what is typed. */
  void range(Number min, Number max) {
    if (min != null) {
      setMin(min.doubleValue());
    }
    if (max != null) {
      setMax(max.doubleValue());
    }
  }

  public double getMin() {
    return getMinDouble();
  }

  public double getMax() {
    return getMaxDouble();
  }

  /** The browser sends a valid floating-point number or nothing; anything else is no value. */
  static Double parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Plain digits, never an exponent, so that what a student reads is what they could type. */
  static String format(Double value) {
    if (value == null) {
      return "";
    }
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }
}
