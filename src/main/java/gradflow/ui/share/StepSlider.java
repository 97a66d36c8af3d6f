package gradflow.ui.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.IntConsumer;

/**
 * The browser's own range input, so that it works with the keyboard (arrows, Home, End) and a
 * screen reader announces its value; the server hears each value the student moves it to.
 */
@Tag("input")
final class StepSlider extends Component {

  StepSlider(String id, String label, IntConsumer moved) {
    setId(id);
    getElement().setAttribute("type", "range");
    getElement().setAttribute("aria-label", label);
    getElement().setAttribute("min", "0");
    getElement().setAttribute("step", "1");
    getElement().getStyle().set("width", "100%");
    getElement()
        .addPropertyChangeListener(
            "value",
            "input",
            e -> {
              if (e.isUserOriginated() && e.getValue() != null) {
                moved.accept((int) Double.parseDouble(e.getValue().toString()));
              }
            });
  }

  void setMax(int max) {
    getElement().setAttribute("max", String.valueOf(max));
  }

  void setValue(int value, String valueText) {
    getElement().setProperty("value", String.valueOf(value));
    getElement().setAttribute("aria-valuetext", valueText);
  }
}
