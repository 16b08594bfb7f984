package io.airshield.formation.schedule;

import java.util.List;

/**
 * An activity of a project: its modes, the activities that may start only after it finishes, its
 * release date and its deadline.
 *
 * @param name a name for messages and reports
 * @param modes the ways to carry it out (at least one)
 * @param successors indices of activities that start no earlier than this one's finish
 * @param release earliest start period
 * @param deadline latest finish period, {@link #NO_DEADLINE} when none. A scheduler treats a
 *     deadline as soft: it minimises the lateness it cannot avoid and reports it.
 */
public record Activity(
    String name, List<Mode> modes, List<Integer> successors, int release, int deadline) {
  /** Marks an activity without a deadline. */
  public static final int NO_DEADLINE = Integer.MAX_VALUE;

  public Activity {
    modes = List.copyOf(modes);
    successors = List.copyOf(successors);
    if (modes.isEmpty()) {
      throw new IllegalArgumentException("activity " + name + " has no mode");
    }
    if (release < 0) {
      throw new IllegalArgumentException("activity " + name + ": release must be >= 0");
    }
  }
}
