package io.airshield.reinforce;

import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reinforcement pool: the units to be stationed, where each may go, the limits on stationing,
 * what the stationing should maximise, and who asks whom (for the drafted request). Read from a
 * pool file by {@link PoolReader}; the format is documented in {@code docs/reinforce.md}.
 *
 * @param id identifier
 * @param title one-line title
 * @param scenarioId the scenario the pool is written for, or empty
 * @param units the units to place, in file order
 * @param limits the limits on stationing
 * @param objective what to maximise
 * @param request who asks whom, for the drafted request
 * @param source source tag or "estimate"
 * @param compare the named plans evaluated beside the search (file order), possibly none
 */
public record Pool(
    String id,
    String title,
    String scenarioId,
    List<PoolUnit> units,
    Limits limits,
    Objective objective,
    Request request,
    String source,
    List<Named> compare) {
  public Pool {
    units = List.copyOf(units);
    compare = List.copyOf(compare);
  }

  /**
   * @return the named plan marked as the one asked for ({@code asked: true}), if any
   */
  public java.util.Optional<Named> asked() {
    return compare.stream().filter(Named::asked).findFirst();
  }

  /**
   * A plan the user names in the pool file's {@code compare} list, to be evaluated beside the
   * search whatever the screen thinks of it: the choices a cable or a reply puts on the table ("two
   * regiments at Liaoyang and Dongfeng", "one division in the Shenyang area", nothing).
   *
   * @param id short name, e.g. {@code cable}
   * @param name display name
   * @param asked whether this is the plan the request's own cable asked for: the drafted request
   *     never recommends another plan the run cannot separate from it
   * @param plan its regiments per unit and station; units it leaves out have none
   * @param source source tag or "estimate"
   */
  public record Named(String id, String name, boolean asked, Plan plan, String source) {}

  /** What kind of unit a pool unit is. */
  public enum Kind {
    /** An anti-aircraft unit of regiments, each defending a place. */
    AA,
    /** A fighter unit of regiments, each on an airfield. */
    FIGHTER
  }

  /**
   * A unit of the pool: a number of identical regiments, stationed together or, when it may be
   * split, each at a station of its own.
   *
   * @param id identifier; the placed regiments become {@code id-1}, {@code id-2}, ...
   * @param name display name
   * @param kind AA or fighter
   * @param regiments regiments in the unit
   * @param split whether the regiments may stand at different stations
   * @param maxPerStation most of its regiments at one station
   * @param stations candidate stations (place ids), in file order
   * @param from first day in position
   * @param guns per regiment, for AA units (empty for fighters)
   * @param searchlights per regiment, for AA units
   * @param gunLayingRadar whether each AA regiment has gun-laying radar
   * @param template a fighter regiment with an empty base, for fighter units (null for AA)
   * @param source source tag or "estimate"
   * @param searched whether the search places this unit; a unit that is not searched (e.g. the
   *     counter-offer of a reply) stands only where a named plan puts it
   * @param along for an AA unit, whether its guns are spread along the rail section nearest each
   *     station (light AA along the track) rather than around the station
   */
  public record PoolUnit(
      String id,
      String name,
      Kind kind,
      int regiments,
      boolean split,
      int maxPerStation,
      List<String> stations,
      LocalDate from,
      List<AaUnit.Battery> guns,
      int searchlights,
      boolean gunLayingRadar,
      FighterUnit template,
      String source,
      boolean searched,
      boolean along) {
    public PoolUnit {
      stations = List.copyOf(stations);
      guns = List.copyOf(guns);
    }
  }

  /**
   * Limits on stationing.
   *
   * @param fighterRegimentsPerField most pool fighter regiments on one airfield
   * @param airfieldAircraft place id to the most aircraft it can base, the scenario's units
   *     included; fields not listed are unlimited
   */
  public record Limits(int fighterRegimentsPerField, Map<String, Integer> airfieldAircraft) {
    public Limits {
      airfieldAircraft = Collections.unmodifiableMap(new LinkedHashMap<>(airfieldAircraft));
    }
  }

  /**
   * The objective: a weighted sum of campaign figures, maximised (a negative weight minimises a
   * figure).
   *
   * @param terms the figures and their weights
   * @param indifference the smallest difference worth telling apart
   * @param unit the objective's unit for messages (e.g. "t/day")
   * @param name a short name of the objective for messages (e.g. "supply delivered")
   */
  public record Objective(List<Term> terms, Indifference indifference, String unit, String name) {
    public Objective {
      terms = List.copyOf(terms);
    }

    /**
     * @param outcome a replication's outcome vector (the scalar slots suffice)
     * @return the objective's value
     */
    public double value(final double[] outcome) {
      double v = 0;
      for (Term t : terms) {
        v += t.weight() * outcome[t.slot()];
      }
      return v;
    }
  }

  /**
   * One figure of the objective.
   *
   * @param metric the figure's name, one of {@code Metrics.scalarNames()}
   * @param slot its slot in the outcome vector
   * @param weight its weight
   */
  public record Term(String metric, int slot, double weight) {}

  /**
   * Who asks whom, for the drafted request. Every field is from the pool file; the program invents
   * none of them.
   *
   * @param from the sender
   * @param to the addressee
   * @param reference what the request answers or continues (a cable, an order), or empty
   */
  public record Request(String from, String to, String reference) {}

  /**
   * The indifference zone: the smallest difference in the objective worth telling apart, given
   * either in the objective's units or as a share of the objective without reinforcement (read from
   * the baseline's replications before the selection starts).
   *
   * @param value the absolute zone in objective units, or the share (0.02 for 2%)
   * @param share whether {@code value} is a share of the baseline
   */
  public record Indifference(double value, boolean share) {
    /** The default: 2% of the baseline (why: docs/reinforce.md, "The indifference zone"). */
    public static final Indifference DEFAULT = new Indifference(0.02, true);

    /**
     * @param baseline the objective's mean without reinforcement
     * @return the zone in objective units
     */
    public double resolve(final double baseline) {
      return share ? value * Math.abs(baseline) : value;
    }

    /**
     * @return e.g. "2% of the baseline" or "0.5"
     */
    public String describe() {
      return share
          ? String.format(java.util.Locale.ROOT, "%s%% of the baseline", trim(100 * value))
          : trim(value);
    }

    private static String trim(final double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? String.valueOf((long) v)
          : String.format(java.util.Locale.ROOT, "%.4g", v);
    }
  }
}
