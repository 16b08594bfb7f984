package io.airshield.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the enemy's air campaign: what flies, how often, when, from where, against what.
 *
 * @param id identifier
 * @param name display name
 * @param kind the kind of mission
 * @param typeId the attacking aircraft type (or the sweeping fighters')
 * @param escortTypeId the escort type, or empty
 * @param sortiesPerDay mean attacking sorties a day when the weather allows
 * @param packageSize attackers in one raid
 * @param escortsPerPackage escorts with each raid
 * @param light when it flies
 * @param worstWeather the worst weather over the target it flies in
 * @param cruiseAltitudeM altitude on the way in (m)
 * @param attackAltitudeM altitude of the attack run (m)
 * @param attackS time over the target (s)
 * @param hitProb probability that one attacker's bombs hit its aim point in daylight and clear
 *     weather
 * @param entries place ids of the entry points, chosen at random
 * @param targets the targets with their weights
 * @param from first day of the mission
 * @param to last day of the mission
 * @param adaptation how the enemy changes this mission after losses, or null
 * @param source source tag or "estimate"
 * @param bestWeather the best weather it flies in: an intruder that relies on cloud cover flies
 *     only when the weather over its target is at least this bad (clear: any weather)
 */
public record Mission(
    String id,
    String name,
    Kind kind,
    String typeId,
    String escortTypeId,
    double sortiesPerDay,
    int packageSize,
    int escortsPerPackage,
    LightWindow light,
    Weather worstWeather,
    double cruiseAltitudeM,
    double attackAltitudeM,
    double attackS,
    double hitProb,
    List<String> entries,
    List<Aim> targets,
    LocalDate from,
    LocalDate to,
    Adaptation adaptation,
    String source,
    Weather bestWeather) {
  public Mission {
    entries = List.copyOf(entries);
    targets = List.copyOf(targets);
  }

  /** The kinds of mission the raid generator knows. */
  public enum Kind {
    /** Fighter-bombers cutting track, with escorts. */
    RAIL_INTERDICTION,
    /** Medium or heavy bombers against bridges and airfields. */
    BOMBER_RAID,
    /** Light bombers at night against trains, track and bridges. */
    NIGHT_INTRUDER,
    /** Fighters sweeping the area: they bomb nothing but fight any interceptor nearby. */
    FIGHTER_SWEEP,
    /** Reconnaissance or agent-dropping flights: no damage, but an intrusion to stop. */
    INTRUSION
  }

  /** When a mission flies. */
  public enum LightWindow {
    /** From an hour after sunrise to an hour before sunset. */
    DAY,
    /** From the end of evening twilight to the start of morning twilight. */
    NIGHT,
    /** At any hour. */
    ANY
  }

  /**
   * A target of a mission and its weight in the choice of targets.
   *
   * @param targetId target
   * @param weight relative weight
   */
  public record Aim(String targetId, double weight) {}

  /**
   * The enemy's reaction to losses: after a week in which the mission lost more than the threshold
   * of its sorties by day, it flies at night, with a lower hit probability.
   *
   * @param lossThreshold share of sorties lost over {@code windowDays} that triggers it
   * @param windowDays days over which losses are counted
   * @param nightHitFactor factor on hit probability once at night
   */
  public record Adaptation(double lossThreshold, int windowDays, double nightHitFactor) {}

  /**
   * @param factor factor on the daily sorties
   * @return a copy flying that much more or less
   */
  public Mission withSortieFactor(final double factor) {
    return with(sortiesPerDay * factor, escortsPerPackage);
  }

  /**
   * @param escorts escorts per package
   * @return a copy with that many escorts (of its escort type) per package
   */
  public Mission withEscorts(final int escorts) {
    return with(sortiesPerDay, escorts);
  }

  private Mission with(final double sorties, final int escorts) {
    return new Mission(
        id,
        name,
        kind,
        typeId,
        escortTypeId,
        sorties,
        packageSize,
        escorts,
        light,
        worstWeather,
        cruiseAltitudeM,
        attackAltitudeM,
        attackS,
        hitProb,
        entries,
        targets,
        from,
        to,
        adaptation,
        source,
        bestWeather);
  }
}
