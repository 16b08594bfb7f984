package io.airshield.assessment;

import io.airshield.campaign.Metric;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Theatre;
import io.airshield.domain.AircraftType;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Mission;
import io.airshield.domain.Question;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.scenario.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds an {@link Assessment} from a run's statistics.
 *
 * <p>Weak points are ranked by the supply lost while each was cut: (1 - share of time open) times
 * its line's capacity; cuts that overlap on one line are counted at each point, which is what a
 * commander asks ("how much does this bridge cost us?"). The reason names the mechanisms that the
 * run shows failing at that point: attacks that met no fighter, little AA fire, and repairs waiting
 * for a crew.
 */
public final class Assessor {
  private Assessor() {}

  /**
   * @param theatre the compiled theatre
   * @param result the run
   * @param seed the master seed
   * @return the assessment
   */
  public static Assessment assess(
      final Theatre theatre, final MonteCarlo.Result result, final long seed) {
    final Scenario s = theatre.scenario();
    final Statistics st = result.statistics();
    final Metrics m = theatre.metrics();
    final int days = theatre.days();
    final List<Assessment.LineResult> lines = new ArrayList<>();
    for (int l = 0; l < s.lines().size(); l++) {
      final RailLine line = s.lines().get(l);
      lines.add(
          new Assessment.LineResult(
              line.id(),
              line.name(),
              line.capacityTonsPerDay(),
              st.estimate(m.lineTons(l)).times(1.0 / days),
              share(line.capacityTonsPerDay(), st.estimate(m.lineOpen(l)))));
    }
    final double capacity = s.lines().stream().mapToDouble(RailLine::capacityTonsPerDay).sum();
    final List<Assessment.PointResult> points = new ArrayList<>();
    final List<Assessment.WeakPoint> weak = new ArrayList<>();
    for (int t = 0; t < s.targets().size(); t++) {
      final Target tg = s.targets().get(t);
      final Estimate open = st.estimate(m.targetOpen(t));
      if (tg.kind() != Target.Kind.TRACK) {
        points.add(
            new Assessment.PointResult(
                tg.id(),
                tg.name(),
                Fields.fileName(tg.kind()),
                open,
                st.estimate(m.targetAttacks(t)),
                st.estimate(m.targetCuts(t))));
      }
      if (!tg.lineId().isEmpty()) {
        final double cap =
            s.lines().stream()
                .filter(x -> x.id().equals(tg.lineId()))
                .findFirst()
                .orElseThrow()
                .capacityTonsPerDay();
        // the trains ran in the dark hours: a closure costs the supply of the dark hours it
        // spans, less what a bypass carries meanwhile
        final Estimate darkClosed = st.estimate(m.targetClosedDark(t));
        final double carried = cap * (1 - tg.bypass());
        final Estimate lost =
            new Estimate(
                darkClosed.mean() * carried,
                darkClosed.low() * carried,
                darkClosed.high() * carried,
                darkClosed.sd() * carried,
                darkClosed.n());
        weak.add(new Assessment.WeakPoint(tg.id(), tg.name(), lost, open, reason(st, m, t, days)));
      }
    }
    weak.sort(
        Comparator.comparingDouble((Assessment.WeakPoint w) -> -w.tonsLostPerDay().mean())
            .thenComparing(Assessment.WeakPoint::targetId));
    final List<Assessment.Figure> figs = new ArrayList<>();
    figs.add(fig(st, Metric.ENEMY_SORTIES.slot(), "enemySorties", "Enemy sorties", "sorties"));
    figs.add(fig(st, Metric.RAIDS.slot(), "raids", "Raids against targets", "raids"));
    figs.add(fig(st, Metric.ATTACKS.slot(), "attacks", "Attacks delivered", "attacks"));
    figs.add(
        fig(
            st,
            Metric.RAIDS_ABORTED.slot(),
            "raidsAborted",
            "Raids broken up by fighters",
            "raids"));
    figs.add(
        fig(
            st,
            Metric.JETTISONED.slot(),
            "jettisoned",
            "Attacks spoilt by fighters: bombs jettisoned",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.SUPPRESSED.slot(),
            "suppressed",
            "Attacks spoilt by AA: released high",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.RAIDS_WEATHER_CANCELLED.slot(),
            "raidsWeatherCancelled",
            "Raids cancelled by weather",
            "raids"));
    figs.add(
        fig(
            st,
            Metric.KILLS_BY_FIGHTERS.slot(),
            "killsByFighters",
            "Enemy aircraft destroyed by fighters",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_FB_BY_FIGHTERS.slot(),
            "fighterBombersDestroyedByFighters",
            "  of them fighter-bombers",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_BOMBERS_BY_FIGHTERS.slot(),
            "bombersDestroyedByFighters",
            "  of them bombers and intruders",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_FIGHTERS_BY_FIGHTERS.slot(),
            "escortsDestroyedByFighters",
            "  of them escorts and sweeping fighters",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_BY_AA.slot(),
            "killsByAa",
            "Enemy aircraft destroyed by AA",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_BY_HEAVY_AA.slot(),
            "killsByHeavyAa",
            "Enemy destroyed by heavy AA",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_BY_LIGHT_AA.slot(),
            "killsByLightAa",
            "Enemy destroyed by light AA and small arms",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.KILLS_ALONG_LINES.slot(),
            "killsAlongLines",
            "  of them by the guns along the lines",
            "aircraft"));
    figs.add(fig(st, Metric.OWN_LOSSES.slot(), "ownLosses", "Own fighters lost", "aircraft"));
    figs.add(
        fig(
            st,
            Metric.OWN_LOST_TO_FIGHTERS.slot(),
            "ownLostToFighters",
            "Own fighters lost to enemy fighters",
            "aircraft"));
    figs.add(
        fig(
            st,
            Metric.OWN_LOST_TO_GUNNERS.slot(),
            "ownLostToGunners",
            "Own fighters lost to bombers' gunners",
            "aircraft"));
    figs.add(fig(st, Metric.OWN_SORTIES.slot(), "ownSorties", "Own fighter sorties", "sorties"));
    // the airfield network (cable-1: "the rail shipments and the airfield network")
    figs.add(
        fig(
            st,
            Metric.AIRFIELD_DAYS_USABLE.slot(),
            "airfieldDaysUsable",
            "Airfield network: days usable (all airfields)",
            "days"));
    for (int t = 0; t < s.targets().size(); t++) {
      final Target tg = s.targets().get(t);
      if (tg.kind() == Target.Kind.AIRFIELD) {
        figs.add(
            new Assessment.Figure(
                "daysUsable:" + tg.id(),
                "  days usable: " + tg.name(),
                "days",
                st.estimate(m.targetOpen(t)).times(days)));
      }
    }
    if (s.question() != Question.CITIES) {
      figs.addAll(cities(s, st, m)); // beside the supply: the cities' defence, when it has any
    }
    figs.add(
        fig(
            st,
            Metric.FORWARD_SORTIES.slot(),
            "forwardSorties",
            "Own sorties from forward airfields",
            "sorties"));
    figs.add(
        fig(
            st,
            Metric.REPLACEMENTS.slot(),
            "replacements",
            "Own aircraft replaced from the rear",
            "aircraft"));
    figs.add(
        new Assessment.Figure(
            "exchangeRatio",
            "Exchange ratio (enemy destroyed by" + " fighters per own loss)",
            "",
            st.ratio(CampaignStatistics.EXCHANGE)));
    figs.add(
        new Assessment.Figure(
            "interceptDay",
            "Raids intercepted by day",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_DAY).times(100)));
    figs.add(
        new Assessment.Figure(
            "interceptNight",
            "Raids intercepted at night",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_NIGHT).times(100)));
    figs.add(
        new Assessment.Figure(
            "interceptBadWeather",
            "Raids intercepted in bad weather",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_BAD_WEATHER).times(100)));
    figs.add(fig(st, Metric.RAIDS_DAY.slot(), "raidsDay", "Raids by day", "raids"));
    figs.add(
        fig(st, Metric.RAIDS_NIGHT.slot(), "raidsNight", "Raids at night or twilight", "raids"));
    figs.add(
        fig(
            st,
            Metric.RAIDS_BAD_WEATHER.slot(),
            "raidsBadWeather",
            "Raids in bad weather",
            "raids"));
    figs.add(fig(st, Metric.INTRUSIONS.slot(), "intrusions", "Intrusion flights", "flights"));
    figs.add(
        new Assessment.Figure(
            "interceptIntrusions",
            "Intrusions intercepted",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_INTRUSIONS).times(100)));
    figs.add(
        new Assessment.Figure(
            "enemyWentNight",
            "Enemy moved a day mission to night",
            "%",
            st.estimate(Metric.ENEMY_WENT_NIGHT.slot()).times(100)));
    // damage and repair by target kind
    figs.add(fig(st, Metric.HITS.slot(), "hits", "Hits on targets", "hits"));
    figs.add(
        fig(
            st,
            Metric.REPAIRS_DISRUPTED.slot(),
            "repairsDisrupted",
            "Repair jobs set back by night attacks on the site",
            "jobs"));
    final String[] kinds = {"track sections", "bridges", "airfields", "junctions"};
    final String[] keys = {"Track", "Bridge", "Airfield", "Junction"};
    for (int k = 0; k < kinds.length; k++) {
      figs.add(
          fig(
              st,
              Metric.CUTS_TRACK.slot() + k,
              "cuts" + keys[k],
              "Closures of " + kinds[k],
              "cuts"));
      figs.add(
          new Assessment.Figure(
              "cutHours" + keys[k],
              "Mean closure of " + kinds[k],
              "h",
              st.ratio(CampaignStatistics.CUT_HOURS_TRACK + k)));
    }
    final List<Assessment.UnitResult> units = new ArrayList<>();
    for (int u = 0; u < s.fighterUnits().size(); u++) {
      final FighterUnit f = s.fighterUnits().get(u);
      units.add(
          new Assessment.UnitResult(
              f.id(),
              f.name(),
              st.estimate(m.unitSorties(u)),
              st.estimate(m.unitKills(u)),
              st.estimate(m.unitLosses(u))));
    }
    final List<Assessment.DayResult> daily = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      daily.add(
          new Assessment.DayResult(
              s.start().plusDays(d).toString(),
              st.estimate(m.daySupply(d)).mean(),
              st.quantile(m.daySupply(d), 0.1),
              st.quantile(m.daySupply(d), 0.5),
              st.quantile(m.daySupply(d), 0.9),
              st.estimate(m.dayLinesOpen(d)).mean(),
              st.quantile(m.dayLinesOpen(d), 0.1),
              st.quantile(m.dayLinesOpen(d), 0.9)));
    }
    return new Assessment(
        s.id(),
        s.title(),
        s.start() + " to " + s.end(),
        days,
        seed,
        result.replications(),
        result.precisionReached(),
        st.estimate(Metric.SUPPLY_TONS_PER_DAY.slot()),
        share(capacity, st.estimate(Metric.SUPPLY_SHARE.slot())),
        lines,
        points,
        figs,
        units,
        weak.subList(0, Math.min(3, weak.size())),
        daily,
        Fields.fileName(s.question()),
        headline(s, st, m),
        losses(s, st, m),
        dailyLines(s, st, m, days));
  }

  /** The tons delivered per line per day, line by line (Replication's per-line daily series). */
  private static List<Assessment.LineDayResult> dailyLines(
      final Scenario s, final Statistics st, final Metrics m, final int days) {
    final List<Assessment.LineDayResult> out = new ArrayList<>();
    for (int l = 0; l < s.lines().size(); l++) {
      final RailLine line = s.lines().get(l);
      for (int d = 0; d < days; d++) {
        out.add(
            new Assessment.LineDayResult(
                line.id(),
                line.name(),
                d,
                s.start().plusDays(d).toString(),
                st.estimate(m.lineDayTons(l, d))));
      }
    }
    return out;
  }

  private static List<Assessment.MissionLosses> losses(
      final Scenario s, final Statistics st, final Metrics m) {
    final List<Assessment.MissionLosses> out = new ArrayList<>();
    for (int k = 0; k < s.missions().size(); k++) {
      final Mission mi = s.missions().get(k);
      final String type =
          s.aircraftTypes().stream()
              .filter(t -> t.id().equals(mi.typeId()))
              .map(AircraftType::name)
              .findFirst()
              .orElse(mi.typeId());
      out.add(
          new Assessment.MissionLosses(
              mi.id(),
              mi.name(),
              type,
              st.estimate(m.missionKillsByFighters(k)),
              st.estimate(m.missionKillsByHeavyAa(k)),
              st.estimate(m.missionKillsByLightAa(k)),
              st.estimate(m.missionEscortsLost(k))));
    }
    return out;
  }

  /**
   * The figures that answer the scenario's question, when it is not the supply: for intrusions
   * (cable 2), the share intercepted, at night and in bad weather, and the share that reached their
   * targets.
   */
  private static List<Assessment.Figure> headline(
      final Scenario s, final Statistics st, final Metrics m) {
    if (s.question() == Question.CITIES) {
      return cities(s, st, m);
    }
    if (s.question() != Question.INTRUSIONS) {
      return List.of();
    }
    return List.of(
        new Assessment.Figure(
            "interceptIntrusions",
            "Intrusions intercepted",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_INTRUSIONS).times(100)),
        new Assessment.Figure(
            "interceptIntrusionsNight",
            "  at night",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_INTRUSIONS_NIGHT).times(100)),
        new Assessment.Figure(
            "interceptIntrusionsBadWeather",
            "  in bad weather",
            "%",
            st.ratio(CampaignStatistics.INTERCEPT_INTRUSIONS_BAD).times(100)),
        new Assessment.Figure(
            "intrusionsReached",
            "Intrusions that reached their target",
            "%",
            st.ratio(CampaignStatistics.INTRUSIONS_REACHED).times(100)),
        fig(st, Metric.INTRUSIONS.slot(), "intrusions", "Intrusion flights", "flights"));
  }

  /**
   * The cities' defence (issue 19): the share of their total value destroyed, each city's, and the
   * raids against them intercepted before release. Empty when the scenario has no city.
   */
  static List<Assessment.Figure> cities(final Scenario s, final Statistics st, final Metrics m) {
    if (m.cities() == 0) {
      return List.of();
    }
    final List<Assessment.Figure> out = new ArrayList<>();
    out.add(
        new Assessment.Figure(
            "cityValueDestroyed",
            "Cities' value destroyed (weighed by value)",
            "%",
            st.estimate(m.cityValueDestroyed()).times(100)));
    int c = 0;
    for (Target tg : s.targets()) {
      if (tg.kind() == Target.Kind.CITY) {
        out.add(
            new Assessment.Figure(
                "cityDestroyed:" + tg.id(),
                "  " + tg.name(),
                "%",
                st.estimate(m.cityDestroyed(c++)).times(100)));
      }
    }
    out.add(
        new Assessment.Figure(
            "cityRaidsIntercepted",
            "Raids on cities intercepted before release",
            "%",
            st.ratio(CampaignStatistics.CITY_RAIDS_INTERCEPTED).times(100)));
    out.add(fig(st, m.cityRaids(), "cityRaids", "Raids against cities", "raids"));
    out.add(fig(st, m.cityHits(), "cityHits", "Attackers that hit a city", "aircraft"));
    return out;
  }

  private static Assessment.Figure fig(
      final Statistics st,
      final int slot,
      final String key,
      final String label,
      final String unit) {
    return new Assessment.Figure(key, label, unit, st.estimate(slot));
  }

  private static String reason(final Statistics st, final Metrics m, final int t, final int days) {
    final double attacks = st.estimate(m.targetAttacks(t)).mean();
    final double unopposed = st.estimate(m.targetUnopposed(t)).mean();
    final double aa = st.estimate(m.targetAaKills(t)).mean();
    final double waitH = st.estimate(m.targetRepairWaitH(t)).mean();
    final double cuts = st.estimate(m.targetCuts(t)).mean();
    final double closedH = (1 - st.estimate(m.targetOpen(t)).mean()) * days * 24;
    final List<String> why = new ArrayList<>();
    if (attacks > 0) {
      why.add(
          String.format(
              java.util.Locale.ROOT,
              "%.0f attacks, %.0f%% met no fighter",
              attacks,
              100 * unopposed / attacks));
      why.add(
          aa / attacks < 0.05
              ? String.format(
                  java.util.Locale.ROOT,
                  "almost no AA fire (%.2f aircraft destroyed per attack)",
                  aa / attacks)
              : String.format(
                  java.util.Locale.ROOT, "AA destroyed %.2f aircraft per attack", aa / attacks));
    }
    if (cuts > 0) {
      why.add(String.format(java.util.Locale.ROOT, "cut %.1f times, closed %.0f h", cuts, closedH));
    }
    if (closedH > 0 && waitH > 0.2 * closedH) {
      why.add(
          String.format(
              java.util.Locale.ROOT,
              "repairs waited %.0f h for a crew (%.0f%% of its closed time)",
              waitH,
              100 * waitH / closedH));
    }
    return why.isEmpty() ? "never attacked" : String.join("; ", why);
  }

  /**
   * A share of capacity, or no value (NaN, printed n/a) when there is no capacity to share: a line
   * of zero capacity delivers nothing and was reported as 100% of its capacity (issue 18).
   */
  private static Estimate share(final double capacity, final Estimate share) {
    return capacity > 0
        ? share
        : new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, share.n());
  }
}
