package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.domain.ModelParameters;
import io.airshield.testdomain.TestScenarios;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reinforcement screen sees the guns spread along a line: in a theatre where only they fire,
 * its expected kills are the closed form of {@code
 * CampaignMechanismTest.gunsAlongTheLineKillByTheirDensity}, and a unit weighed out of the plan
 * takes its kills with it.
 */
class AnalyticAlongTest {
  @Test
  void theScreenCountsTheGunsAlongTheLine() {
    final Theatre th = new Theatre(TestScenarios.load("along-only"));
    final Analytic a = new Analytic(th);
    final double[] aa = new double[a.aaUnits()];
    Arrays.fill(aa, 1);
    final double[] units = new double[a.fighterUnits()];
    final double duty = new Params(ModelParameters.defaults()).aaFireDuty;
    final double lambda = 40 * Math.min(1, 2 * 1500 / th.lLengthM[0]) * (150 / 60.0) * 30 * duty;
    final double expected = 10 * (40.0 / 8) * 8 * AirDefenceMath.killProbability(lambda / 1000, 8);
    assertThat(a.expected(aa, units)[Metric.KILLS_BY_AA.slot()]).isCloseTo(expected, within(1e-9));
    Arrays.fill(aa, 0);
    assertThat(a.expected(aa, units)[Metric.KILLS_BY_AA.slot()]).isZero();
  }
}
