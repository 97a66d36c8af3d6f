/**
 * The "Why?" panels: short explanations of each chart and lesson with their math typeset by KaTeX
 * in the browser, and the papers they rest on. The words live in one resource file per language
 * ({@code gradflow/explanations/explanations*.properties}), never in Java, so that a translation
 * adds a file and touches no code.
 */
package gradflow.ui.explain;
