package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a schedule against its project independently of any scheduler: array lengths, valid
 * modes, release dates, precedences, the reported makespan, and resource usage against the
 * step-function capacity in every period. Tests and the benchmark run it on every solution, so a
 * scheduler bug shows as a violation rather than as a good-looking number.
 */
public final class ScheduleChecker {
  private ScheduleChecker() {}

  /**
   * @param project the project
   * @param schedule a schedule claimed to solve it
   * @return the violations found, in a fixed order; empty if the schedule is feasible
   */
  public static List<String> check(final Project project, final Schedule schedule) {
    final List<String> out = new ArrayList<>();
    final List<Activity> acts = project.activities();
    final int n = acts.size();
    final int[] start = schedule.start();
    final int[] mode = schedule.mode();
    if (start.length != n || mode.length != n) {
      out.add(
          "schedule has "
              + start.length
              + " starts and "
              + mode.length
              + " modes for "
              + n
              + " activities");
      return out;
    }
    final int[] finish = new int[n];
    boolean modesOk = true;
    int span = 0;
    for (int j = 0; j < n; j++) {
      final Activity a = acts.get(j);
      if (mode[j] < 0 || mode[j] >= a.modes().size()) {
        out.add("activity " + a.name() + ": invalid mode " + mode[j]);
        modesOk = false;
        continue;
      }
      if (start[j] < a.release()) {
        out.add(
            "activity "
                + a.name()
                + ": starts at "
                + start[j]
                + " before its release "
                + a.release());
      }
      finish[j] = start[j] + a.modes().get(mode[j]).duration();
      span = Math.max(span, finish[j]);
    }
    if (!modesOk) {
      return out;
    }
    for (int j = 0; j < n; j++) {
      for (final int s : acts.get(j).successors()) {
        if (s < 0 || s >= n) {
          out.add("activity " + acts.get(j).name() + ": unknown successor " + s);
        } else if (start[s] < finish[j]) {
          out.add(
              "precedence "
                  + acts.get(j).name()
                  + " -> "
                  + acts.get(s).name()
                  + ": successor starts at "
                  + start[s]
                  + " before the finish "
                  + finish[j]);
        }
      }
    }
    if (schedule.makespan() != span) {
      out.add("makespan reported " + schedule.makespan() + " but the schedule ends at " + span);
    }
    final List<Resource> res = project.resources();
    for (int r = 0; r < res.size(); r++) {
      final int[] used = new int[Math.max(span, 0) + 1];
      for (int j = 0; j < n; j++) {
        final int q = acts.get(j).modes().get(mode[j]).demandOf(r);
        for (int t = Math.max(0, start[j]); t < finish[j]; t++) {
          used[t] += q;
        }
      }
      for (int t = 0; t < span; t++) {
        final int c = res.get(r).capacityAt(t);
        if (used[t] > c) {
          out.add(
              "resource "
                  + res.get(r).name()
                  + ": period "
                  + t
                  + " uses "
                  + used[t]
                  + " of capacity "
                  + c);
        }
      }
    }
    return out;
  }
}
