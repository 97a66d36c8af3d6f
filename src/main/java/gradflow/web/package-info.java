/**
 * HTTP concerns that the pages and the REST API share: the security headers every response carries.
 * Depends on Spring's servlet support only, nothing of GradFlow's.
 */
package gradflow.web;
