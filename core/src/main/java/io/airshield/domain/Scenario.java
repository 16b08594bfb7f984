package io.airshield.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A whole scenario: the theatre, the defence, the enemy's campaign and the period.
 *
 * @param id identifier (the embedded name or the file's)
 * @param title one-line title
 * @param description what it represents and asks
 * @param start first day (local time)
 * @param end last day, inclusive
 * @param zone the theatre's time zone offset
 * @param bounds the theatre's bounding box {minLat, minLon, maxLat, maxLon} (degrees)
 * @param sources source tags and their full references, in file order
 * @param places places
 * @param lines rail lines
 * @param targets targets
 * @param regions weather regions
 * @param aircraftTypes aircraft types, both sides
 * @param commandPosts command posts
 * @param radars radars
 * @param fighterUnits defending fighter units
 * @param gunTypes anti-aircraft gun types
 * @param aaUnits anti-aircraft units
 * @param repair the repair force
 * @param missions the enemy's campaign
 * @param estimates the plausible ranges of its estimates
 * @param parameters the model's parameters: defaults, with the scenario's {@code constants}
 * @param question the question it asks, which names the assessment's headline
 */
public record Scenario(
    String id,
    String title,
    String description,
    LocalDate start,
    LocalDate end,
    ZoneOffset zone,
    double[] bounds,
    Map<String, String> sources,
    List<Place> places,
    List<RailLine> lines,
    List<Target> targets,
    List<WeatherRegion> regions,
    List<AircraftType> aircraftTypes,
    List<CommandPost> commandPosts,
    List<Radar> radars,
    List<FighterUnit> fighterUnits,
    List<GunType> gunTypes,
    List<AaUnit> aaUnits,
    RepairForce repair,
    List<Mission> missions,
    List<EstimateRange> estimates,
    ModelParameters parameters,
    Question question) {
  public Scenario {
    bounds = bounds.clone();
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    places = List.copyOf(places);
    lines = List.copyOf(lines);
    targets = List.copyOf(targets);
    regions = List.copyOf(regions);
    aircraftTypes = List.copyOf(aircraftTypes);
    commandPosts = List.copyOf(commandPosts);
    radars = List.copyOf(radars);
    fighterUnits = List.copyOf(fighterUnits);
    gunTypes = List.copyOf(gunTypes);
    aaUnits = List.copyOf(aaUnits);
    missions = List.copyOf(missions);
    estimates = List.copyOf(estimates);
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  /**
   * @return the number of days in the period
   */
  public int days() {
    return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
  }

  /**
   * @param lastDay the new last day
   * @return a copy ending earlier
   */
  public Scenario withEnd(final LocalDate lastDay) {
    final Copy c = new Copy(this);
    c.end = lastDay;
    return c.build();
  }

  /**
   * @param values the model's parameters
   * @return a copy with them
   */
  public Scenario withParameters(final ModelParameters values) {
    final Copy c = new Copy(this);
    c.parameters = values;
    return c.build();
  }

  /**
   * @param units the new fighter units
   * @return a copy with them
   */
  public Scenario withFighterUnits(final List<FighterUnit> units) {
    final Copy c = new Copy(this);
    c.fighterUnits = units;
    return c.build();
  }

  /**
   * @param units the new AA units
   * @return a copy with them
   */
  public Scenario withAaUnits(final List<AaUnit> units) {
    final Copy c = new Copy(this);
    c.aaUnits = units;
    return c.build();
  }

  /**
   * @param force the new repair force
   * @return a copy with it
   */
  public Scenario withRepair(final RepairForce force) {
    final Copy c = new Copy(this);
    c.repair = force;
    return c.build();
  }

  /**
   * @param newRegions the new weather regions
   * @return a copy with them
   */
  public Scenario withRegions(final List<WeatherRegion> newRegions) {
    final Copy c = new Copy(this);
    c.regions = newRegions;
    return c.build();
  }

  /**
   * @param newMissions the new missions
   * @return a copy with them
   */
  public Scenario withMissions(final List<Mission> newMissions) {
    final Copy c = new Copy(this);
    c.missions = newMissions;
    return c.build();
  }

  /**
   * @param change a change to every fighter unit
   * @return a copy with the units changed
   */
  public Scenario mapFighterUnits(final UnaryOperator<FighterUnit> change) {
    return withFighterUnits(fighterUnits.stream().map(change).toList());
  }

  /**
   * @param newRadars the new radars
   * @return a copy with them
   */
  public Scenario withRadars(final List<Radar> newRadars) {
    final Copy c = new Copy(this);
    c.radars = newRadars;
    return c.build();
  }

  /** A scenario's fields, copied to be changed by a with-method and built into a new scenario. */
  private static final class Copy {
    String id;
    String title;
    String description;
    LocalDate start;
    LocalDate end;
    ZoneOffset zone;
    double[] bounds;
    Map<String, String> sources;
    List<Place> places;
    List<RailLine> lines;
    List<Target> targets;
    List<WeatherRegion> regions;
    List<AircraftType> aircraftTypes;
    List<CommandPost> commandPosts;
    List<Radar> radars;
    List<FighterUnit> fighterUnits;
    List<GunType> gunTypes;
    List<AaUnit> aaUnits;
    RepairForce repair;
    List<Mission> missions;
    List<EstimateRange> estimates;
    ModelParameters parameters;
    Question question;

    Copy(final Scenario s) {
      id = s.id;
      title = s.title;
      description = s.description;
      start = s.start;
      end = s.end;
      zone = s.zone;
      bounds = s.bounds;
      sources = s.sources;
      places = s.places;
      lines = s.lines;
      targets = s.targets;
      regions = s.regions;
      aircraftTypes = s.aircraftTypes;
      commandPosts = s.commandPosts;
      radars = s.radars;
      fighterUnits = s.fighterUnits;
      gunTypes = s.gunTypes;
      aaUnits = s.aaUnits;
      repair = s.repair;
      missions = s.missions;
      estimates = s.estimates;
      parameters = s.parameters;
      question = s.question;
    }

    Scenario build() {
      return new Scenario(
          id,
          title,
          description,
          start,
          end,
          zone,
          bounds,
          sources,
          places,
          lines,
          targets,
          regions,
          aircraftTypes,
          commandPosts,
          radars,
          fighterUnits,
          gunTypes,
          aaUnits,
          repair,
          missions,
          estimates,
          parameters,
          question);
    }
  }
}
