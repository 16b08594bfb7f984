package io.airshield.reinforce;

import io.airshield.campaign.Geodesy;
import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One stationing plan: how many regiments of each pool unit stand at each of its candidate
 * stations. Immutable; equal plans have equal {@link #key()}s.
 */
public final class Plan {
  /** The label of a plan that places nothing (a named "none"). */
  public static final String NOTHING = "no reinforcement";

  private final int[][] counts;
  private final String key;

  /**
   * @param counts regiments per pool unit (outer, pool order) and station (inner, file order)
   */
  public Plan(final int[][] counts) {
    this.counts = new int[counts.length][];
    final StringBuilder sb = new StringBuilder();
    for (int u = 0; u < counts.length; u++) {
      this.counts[u] = counts[u].clone();
      if (u > 0) {
        sb.append('|');
      }
      for (int s = 0; s < counts[u].length; s++) {
        if (s > 0) {
          sb.append(',');
        }
        sb.append(counts[u][s]);
      }
    }
    key = sb.toString();
  }

  /**
   * The plan a {@link #key()} stands for. A {@link Reinforcement} keeps its plans by key (it is
   * what the JSON carries); this gives the plan back, so that a report can draw the scenario the
   * best plan makes ({@link #apply}) rather than re-deriving it from labels.
   *
   * @param key a canonical key, e.g. {@code 2,1,0|0,1}
   * @param pool the pool the key was made for: the key must have one group per pool unit and one
   *     count per candidate station
   * @return the plan
   * @throws IllegalArgumentException if the key does not fit the pool
   */
  public static Plan of(final String key, final Pool pool) {
    final String[] units = key.split("\\|", -1);
    if (units.length != pool.units().size()) {
      throw new IllegalArgumentException(
          "plan "
              + key
              + " has "
              + units.length
              + " unit groups; the pool has "
              + pool.units().size()
              + " units");
    }
    final int[][] c = new int[units.length][];
    for (int u = 0; u < units.length; u++) {
      final String[] s = units[u].split(",", -1);
      if (s.length != pool.units().get(u).stations().size()) {
        throw new IllegalArgumentException(
            "plan "
                + key
                + " gives "
                + s.length
                + " stations to unit "
                + pool.units().get(u).id()
                + ", which has "
                + pool.units().get(u).stations().size());
      }
      c[u] = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        try {
          c[u][i] = Integer.parseInt(s[i]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("plan " + key + " is not a list of counts", e);
        }
        if (c[u][i] < 0) {
          throw new IllegalArgumentException("plan " + key + " has a negative count");
        }
      }
    }
    return new Plan(c);
  }

  /**
   * @param unit pool unit index
   * @param station station index within the unit's candidates
   * @return regiments of that unit at that station
   */
  public int count(final int unit, final int station) {
    return counts[unit][station];
  }

  /**
   * @return a copy of the counts
   */
  public int[][] counts() {
    final int[][] c = new int[counts.length][];
    for (int u = 0; u < counts.length; u++) {
      c[u] = counts[u].clone();
    }
    return c;
  }

  /**
   * @return a canonical text of the counts, e.g. {@code 2,1,0|0,1}
   */
  public String key() {
    return key;
  }

  /**
   * A regiment group of the plan: so many regiments of a pool unit at a station.
   *
   * @param unitId pool unit id
   * @param unitName pool unit name
   * @param placeId station
   * @param placeName the station's name
   * @param regiments regiments there
   */
  public record Station(
      String unitId, String unitName, String placeId, String placeName, int regiments) {}

  /**
   * @param pool the pool
   * @param scenario the scenario (for place names)
   * @return the plan's stations, in pool and file order
   */
  public List<Station> stations(final Pool pool, final Scenario scenario) {
    final Map<String, Place> places =
        scenario.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    final List<Station> out = new ArrayList<>();
    for (int u = 0; u < counts.length; u++) {
      final Pool.PoolUnit pu = pool.units().get(u);
      for (int s = 0; s < counts[u].length; s++) {
        if (counts[u][s] > 0) {
          final String pid = pu.stations().get(s);
          out.add(new Station(pu.id(), pu.name(), pid, places.get(pid).name(), counts[u][s]));
        }
      }
    }
    return out;
  }

  /**
   * @param pool the pool
   * @param scenario the scenario
   * @return a short label, e.g. {@code Anju x2, Sinanju}; units separated by "; "; {@link #NOTHING}
   *     for a plan that places nothing
   */
  public String label(final Pool pool, final Scenario scenario) {
    final StringBuilder sb = new StringBuilder();
    String unit = null;
    for (Station st : stations(pool, scenario)) {
      if (unit != null) {
        sb.append(st.unitId().equals(unit) ? ", " : "; ");
      }
      unit = st.unitId();
      sb.append(st.placeName());
      if (st.regiments() > 1) {
        sb.append(" x").append(st.regiments());
      }
    }
    return sb.length() == 0 ? NOTHING : sb.toString();
  }

  /**
   * The scenario with the plan's regiments added: AA regiments as {@link AaUnit}s at their station
   * with the pool's guns, searchlights and radar; fighter regiments as copies of the pool's
   * template based at their airfield. Regiment {@code k} of pool unit {@code U} gets the id {@code
   * U-k}.
   *
   * @param scenario the scenario
   * @param pool the pool
   * @return the reinforced scenario
   */
  public Scenario apply(final Scenario scenario, final Pool pool) {
    final Map<String, Place> places =
        scenario.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    final List<AaUnit> aa = new ArrayList<>(scenario.aaUnits());
    final List<FighterUnit> fighters = new ArrayList<>(scenario.fighterUnits());
    for (int u = 0; u < counts.length; u++) {
      final Pool.PoolUnit pu = pool.units().get(u);
      int k = 0;
      for (int s = 0; s < counts[u].length; s++) {
        final Place pl = places.get(pu.stations().get(s));
        for (int j = 0; j < counts[u][s]; j++) {
          k++;
          final String id = pu.id() + "-" + k;
          final String name = pu.name() + ", regiment " + k + " at " + pl.name();
          if (pu.kind() == Pool.Kind.AA) {
            aa.add(
                new AaUnit(
                    id,
                    name,
                    pl.id(),
                    pl.at(),
                    pu.guns(),
                    pu.searchlights(),
                    pu.gunLayingRadar(),
                    pu.from(),
                    pu.source(),
                    pu.along() ? nearestSection(scenario, pl) : ""));
          } else {
            fighters.add(pu.template().stationedAt(id, name, pl.id()));
          }
        }
      }
    }
    return scenario.withAaUnits(aa).withFighterUnits(fighters);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Plan p && p.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }

  /**
   * The target on a rail line nearest a station: the section that light AA stationed there is
   * spread along.
   */
  static String nearestSection(final Scenario scenario, final Place station) {
    String best = "";
    double bestM = Double.MAX_VALUE;
    for (Target t : scenario.targets()) {
      if (t.lineId().isEmpty()) {
        continue;
      }
      final double d =
          Geodesy.haversineM(
              station.at().latDeg(), station.at().lonDeg(), t.at().latDeg(), t.at().lonDeg());
      if (d < bestM) {
        bestM = d;
        best = t.id();
      }
    }
    return best;
  }
}
