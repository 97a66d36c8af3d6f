/**
 * Training from the page: the train, pause, step and reset buttons, the progress bar and the run's
 * status in words. {@link gradflow.ui.run.RunPresenter} holds the page's run without any Vaadin
 * types, so that its rules are tested without a browser; {@link gradflow.ui.run.RunPanel} shows it.
 */
package gradflow.ui.run;
