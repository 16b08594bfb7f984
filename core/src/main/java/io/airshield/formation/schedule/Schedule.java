package io.airshield.formation.schedule;

/**
 * A solution: the start period and mode chosen for every activity.
 *
 * @param start start period of each activity
 * @param mode index of the mode chosen for each activity
 * @param makespan the latest finish
 * @param provenOptimal whether the scheduler proved no shorter makespan exists
 * @param lowerBound the best lower bound on the makespan the scheduler knows
 */
public record Schedule(int[] start, int[] mode, int makespan, boolean provenOptimal,
    int lowerBound) {
  public Schedule {
    start = start.clone();
    mode = mode.clone();
  }

  @Override
  public int[] start() {
    return start.clone();
  }

  @Override
  public int[] mode() {
    return mode.clone();
  }
}
