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
 */
public record Pool(
    String id,
    String title,
    String scenarioId,
    List<PoolUnit> units,
    Limits limits,
    Objective objective,
    Request request,
    String source) {
  public Pool {
    units = List.copyOf(units);
  }

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
      String source) {
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
   * @param indifference the smallest difference worth telling apart, in objective units
   * @param unit the objective's unit for messages (e.g. "t/day")
   * @param name a short name of the objective for messages (e.g. "supply delivered")
   */
  public record Objective(List<Term> terms, double indifference, String unit, String name) {
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
}
