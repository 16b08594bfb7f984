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
    final Estimate e = r.statistics().estimate(Metrics.KILLS_BY_AA);
    final double tol = e.halfWidth() / 1.96 * 3.29;
    assertThat(e.mean()).isCloseTo(expected, org.assertj.core.api.Assertions.within(tol));
    // and the raid count itself: Poisson packages, all flown in clear weather by day
    assertThat(r.statistics().estimate(Metrics.RAIDS).mean())
        .isCloseTo(50, org.assertj.core.api.Assertions.within(0.5));
  }
}
