package io.airshield.formation.schedule;

import java.util.Arrays;

/**
 * One way of carrying out an activity: how long it takes and how much of each renewable resource it
 * holds in every period it runs.
 *
 * @param duration number of periods, at least 0
 * @param demand units of each resource held while running, indexed like {@link Project#resources()}
 */
public record Mode(int duration, int[] demand) {
  public Mode {
    if (duration < 0) {
      throw new IllegalArgumentException("duration must be >= 0, was " + duration);
    }
    demand = demand.clone();
    for (int d : demand) {
      if (d < 0) {
        throw new IllegalArgumentException("demand must be >= 0, was " + Arrays.toString(demand));
      }
    }
  }

  @Override
  public int[] demand() {
    return demand.clone();
  }

  /**
   * @param resource resource index
   * @return units of that resource held while running
   */
  public int demandOf(final int resource) {
    return demand[resource];
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Mode m && m.duration == duration && Arrays.equals(m.demand, demand);
  }

  @Override
  public int hashCode() {
    return 31 * duration + Arrays.hashCode(demand);
  }

  @Override
  public String toString() {
    return "Mode[duration=" + duration + ", demand=" + Arrays.toString(demand) + "]";
  }
}
