package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.RepairForce;
import io.airshield.domain.Scenario;
import io.airshield.domain.WeatherRegion;
import io.airshield.montecarlo.Estimate;
import io.airshield.testdomain.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every lever moves the outcome the way a reader expects. Each test compares a variant with the
 * base theatre under common random numbers and asks that the 95% interval of the paired difference
 * lie wholly on the expected side of zero.
 */
class LeverDirectionTest {
  private static final int REPS = 300;
  private final Scenario base = TestScenarios.mini();
  private final Metrics m = new Theatre(base).metrics();

  @Test
  void moreAaAtTheBridgeKillsMoreAndKeepsItOpenLonger() {
    final List<AaUnit> aa = new ArrayList<>(base.aaUnits());
    final AaUnit first = aa.get(0);
    aa.add(first.stationedAt("aa2", "second AA regiment", first.placeId(), first.at()));
    aa.add(first.stationedAt("aa3", "third AA regiment", first.placeId(), first.at()));
    final Scenario more = base.withAaUnits(aa);
    assertPositive(Paired.difference(base, more, Metric.KILLS_BY_AA.slot(), REPS));
    assertPositive(Paired.difference(base, more, m.targetOpen(2), REPS));
    assertPositive(Paired.difference(base, more, Metric.SUPPLY_TONS.slot(), REPS));
  }

  /**
   * Issue 19: fighters around a city meet raids before they release their bombs, and the city loses
   * less of its value.
   */
  @Test
  void fightersAroundACityInterceptBeforeReleaseAndSaveItsValue() {
    final Scenario city = TestScenarios.load("city-only");
    final Metrics cm = new Theatre(city).metrics();
    final FighterUnit regiment =
        new FighterUnit(
            "regiment",
            "city regiment",
            "field",
            "f",
            "cp",
            30,
            32,
            0.8,
            0.8,
            false,
            4,
            300,
            3600,
            3,
            city.start(),
            "test");
    final Scenario defended = city.withFighterUnits(List.of(regiment));
    // a fighter unit more shifts the city slots: each side reads its own layout
    final Metrics dm = new Theatre(defended).metrics();
    assertPositive(
        Paired.difference(
            city, defended, cm.cityRaidsIntercepted(), dm.cityRaidsIntercepted(), REPS));
    assertPositive(
        Paired.difference(defended, city, dm.cityValueDestroyed(), cm.cityValueDestroyed(), REPS));
  }

  @Test
  void moreFightersDestroyMoreRaiders() {
    final Scenario more = base.mapFighterUnits(u -> u.withAircraft(u.aircraft() * 2));
    assertPositive(Paired.difference(base, more, Metric.OWN_SORTIES.slot(), REPS));
    assertPositive(Paired.difference(base, more, Metric.KILLS_BY_FIGHTERS.slot(), REPS));
  }

  @Test
  void aNightCapableUnitInterceptsAtNight() {
    final FighterUnit day = base.fighterUnits().get(0);
    final FighterUnit night =
        new FighterUnit(
            "night",
            "night regiment",
            "forward",
            "nightfighter",
            day.commandPostId(),
            20,
            22,
            0.7,
            0.7,
            true,
            2,
            300,
            5400,
            2,
            day.from(),
            "test");
    final List<FighterUnit> units = new ArrayList<>(base.fighterUnits());
    units.add(night);
    final Scenario with = base.withFighterUnits(units);
    assertPositive(Paired.difference(base, with, Metric.CONTACTS_NIGHT.slot(), REPS));
  }

  @Test
  void aStandingPatrolOverTheLineInterceptsRaidsAScrambleCannotReach() {
    final Scenario patrol = base.mapFighterUnits(u -> u.withPatrol("b", 1));
    assertPositive(Paired.difference(base, patrol, Metric.CONTACTS_DAY.slot(), REPS));
    assertPositive(Paired.difference(base, patrol, Metric.OWN_SORTIES.slot(), REPS));
  }

  @Test
  void betterWeatherLetsTheFightersInterceptMore() {
    final List<WeatherRegion> clear =
        base.regions().stream()
            .map(
                r ->
                    new WeatherRegion(
                        r.id(),
                        r.name(),
                        r.centre(),
                        r.months().stream()
                            .map(
                                c ->
                                    new WeatherRegion.MonthClimate(
                                        c.month(), 1, 0, 0, c.persistence()))
                            .toList(),
                        r.source()))
            .toList();
    final Scenario fine = base.withRegions(clear);
    final Estimate contacts = Paired.difference(base, fine, Metric.CONTACTS_DAY.slot(), REPS);
    assertPositive(contacts);
    assertNegative(Paired.difference(base, fine, Metric.RAIDS_BAD_WEATHER.slot(), REPS));
  }

  @Test
  void moreRepairTroopsDeliverMoreSupply() {
    final Scenario few = base.withRepair(new RepairForce(1, "test"));
    final Scenario many = base.withRepair(new RepairForce(12, "test"));
    assertPositive(Paired.difference(few, many, Metric.SUPPLY_TONS.slot(), REPS));
  }

  @Test
  void aHeavierEnemyEffortDeliversLessSupply() {
    final Scenario heavy =
        base.withMissions(base.missions().stream().map(x -> x.withSortieFactor(2)).toList());
    assertNegative(Paired.difference(base, heavy, Metric.SUPPLY_TONS.slot(), REPS));
  }

  @Test
  void moreLightAaAlongTheLineKillsAndSpoilsMoreAttacks() {
    final List<AaUnit> aa = new ArrayList<>(base.aaUnits());
    aa.add(
        new AaUnit(
            "along",
            "light AA along the main line",
            "b",
            aa.get(0).at(),
            List.of(new AaUnit.Battery("g37", 60)),
            0,
            false,
            aa.get(0).from(),
            "test",
            "main"));
    final Scenario more = base.withAaUnits(aa);
    assertPositive(Paired.difference(base, more, Metric.KILLS_ALONG_LINES.slot(), REPS));
    assertPositive(Paired.difference(base, more, Metric.SUPPRESSED.slot(), REPS));
    assertPositive(Paired.difference(base, more, Metric.SUPPLY_TONS.slot(), REPS));
  }

  @Test
  void aSecondUnitTakingItsTurnOnPatrolInterceptsMore() {
    final FighterUnit first = base.fighterUnits().get(0).withPatrol("b", 1);
    final FighterUnit second =
        new FighterUnit(
            "reg2",
            "second regiment",
            first.baseId(),
            first.typeId(),
            first.commandPostId(),
            first.aircraft(),
            first.pilots(),
            first.serviceability(),
            first.proficiency(),
            false,
            first.flightSize(),
            first.scrambleS(),
            first.turnaroundS(),
            first.sortiesPerPilotPerDay(),
            first.from(),
            "test");
    final Scenario alone = base.withFighterUnits(List.of(first, second));
    final Scenario rotated = base.withFighterUnits(List.of(first, second.withPatrol("b", 1)));
    assertPositive(Paired.difference(alone, rotated, Metric.CONTACTS_DAY.slot(), REPS));
  }

  @Test
  void escortsCostTheInterceptorsMoreAndAreLostThemselves() {
    final Scenario bare =
        base.withMissions(
            base.missions().stream()
                .map(x -> x.escortTypeId().isEmpty() ? x : x.withEscorts(0))
                .toList());
    assertPositive(Paired.difference(bare, base, Metric.OWN_LOST_TO_FIGHTERS.slot(), REPS));
    assertPositive(Paired.difference(bare, base, Metric.KILLS_FIGHTERS_BY_FIGHTERS.slot(), REPS));
  }

  @Test
  void aUsableForwardAirfieldInterceptsMore() {
    final Scenario forward = base.mapFighterUnits(u -> u.withForwardBase("forward"));
    assertPositive(Paired.difference(base, forward, Metric.FORWARD_SORTIES.slot(), REPS));
    assertPositive(Paired.difference(base, forward, Metric.CONTACTS_DAY.slot(), REPS));
  }

  private static void assertPositive(final Estimate d) {
    assertThat(d.low()).as("lower end of the paired difference %s", d).isGreaterThan(0);
  }

  private static void assertNegative(final Estimate d) {
    assertThat(d.high()).as("upper end of the paired difference %s", d).isLessThan(0);
  }
}
