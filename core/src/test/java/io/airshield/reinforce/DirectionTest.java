package io.airshield.reinforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reinforcements move the outcome the way a commander expects, and the analytic screen predicts the
 * simulation's ordering. Each comparison is a paired difference under common random numbers whose
 * 95% interval must lie on the expected side of zero.
 */
class DirectionTest {
  private static final int REPS = 200;
  private final Scenario s = Fixtures.theatre();

  @Test
  void aNightRegimentWhereTheIntrusionsComeInBeatsTheSameRegimentFarAway() {
    final Pool pool = Fixtures.pool("night-pool.yaml", s);
    final List<Plan> plans = Plans.enumerate(pool, s, 10);
    assertThat(plans).hasSize(2);
    final Plan near = plans.get(0);
    final Plan far = plans.get(1);
    assertThat(near.label(pool, s)).isEqualTo("Forward field");
    final Screen screen = new Screen(s, pool);
    assertThat(screen.gain(near)).isGreaterThan(screen.gain(far));
    final Estimate d =
        Fixtures.paired(far.apply(s, pool), near.apply(s, pool), pool.objective(), REPS);
    assertThat(d.low()).as("near - far %s", d).isGreaterThan(0);
    // and near beats doing nothing
    assertThat(Fixtures.paired(s, near.apply(s, pool), pool.objective(), REPS).low())
        .isGreaterThan(0);
  }

  @Test
  void splittingTheAaDivisionBehavesAsTheScreenPredicts() {
    final Pool pool = Fixtures.pool("aa-pool.yaml", s);
    final Pool.Objective kills =
        new Pool.Objective(
            List.of(new Pool.Term("killsByAa", io.airshield.campaign.Metric.KILLS_BY_AA.slot(), 1)),
            new Pool.Indifference(1, false),
            "aircraft",
            "AA kills");
    final Plan both = new Plan(new int[][] {{2, 0}});
    final Plan split = new Plan(new int[][] {{1, 1}});
    final Plan away = new Plan(new int[][] {{0, 2}});
    assertThat(Plans.enumerate(pool, s, 10)).containsExactly(both, split, away);
    final Screen screen = new Screen(s, pool);
    final double[] base = screen.baseline();
    final int slot = io.airshield.campaign.Metric.KILLS_BY_AA.slot();
    final double sBoth = screen.expected(both)[slot] - base[slot];
    final double sSplit = screen.expected(split)[slot] - base[slot];
    final double sAway = screen.expected(away)[slot] - base[slot];
    assertThat(sBoth).isGreaterThan(sSplit);
    assertThat(sSplit).isGreaterThan(sAway);
    final Scenario b = both.apply(s, pool);
    final Scenario m = split.apply(s, pool);
    final Scenario w = away.apply(s, pool);
    final Estimate bothMinusSplit = Fixtures.paired(m, b, kills, REPS);
    final Estimate splitMinusAway = Fixtures.paired(w, m, kills, REPS);
    assertThat(bothMinusSplit.low()).as("both - split %s", bothMinusSplit).isGreaterThan(0);
    assertThat(splitMinusAway.low()).as("split - away %s", splitMinusAway).isGreaterThan(0);
    // the screen's supply ordering agrees with the simulation's where the screen sees a gap
    final Estimate supply = Fixtures.paired(w, b, pool.objective(), REPS);
    assertThat(Math.signum(screen.gain(both) - screen.gain(away)))
        .isEqualTo(Math.signum(supply.mean()));
  }
}
