/**
 * Studies: the jobs a user asks of the model, each over one typed settings record whose defaults
 * live in one place, run by a headless runner that the command line, the web server and Spark call
 * as thin adapters (issue 18, "One study layer"): {@code assess} ({@link
 * io.airshield.study.AssessSettings}, {@link io.airshield.study.AssessStudy}, with {@link
 * io.airshield.study.FormationLink} bringing a formation plan's units into the campaign), {@code
 * reinforce} ({@link io.airshield.study.ReinforceSettings}, {@link
 * io.airshield.study.ReinforceStudy}), {@code form} ({@link io.airshield.study.FormSettings},
 * {@link io.airshield.study.FormStudy}) and {@code explore} (issue 17, {@link
 * io.airshield.study.ExploreSettings}, {@link io.airshield.study.ExploreStudy}): designed
 * experiments over the plausible ranges of the estimates (Morris screening, nearly orthogonal Latin
 * hypercubes, Latin hypercubes, Sobol indices) and a robust choice among reinforcement plans.
 *
 * <p>A study sits on top of the core: it reads scenarios ({@code scenario}), compiles theatres and
 * runs replications ({@code campaign}, {@code montecarlo}); nothing else in the core depends on it.
 * The results store ({@code store} module) wraps an assessment's Monte Carlo to record and resume
 * it, with the same {@code AssessSettings.options()}.
 */
package io.airshield.study;
