/** Tests of running GradFlow as a service: signals, health and meters seen from outside. */
package gradflow.ops;
