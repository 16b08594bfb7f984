package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explore study on a small theatre defended by AA alone: the factor known to dominate the AA
 * kills (rounds per kill, swept over a factor of four) comes out on top; the results are the same
 * bits on one and two threads; factor files and settings that cannot be run are refused with
 * located messages.
 */
class ExploreStudyTest {
  private static ExploreStudy.Input aaOnly;

  @BeforeAll
  static void load() throws IOException {
    final String small;
    try (InputStream in =
        ExploreStudyTest.class.getResourceAsStream("/io/airshield/scenario/small.yaml")) {
      small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // no fighters: the AA alone kills; the bombers come down into the guns' reach, every day
    final String text =
        (small.substring(0, small.indexOf("fighterUnits:"))
                + small.substring(small.indexOf("gunTypes:")))
            .replace("cruiseAltitudeM: 7000", "cruiseAltitudeM: 2000")
            .replace("attackAltitudeM: 7000", "attackAltitudeM: 2000")
            .replace("sortiesPerDay: 9", "sortiesPerDay: 36")
            .replace("to: 1951-11-05", "to: 1951-11-10");
    final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    aaOnly =
        new ExploreStudy.Input("aa-only.yaml", bytes, ScenarioReader.read("aa-only.yaml", bytes));
  }

  /** Rounds per kill (a scenario field), AA duty, and three parameters of the fighters. */
  private static List<Factor> factors() {
    final Scenario s = aaOnly.scenario();
    final List<Factor> f = new ArrayList<>();
    f.add(Factor.all(s).get(0));
    for (ModelParameter p :
        List.of(
            ModelParameter.CONTACT_DAY,
            ModelParameter.AA_FIRE_DUTY,
            ModelParameter.KILL_PER_FIRING_PASS,
            ModelParameter.REPLACEMENT)) {
      f.add(Factor.of(p, s));
    }
    return f;
  }

  private static ExploreSettings settings(final int threads) {
    return ExploreSettings.defaults()
        .withSizes(8, 4, 0, 16)
        .withRun(20, 1951, threads, Long.MAX_VALUE)
        .withMeasures(List.of("killsByAa", "supplyTonsPerDay"), 0, 0);
  }

  @Test
  void roundsPerKillDominatesTheKillsOfAnAaOnlyTheatre() {
    final List<Factor> fs = factors();
    assertThat(fs.get(0).key()).isEqualTo("gunTypes.gun37.roundsPerKill");
    final ExploreResult r =
        ExploreStudy.run(aaOnly, fs, settings(2), null, WtaAllocator::new, null);
    assertThat(r.design().count()).isEqualTo(8 * 6);
    final int[] rank = r.ranking(0);
    assertThat(fs.get(rank[0]).key()).isEqualTo("gunTypes.gun37.roundsPerKill");
    assertThat(fs.get(rank[1]).key()).isEqualTo("aaFireDuty");
    // more rounds per kill, fewer kills; a busier gun, more
    assertThat(r.morris()[0][0].mu()).isNegative();
    assertThat(r.morris()[0][2].mu()).isPositive();
    // without fighters, their parameters change nothing at all (common random numbers)
    assertThat(r.morris()[0][1].muStar()).isZero();
    assertThat(r.morris()[0][3].muStar()).isZero();
  }

  @Test
  void theSameBitsOnOneAndTwoThreads() {
    final ExploreSettings s = settings(1).withDesign(Design.Kind.NOLH);
    final ExploreResult one = ExploreStudy.run(aaOnly, factors(), s, null, WtaAllocator::new, null);
    final ExploreResult two =
        ExploreStudy.run(
            aaOnly,
            factors(),
            s.withRun(20, 1951, 2, Long.MAX_VALUE),
            null,
            WtaAllocator::new,
            null);
    assertThat(two.outcomes()).isDeepEqualTo(one.outcomes());
    assertThat(two.mean()).isDeepEqualTo(one.mean());
    assertThat(two.main()).isDeepEqualTo(one.main());
    final ExploreSettings sobol = settings(1).withDesign(Design.Kind.SOBOL).withSizes(8, 4, 0, 8);
    final ExploreResult s1 =
        ExploreStudy.run(aaOnly, factors(), sobol, null, WtaAllocator::new, null);
    final ExploreResult s2 =
        ExploreStudy.run(
            aaOnly,
            factors(),
            sobol.withRun(20, 1951, 2, Long.MAX_VALUE),
            null,
            WtaAllocator::new,
            null);
    assertThat(s2.sobol()).isDeepEqualTo(s1.sobol());
  }

  @Test
  void aBudgetTooSmallIsRefusedBeforeTheRun() {
    final ExploreSettings s = settings(1).withRun(20, 1951, 1, 100);
    assertThatThrownBy(() -> ExploreStudy.run(aaOnly, factors(), s, null, WtaAllocator::new, null))
        .isInstanceOf(StudyException.class)
        .hasMessageContaining("needs 960 simulations (48 points x 20 replications)")
        .hasMessageContaining("budget of 100");
  }

  @Test
  void anUnknownMeasureIsRefusedWithTheNearest() {
    final ExploreSettings s = settings(1).withMeasures(List.of("killsByAA"), 0, 0);
    assertThatThrownBy(() -> ExploreStudy.run(aaOnly, factors(), s, null, WtaAllocator::new, null))
        .isInstanceOf(StudyException.class)
        .hasMessageContaining("unknown measure \"killsByAA\"")
        .hasMessageContaining("Maybe killsByAa?");
  }

  @Test
  void aFactorFileChoosesFactorsRangesAndDesign() {
    final FactorFile.Spec spec =
        read(
            "design: nolh\nreplications: 5\nfactors:\n"
                + "  - {name: aaFireDuty, low: 0.4, high: 0.6}\n"
                + "  - {name: gunTypes.gun37.roundsPerKill}\n"
                + "  - {name: flightsPerDecision, low: 2, high: 4}\n");
    assertThat(spec.settings().design()).isEqualTo(Design.Kind.NOLH);
    assertThat(spec.settings().replications()).isEqualTo(5);
    assertThat(spec.factors())
        .extracting(Factor::key)
        .containsExactly("aaFireDuty", "gunTypes.gun37.roundsPerKill", "flightsPerDecision");
    assertThat(spec.factors().get(0).low()).isEqualTo(0.4);
    assertThat(spec.factors().get(1).high()).isEqualTo(2000);
    assertThat(spec.factors().get(2).integer()).isTrue();
  }

  @Test
  void anUnknownFactorIsLocatedWithTheNearestName() {
    final InputProblem p = problem("factors:\n  - {name: aaFireDutty}\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("factors[0].name");
    assertThat(p.message()).contains("unknown factor \"aaFireDutty\"");
    assertThat(p.hint()).contains("Maybe aaFireDuty?");
  }

  @Test
  void anInvertedRangeIsLocated() {
    final InputProblem p = problem("factors:\n  - {name: aaFireDuty, low: 0.6, high: 0.4}\n");
    assertThat(p.field()).isEqualTo("factors[0].high");
    assertThat(p.message()).contains("inverted");
  }

  @Test
  void aRangeOutsideTheLegalValuesIsLocated() {
    final InputProblem p = problem("factors:\n  - {name: lightPickup, low: 0.1, high: 1.5}\n");
    assertThat(p.field()).isEqualTo("factors[0].high");
    assertThat(p.message()).contains("leaves the legal values of lightPickup, 0 to 1");
    final InputProblem q =
        problem("factors:\n  - {name: gunTypes.gun37.roundsPerKill, low: -5, high: 900}\n");
    assertThat(q.field()).isEqualTo("factors[0].low");
    assertThat(q.message()).contains("not legal for gunTypes.gun37.roundsPerKill");
  }

  @Test
  void aBudgetTooSmallForTheDesignIsLocated() {
    final InputProblem p =
        problem("design: morris\ntrajectories: 10\nbudget: 50\nfactors:\n  - {name: aaFireDuty}\n");
    assertThat(p.field()).isEqualTo("budget");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("needs 400 simulations");
  }

  private static FactorFile.Spec read(final String text) {
    return FactorFile.read(
        "f.yaml", text.getBytes(StandardCharsets.UTF_8), aaOnly, ExploreSettings.defaults(), 0);
  }

  private static InputProblem problem(final String text) {
    try {
      read(text);
    } catch (InputException e) {
      return e.problems().get(0);
    }
    throw new AssertionError("accepted: " + text);
  }
}
