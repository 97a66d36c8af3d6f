/**
 * The browser-test harness: Playwright for Java driving Debian's Chromium against the app started
 * on a random port, with page objects for the views. Tests named {@code *IT} run under Failsafe
 * after {@code package}, so they see the production bundle.
 */
package gradflow.browser;
