package gradflow.ui.builder;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Vaadin's integer field in the browser (digits and a sign only, step buttons), read exactly on the
 * server: a whole number too large for an int still arrives as itself (see {@link
 * ExactNumberField}).
 */
@Tag("vaadin-integer-field")
@JsModule("@vaadin/integer-field/src/vaadin-integer-field.js")
final class WholeNumberInput extends ExactNumberField<WholeNumberInput> {}
