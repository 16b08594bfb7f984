package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.testdomain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single-mechanism checks of campaign model 2 against closed forms or exhaustive cases: the air
 * duel of interceptors and fighter-bombers, the ground fire spread along a line, and damage that
 * accumulates until a target closes.
 */
class CampaignMechanismTest {
  /** The model's parameters at their defaults. */
  private static final Params DEFAULTS = new Params(io.airshield.domain.ModelParameters.defaults());

  /**
   * Interceptors on patrol meet unescorted fighter-bombers, with no AA anywhere: a duel is decided
   * for the interceptor with share a / (a + b), a and b the two sides' combat power (rating x
   * proficiency), and for the fighter-bomber, which can only defend, with share b / (a + b) of
   * which only DEFENSIVE_KILL_SHARE ends with the interceptor shot down; so the fighter-bombers
   * destroyed among all duels that cost either side an aircraft are binomial with share a / (a + b
   * x share). The simulated share must lie within 4 standard errors of it.
   */
  @Test
  void fighterBomberDuelsSplitByCombatPower() {
    final Scenario mini = TestScenarios.mini();
    final Scenario s =
        mini.withAaUnits(List.of())
            .withMissions(List.of(mini.missions().get(0).withEscorts(0)))
            .mapFighterUnits(u -> u.withPatrol("c", 1));
    final Theatre th = new Theatre(s);
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[th.metrics().size()];
    double won = 0;
    double lost = 0;
    double jettisoned = 0;
    for (int k = 0; k < 300; k++) {
      r.run(11, k, out);
      won += out[Metric.KILLS_FB_BY_FIGHTERS.slot()];
      lost += out[Metric.OWN_LOST_TO_FIGHTERS.slot()];
      jettisoned += out[Metric.JETTISONED.slot()];
      assertThat(out[Metric.KILLS_FIGHTERS_BY_FIGHTERS.slot()]).isZero();
      assertThat(out[Metric.KILLS_BY_AA.slot()]).isZero();
    }
    final double a = th.units.rating[0] * th.units.proficiency[0];
    final double b = th.missions.attackerRating[0];
    // the fighter-bomber only defends: of its decided duels a share ends with the MiG shot down
    final double p = a / (a + b * DEFAULTS.defensiveKillShare);
    final double n = won + lost;
    assertThat(n).as("decided duels").isGreaterThan(200);
    assertThat(won / n).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
    // the interception's main effect is the attack spoilt, not the aircraft destroyed
    assertThat(jettisoned).isGreaterThan(won);
  }

  /**
   * Guns spread along a line: G guns of reach R over a line of length L put G min(1, 2R / L) within
   * reach of an aim point, and each raid of P aircraft loses P (1 - exp(-lambda / P)) on average,
   * lambda = guns within reach x rate x attack time x fire duty / rounds per kill. Only those guns
   * fire in this theatre; the mean must hold within its 99.9% interval.
   */
  @Test
  void gunsAlongTheLineKillByTheirDensity() {
    final Theatre th = new Theatre(TestScenarios.load("along-only"));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(5, 4000, 2), null, null, null);
    final double within = 40 * Math.min(1, 2 * 1500 / th.lLengthM[0]);
    final double lambda = within * (150 / 60.0) * 30 * DEFAULTS.aaFireDuty / 1000;
    final double perRaid = 8 * AirDefenceMath.killProbability(lambda, 8);
    final double expected = 10 * (40.0 / 8) * perRaid;
    final Estimate e = r.statistics().estimate(Metric.KILLS_ALONG_LINES.slot());
    assertThat(e.mean()).isCloseTo(expected, within(e.halfWidth() / 1.96 * 3.29));
    assertThat(r.statistics().estimate(Metric.KILLS_BY_LIGHT_AA.slot()).mean()).isEqualTo(e.mean());
    assertThat(r.statistics().estimate(Metric.KILLS_BY_HEAVY_AA.slot()).mean()).isZero();
  }

  /**
   * Every attacker hits, a junction needs three hits and nothing repairs it: in every replication
   * the hits equal the attacks, and the junction is closed exactly once if there were three or more
   * attacks, never otherwise (damage below the closing count is kept, not discarded).
   */
  @Test
  void damageAccumulatesUntilTheTargetCloses() {
    final Theatre th = new Theatre(TestScenarios.load("accumulate"));
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[th.metrics().size()];
    int closedOnce = 0;
    int neverClosed = 0;
    for (int k = 0; k < 400; k++) {
      r.run(3, k, out);
      final double attacks = out[Metric.ATTACKS.slot()];
      assertThat(out[Metric.HITS.slot()]).isEqualTo(attacks);
      assertThat(out[th.metrics().targetCuts(0)]).isEqualTo(attacks >= 3 ? 1 : 0);
      // an airfield built on the fifth of ten days is usable six days, never cut
      assertThat(out[th.metrics().targetOpen(2)]).isCloseTo(0.6, within(1e-12));
      assertThat(out[Metric.AIRFIELD_DAYS_USABLE.slot()]).isCloseTo(6, within(1e-9));
      assertThat(out[th.metrics().targetCuts(2)]).isZero();
      // the unbuilt bridge's bypass carries 40% of its line's 100 t a day, all ten days
      assertThat(out[th.metrics().lineTons(1)]).isCloseTo(400, within(1e-9));
      if (attacks >= 3) {
        closedOnce++;
      } else {
        neverClosed++;
      }
    }
    // Poisson(4) attacks in ten days: both cases occur
    assertThat(closedOnce).isPositive();
    assertThat(neverClosed).isPositive();
  }

  /**
   * Repair as a queue: one hit closes the junction, one crew works each hit for a gamma time W of
   * mean R = 1 h, and only in the dark hours. While a hit waits or is worked the junction is
   * closed, and the crew works every dark second until the queue is empty, so the dark hours it is
   * closed are the sum of the work: E[closed dark time] = R E[hits], whatever the queue's order or
   * the hour of the attacks (a job cut off by the period's end only lowers it a little). The ratio
   * must lie within four standard errors of R (the shape-4 gamma has sd R / 2).
   */
  @Test
  void darkHoursClosedAreTheRepairWork() {
    final Theatre th = new Theatre(TestScenarios.load("repair-queue"));
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[th.metrics().size()];
    final double dark = darkSeconds(th, th.targets.region[0]);
    double closedDark = 0;
    double hits = 0;
    for (int k = 0; k < 200; k++) {
      r.run(5, k, out);
      closedDark += out[th.metrics().targetClosedDark(0)] * dark;
      hits += out[Metric.HITS.slot()];
    }
    final double repairS = 3_600;
    assertThat(hits).as("hits").isGreaterThan(5_000);
    assertThat(closedDark / hits)
        .isCloseTo(repairS, within(4 * repairS / 2 / Math.sqrt(hits) + repairS * 0.01));
  }

  /**
   * Lever: a second crew works a second hit at once instead of after the first, so under common
   * random numbers (the same attacks and the same work per hit) the junction is never closed longer
   * in the dark, and over the replications clearly less.
   */
  @Test
  void aSecondCrewShortensTheClosures() {
    final Scenario one = TestScenarios.load("repair-queue");
    final Scenario two = one.withRepair(new io.airshield.domain.RepairForce(2, "test"));
    final Theatre th1 = new Theatre(one);
    final Theatre th2 = new Theatre(two);
    final Replication r1 = new Replication(th1, new GreedyAllocator());
    final Replication r2 = new Replication(th2, new GreedyAllocator());
    final double[] o1 = new double[th1.metrics().size()];
    final double[] o2 = new double[th2.metrics().size()];
    double diff = 0;
    for (int k = 0; k < 100; k++) {
      r1.run(9, k, o1);
      r2.run(9, k, o2);
      assertThat(o2[Metric.HITS.slot()]).isEqualTo(o1[Metric.HITS.slot()]);
      final double c1 = o1[th1.metrics().targetClosedDark(0)];
      final double c2 = o2[th2.metrics().targetClosedDark(0)];
      assertThat(c2).as("replication %d", k).isLessThanOrEqualTo(c1 + 1e-12);
      diff += c1 - c2;
    }
    assertThat(diff).isPositive();
  }

  /**
   * Single mechanism: a night attack on the site a crew is working costs that job L of dark work
   * ({@code repairStrafeLossH}). One crew, one hit closes the junction: the junction is closed in
   * the dark exactly while the crew works, so E[closed dark time] = R E[hits] + L E[jobs set back],
   * within four standard errors of the work (and the few jobs the period's end cuts off).
   */
  @Test
  void eachNightAttackOnTheWorkCostsItsCrewTheLoss() {
    final Theatre th = new Theatre(TestScenarios.load("repair-strafed"));
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[th.metrics().size()];
    final double dark = darkSeconds(th, th.targets.region[0]);
    double closedDark = 0;
    double hits = 0;
    double setBack = 0;
    for (int k = 0; k < 100; k++) {
      r.run(5, k, out);
      closedDark += out[th.metrics().targetClosedDark(0)] * dark;
      hits += out[Metric.HITS.slot()];
      setBack += out[Metric.REPAIRS_DISRUPTED.slot()];
    }
    final double repairS = 2 * 3_600;
    final double lossS = 3 * 3_600;
    assertThat(setBack).as("jobs set back").isGreaterThan(1_000);
    final double expected = repairS * hits + lossS * setBack;
    assertThat(closedDark)
        .isCloseTo(expected, within(4 * repairS / 2 * Math.sqrt(hits) + expected * 0.01));
  }

  /**
   * Lever: the same attacks with and without the loss (common random numbers): the junction is
   * closed longer in the dark when the night attacks set the crews back; the paired 95% interval of
   * the difference lies above zero.
   */
  @Test
  void nightAttacksOnRepairSitesLengthenTheClosures() {
    final Scenario with = TestScenarios.load("repair-strafed");
    final Scenario without =
        with.withParameters(with.parameters().with(ModelParameter.REPAIR_STRAFE_LOSS, 0));
    final Theatre th1 = new Theatre(with);
    final Theatre th0 = new Theatre(without);
    final Replication r1 = new Replication(th1, new GreedyAllocator());
    final Replication r0 = new Replication(th0, new GreedyAllocator());
    final double[] o1 = new double[th1.metrics().size()];
    final double[] o0 = new double[th0.metrics().size()];
    final int n = 40;
    double sum = 0;
    double sumSq = 0;
    for (int k = 0; k < n; k++) {
      r1.run(11, k, o1);
      r0.run(11, k, o0);
      final double d =
          o1[th1.metrics().targetClosedDark(0)] - o0[th0.metrics().targetClosedDark(0)];
      sum += d;
      sumSq += d * d;
    }
    final double mean = sum / n;
    final double sd = Math.sqrt((sumSq - n * mean * mean) / (n - 1));
    assertThat(mean - 1.96 * sd / Math.sqrt(n)).isPositive();
  }

  /** The period's dark seconds in region r: midnight to sunrise and sunset to midnight. */
  private static double darkSeconds(final Theatre th, final int r) {
    double dark = 0;
    for (int d = 0; d < th.days; d++) {
      final int li = (r * th.days + d) * 4;
      dark += 86_400 - (th.lightTimes[li + 2] - th.lightTimes[li + 1]);
    }
    return dark;
  }

  /**
   * The trace carries every loss with its cause: over replications of the small theatre, the traced
   * enemy losses by fighters, heavy and light AA, and the traced own losses, add up to the
   * replication's totals (model 1 missed the losses of raids that AA destroyed whole).
   */
  @Test
  void theTraceCarriesEveryLossWithItsCause() {
    final Theatre th = new Theatre(TestScenarios.mini());
    final double[] traced = new double[4];
    final Replication r =
        new Replication(
            th,
            new GreedyAllocator(),
            (time, kind, a, b, c, d) -> {
              if (kind == Tracer.LOSS) {
                traced[b] += c;
              }
            });
    final double[] out = new double[th.metrics().size()];
    for (int k = 0; k < 40; k++) {
      java.util.Arrays.fill(traced, 0);
      r.run(5, k, out);
      assertThat(traced[Tracer.CAUSE_FIGHTERS]).isEqualTo(out[Metric.KILLS_BY_FIGHTERS.slot()]);
      assertThat(traced[Tracer.CAUSE_HEAVY_AA]).isEqualTo(out[Metric.KILLS_BY_HEAVY_AA.slot()]);
      assertThat(traced[Tracer.CAUSE_LIGHT_AA]).isEqualTo(out[Metric.KILLS_BY_LIGHT_AA.slot()]);
      assertThat(traced[Tracer.CAUSE_HEAVY_AA] + traced[Tracer.CAUSE_LIGHT_AA])
          .isEqualTo(out[Metric.KILLS_BY_AA.slot()]);
      assertThat(traced[Tracer.CAUSE_OWN_IN_COMBAT]).isEqualTo(out[Metric.OWN_LOSSES.slot()]);
      // and the losses by mission add up to the totals by cause
      double fighters = 0;
      double aa = 0;
      for (int m = 0; m < th.missions.count; m++) {
        fighters +=
            out[th.metrics().missionKillsByFighters(m)] + out[th.metrics().missionEscortsLost(m)];
        aa +=
            out[th.metrics().missionKillsByHeavyAa(m)] + out[th.metrics().missionKillsByLightAa(m)];
      }
      assertThat(fighters).isEqualTo(out[Metric.KILLS_BY_FIGHTERS.slot()]);
      assertThat(aa).isEqualTo(out[Metric.KILLS_BY_AA.slot()]);
    }
  }

  /**
   * A replication's outcome does not depend on what the same instance ran before (the state is
   * reset, not carried over): otherwise results would depend on how replications fall to threads.
   * Checked on the embedded default, whose patrols run to the last day.
   */
  @Test
  void aReusedReplicationForgetsThePreviousOne() {
    final Theatre th =
        new Theatre(io.airshield.scenario.EmbeddedScenarios.load("korea-1951-autumn"));
    final double[] fresh = new double[th.metrics().size()];
    final double[] reused = new double[th.metrics().size()];
    final Replication a = new Replication(th, new GreedyAllocator());
    for (int k = 0; k < 3; k++) {
      a.run(9, k, reused);
    }
    new Replication(th, new GreedyAllocator()).run(9, 2, fresh);
    assertThat(reused).containsExactly(fresh);
  }
}
