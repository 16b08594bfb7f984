package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.domain.AaUnit;
import io.airshield.domain.Radar;
import io.airshield.domain.Scenario;
import io.airshield.engine.Rng;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.Statistics;
import io.airshield.testdomain.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Night and bad weather (issue 16): the contact rule's closed forms, and the levers that must raise
 * interceptions at night or in cloud, each a paired difference under common random numbers whose
 * 95% interval lies above zero.
 */
class NightContactTest {
  /** The model's parameters at their defaults. */
  private static final Params DEFAULTS = new Params(io.airshield.domain.ModelParameters.defaults());

  private static final int REPS = 300;
  private final Scenario base = TestScenarios.mini();

  /**
   * A fighter placed with a circular normal error of sigma per axis comes within R of the raid with
   * probability 1 - exp(-R^2 / (2 sigma^2)) (the Rayleigh distribution): the rule against 200,000
   * sampled errors, within 4 standard errors, for search ranges below, at and above the error.
   */
  @Test
  void gciContactFollowsTheRayleighLaw() {
    final Rng rng = new Rng(7, 0, 0);
    final double sigma = 3000;
    for (double range : new double[] {500, 3000, 8000}) {
      final int n = 200_000;
      int inside = 0;
      for (int k = 0; k < n; k++) {
        final double r = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * sigma;
        if (r <= range) {
          inside++;
        }
      }
      final double p = Contact.found(range, sigma);
      assertThat((double) inside / n).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n) + 1e-9));
    }
    assertThat(Contact.found(1000, 0)).isEqualTo(1);
  }

  /**
   * Searchlights: a field of n lights, each holding the raid with p, holds it with 1 - (1 - p)^n,
   * and the contact at night is the mix of the lit and the unlit search: checked on the rule itself
   * for a night-qualified unit of the small theatre.
   */
  @Test
  void searchlightCoverageMixesLitAndUnlitSearch() {
    final Theatre th = new Theatre(base.mapFighterUnits(u -> u.withQualification(1, 1)));
    final int night = io.airshield.domain.Light.NIGHT.ordinal();
    final int clear = io.airshield.domain.Weather.CLEAR.ordinal();
    final double sigma = 3000;
    final double pilot = DEFAULTS.contactDay * (0.5 + 0.5 * th.units.proficiency[0]);
    for (int lights : new int[] {0, 4, 12, 36}) {
      final double held = 1 - Math.pow(1 - DEFAULTS.lightPickup, lights);
      final double expected =
          pilot
              * (held * Contact.found(DEFAULTS.nightSearchLitM, sigma)
                  + (1 - held) * Contact.found(DEFAULTS.nightSearchDarkM, sigma));
      assertThat(Contact.probability(th, 0, night, clear, sigma, held, 0))
          .isCloseTo(expected, within(1e-12));
    }
    // more lights, more contact; a full moon lengthens the unlit search
    assertThat(Contact.probability(th, 0, night, clear, sigma, 0.5, 0))
        .isGreaterThan(Contact.probability(th, 0, night, clear, sigma, 0.1, 0));
    assertThat(Contact.probability(th, 0, night, clear, sigma, 0, 1))
        .isGreaterThan(Contact.probability(th, 0, night, clear, sigma, 0, 0));
  }

  /**
   * A unit whose scramble is too slow for the warning it gets (as the 351st regiment's was) meets
   * night raids only from a night patrol over the line.
   */
  @Test
  void aNightPatrolInterceptsAtNight() {
    final Scenario slow =
        base.withFighterUnits(
            base.fighterUnits().stream()
                .map(
                    u ->
                        new io.airshield.domain.FighterUnit(
                                u.id(),
                                u.name(),
                                u.baseId(),
                                u.typeId(),
                                u.commandPostId(),
                                u.aircraft(),
                                u.pilots(),
                                u.serviceability(),
                                u.proficiency(),
                                true,
                                u.flightSize(),
                                3600,
                                u.turnaroundS(),
                                u.sortiesPerPilotPerDay(),
                                u.from(),
                                u.source())
                            .withQualification(1, 1))
                .toList());
    final Scenario patrol = slow.mapFighterUnits(u -> u.withNightPatrol("c", 1));
    assertPositive(Paired.difference(slow, patrol, Metric.CONTACTS_NIGHT.slot(), REPS));
  }

  @Test
  void aGciRadarRaisesNightInterceptions() {
    final Scenario trained = patrolled();
    final List<Radar> radars = trained.radars().stream().map(r -> gciSet(r, 0)).toList();
    assertPositive(
        Paired.difference(trained, trained.withRadars(radars), Metric.CONTACTS_NIGHT.slot(), REPS));
  }

  /**
   * A GCI set whose controllers direct one interception at a time leaves the others to be vectored
   * from plotted reports; with no limit every interception is ground-controlled.
   */
  @Test
  void moreGciControllersRaiseNightInterceptions() {
    final Scenario busy =
        base.mapFighterUnits(u -> u.withQualification(1, 1).withNightPatrol("c", 4))
            .withMissions(base.missions().stream().map(x -> x.withSortieFactor(8)).toList());
    final Scenario one = busy.withRadars(gci(busy, 1));
    final Scenario unlimited = busy.withRadars(gci(busy, 0));
    assertPositive(Paired.difference(one, unlimited, Metric.CONTACTS_NIGHT.slot(), REPS));
  }

  /** A copy of the radar made a GCI set: 2 km error, that many controllers (0: no limit). */
  private static Radar gciSet(final Radar r, final int controllers) {
    return new Radar(
        r.id(),
        r.name(),
        r.at(),
        r.commandPostId(),
        r.antennaHeightM(),
        r.rangeM(),
        r.scanS(),
        r.detectProbPerScan(),
        r.reportDelayS(),
        r.source(),
        2000,
        controllers);
  }

  /** The radars, the first made a GCI set (2 km error) with that many controllers. */
  private static List<Radar> gci(final Scenario s, final int controllers) {
    final List<Radar> radars = new ArrayList<>(s.radars());
    radars.set(0, gciSet(radars.get(0), controllers));
    return radars;
  }

  @Test
  void moreSearchlightsRaiseNightInterceptions() {
    final Scenario few = patrolled();
    final List<AaUnit> aa = new ArrayList<>();
    for (AaUnit a : few.aaUnits()) {
      aa.add(
          new AaUnit(
              a.id(),
              a.name(),
              a.placeId(),
              a.at(),
              a.guns(),
              a.searchlights() * 6,
              a.gunLayingRadar(),
              a.from(),
              a.source(),
              a.along()));
    }
    assertPositive(Paired.difference(few, few.withAaUnits(aa), Metric.CONTACTS_NIGHT.slot(), REPS));
  }

  @Test
  void aBrightMoonRaisesNightInterceptions() {
    final Scenario s = patrolled();
    final Estimate d =
        paired(
            s,
            th -> java.util.Arrays.fill(th.moonLight, 0),
            th -> java.util.Arrays.fill(th.moonLight, 1));
    assertPositive(d);
  }

  @Test
  void instrumentQualifiedPilotsInterceptInCloud() {
    // a type that flies in adverse weather, pilots without and with instrument qualification
    final Scenario none =
        base.mapFighterUnits(u -> u.withQualification(1, 0))
            .withFighterUnits(
                base.fighterUnits().stream()
                    .map(
                        u ->
                            new io.airshield.domain.FighterUnit(
                                    u.id(),
                                    u.name(),
                                    "forward",
                                    "nightfighter",
                                    u.commandPostId(),
                                    u.aircraft(),
                                    u.pilots(),
                                    u.serviceability(),
                                    u.proficiency(),
                                    true,
                                    u.flightSize(),
                                    u.scrambleS(),
                                    u.turnaroundS(),
                                    u.sortiesPerPilotPerDay(),
                                    u.from(),
                                    u.source())
                                .withQualification(1, 0))
                    .toList());
    final Scenario qualified = none.mapFighterUnits(u -> u.withQualification(1, 1));
    assertPositive(Paired.difference(none, qualified, Metric.CONTACTS_BAD_WEATHER.slot(), REPS));
  }

  /** The small theatre with its regiment night-qualified and on a night patrol over the bridge. */
  private Scenario patrolled() {
    return base.mapFighterUnits(u -> u.withQualification(1, 1).withNightPatrol("c", 1));
  }

  private static Estimate paired(
      final Scenario s, final Consumer<Theatre> a, final Consumer<Theatre> b) {
    final Theatre ta = new Theatre(s);
    final Theatre tb = new Theatre(s);
    a.accept(ta);
    b.accept(tb);
    final Replication ra = new Replication(ta, new GreedyAllocator());
    final Replication rb = new Replication(tb, new GreedyAllocator());
    final double[] xa = new double[ta.metrics().size()];
    final double[] xb = new double[tb.metrics().size()];
    final Statistics st = new Statistics(1, new int[0], new double[0], new double[0], new int[0][]);
    final double[] diff = new double[1];
    for (int r = 0; r < REPS; r++) {
      ra.run(42, r, xa);
      rb.run(42, r, xb);
      diff[0] = xb[Metric.CONTACTS_NIGHT.slot()] - xa[Metric.CONTACTS_NIGHT.slot()];
      st.add(diff);
    }
    return st.estimate(0);
  }

  private static void assertPositive(final Estimate d) {
    assertThat(d.low()).as("lower end of the paired difference %s", d).isGreaterThan(0);
  }
}
