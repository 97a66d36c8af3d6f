package gradflow.ui.builder;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Vaadin's number field in the browser, read exactly on the server (see {@link ExactNumberField}).
 */
@Tag("vaadin-number-field")
@JsModule("@vaadin/number-field/src/vaadin-number-field.js")
final class DecimalInput extends ExactNumberField<DecimalInput> {}
