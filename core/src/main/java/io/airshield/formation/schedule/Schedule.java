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
public record Schedule(
    int[] start, int[] mode, int makespan, boolean provenOptimal, int lowerBound) {
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

  /**
   * How late each activity finishes against its deadline: the per-activity report the soft
   * deadlines call for.
   *
   * @param project the project this schedule solves
   * @return max(0, finish - deadline) per activity; 0 for activities without a deadline
   */
  public int[] lateness(final Project project) {
    final int[] late = new int[start.length];
    for (int j = 0; j < start.length; j++) {
      final Activity a = project.activities().get(j);
      final int finish = start[j] + a.modes().get(mode[j]).duration();
      if (a.deadline() != Activity.NO_DEADLINE && finish > a.deadline()) {
        late[j] = finish - a.deadline();
      }
    }
    return late;
  }

  /**
   * @param project the project this schedule solves
   * @return the sum of {@link #lateness(Project)}
   */
  public long totalLateness(final Project project) {
    long sum = 0;
    for (final int l : lateness(project)) {
      sum += l;
    }
    return sum;
  }
}
