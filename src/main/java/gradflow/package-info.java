/** GradFlow: a playground for seeing why deep and recurrent networks stop learning. */
package gradflow;
