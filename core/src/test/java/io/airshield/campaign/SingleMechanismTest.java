package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.testdomain.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A scenario where only AA acts (clear days, day raids, no fighters, no en-route guns) has a
 * closed-form mean: raids a day are Poisson with mean S / P, and each raid of P aircraft loses P (1
 * - exp(-lambda / P)) on average, with lambda = guns x rate x attack time x fire duty / rounds per
 * kill. The simulated mean must hold the analytic value within its 99.9% interval.
 */
class SingleMechanismTest {
  /** The model's parameters at their defaults. */
  private static final Params DEFAULTS = new Params(io.airshield.domain.ModelParameters.defaults());

  @Test
  void aaKillsMatchTheirClosedForm() {
    final Theatre th = new Theatre(TestScenarios.load("aa-only"));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(5, 4000, 2), null, null, null);
    final double lambda = 16 * (170 / 60.0) * 30 * DEFAULTS.aaFireDuty / 905;
    final double perRaid = 8 * AirDefenceMath.killProbability(lambda, 8);
    final double expected = 10 * (40.0 / 8) * perRaid;
    final Estimate e = r.statistics().estimate(Metric.KILLS_BY_AA.slot());
    final double tol = e.halfWidth() / 1.96 * 3.29;
    assertThat(e.mean()).isCloseTo(expected, org.assertj.core.api.Assertions.within(tol));
    // and the raid count itself: Poisson packages, all flown in clear weather by day
    assertThat(r.statistics().estimate(Metric.RAIDS.slot()).mean())
        .isCloseTo(50, org.assertj.core.api.Assertions.within(0.5));
  }

  /**
   * A city bombed by day with no defence (issue 19): packages a day are Poisson with mean λ = S / P
   * over D days; each of a package's P attackers hits with probability p and each hit destroys the
   * share f = a / (π R²) of what stands (random area coverage). The share still standing after K
   * packages is (1 - p f)^(P K), whose mean over K ~ Poisson(λ D) is exp(-λ D (1 - (1 - p f)^P)).
   * Here S = 3, P = 3, D = 10, p = 0.2, a = 0.5 km², R = 2 km.
   */
  @Test
  void cityDamageMatchesRandomAreaCoverage() {
    final Theatre th = new Theatre(TestScenarios.load("city-only"));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(5, 4000, 2), null, null, null);
    final double f = 0.5 / (Math.PI * 2 * 2);
    final double expected = 1 - Math.exp(-1.0 * 10 * (1 - Math.pow(1 - 0.2 * f, 3)));
    final Estimate e = r.statistics().estimate(th.metrics().cityValueDestroyed());
    final double tol = e.halfWidth() / 1.96 * 3.29;
    assertThat(e.mean()).isCloseTo(expected, org.assertj.core.api.Assertions.within(tol));
    assertThat(r.statistics().estimate(th.metrics().cityDestroyed(0)).mean()).isEqualTo(e.mean());
    // every attacker hits with p: hits are 0.2 x 3 x 10 a campaign on average
    final Estimate hits = r.statistics().estimate(th.metrics().cityHits());
    assertThat(hits.mean())
        .isCloseTo(6, org.assertj.core.api.Assertions.within(hits.halfWidth() * 1.7));
    // no fighters: no raid is intercepted before its release
    assertThat(r.statistics().estimate(th.metrics().cityRaidsIntercepted()).mean()).isZero();
    assertThat(r.statistics().estimate(th.metrics().cityRaids()).mean())
        .isCloseTo(10, org.assertj.core.api.Assertions.within(0.3));
  }
}
