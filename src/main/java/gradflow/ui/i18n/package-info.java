/**
 * The languages of the UI: the texts by key ({@link gradflow.ui.i18n.I18n}), Vaadin's provider, the
 * remembered choice and the switch in the header.
 */
package gradflow.ui.i18n;
