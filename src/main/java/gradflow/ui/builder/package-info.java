/**
 * Editing the experiment spec on the playground's left side. {@link gradflow.ui.builder.SpecEditor}
 * is the view model (plain Java: the spec, its operations and its validation); {@link
 * gradflow.ui.builder.SpecForm} hands the page's regions Vaadin controls built from the settings
 * table and keeps them in step with the editor; {@link gradflow.ui.builder.Presets} reads the
 * lessons from {@code gradflow/presets/}. Every word shown here that the settings table does not
 * hold lives in {@code BuilderText} (and the lessons' in {@code lessons.properties}).
 */
package gradflow.ui.builder;
