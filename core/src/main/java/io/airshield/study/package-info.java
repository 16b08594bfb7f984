/**
 * Studies: the jobs a user asks of the model, each over one typed settings record whose defaults
 * live in one place, run by a headless runner that the command line, the web server and Spark call
 * as thin adapters (issue 18, "One study layer"). The first study built this way is {@code explore}
 * (issue 17): designed experiments over the plausible ranges of the estimates (Morris screening,
 * nearly orthogonal Latin hypercubes, Latin hypercubes, Sobol indices) and a robust choice among
 * reinforcement plans. Assess, reinforce and form still orchestrate themselves.
 *
 * <p>A study sits on top of the core: it reads scenarios ({@code scenario}), compiles theatres and
 * runs replications ({@code campaign}, {@code montecarlo}); nothing else in the core depends on it.
 */
package io.airshield.study;
