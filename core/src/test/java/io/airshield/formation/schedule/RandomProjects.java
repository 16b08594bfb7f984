package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random projects for tests: precedences from lower to higher index only. */
final class RandomProjects {
  private RandomProjects() {}

  static Project generate(
      final long seed,
      final int n,
      final int resources,
      final int maxModes,
      final boolean varyingCapacity,
      final boolean releases,
      final boolean deadlines) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final List<Resource> res = new ArrayList<>();
    final int[] finalCap = new int[resources];
    for (int r = 0; r < resources; r++) {
      finalCap[r] = 3 + rnd.nextInt(5);
      if (varyingCapacity) {
        final int steps = 1 + rnd.nextInt(3);
        final int[] from = new int[steps + 1];
        final int[] cap = new int[steps + 1];
        for (int k = 1; k <= steps; k++) {
          from[k] = from[k - 1] + 1 + rnd.nextInt(5);
        }
        for (int k = 0; k < steps; k++) {
          cap[k] = rnd.nextInt(finalCap[r] + 3);
        }
        cap[steps] = finalCap[r];
        res.add(new Resource("R" + r, from, cap));
      } else {
        res.add(Resource.constant("R" + r, finalCap[r]));
      }
    }
    final List<Activity> acts = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      final int modes = 1 + rnd.nextInt(maxModes);
      final List<Mode> ms = new ArrayList<>();
      for (int m = 0; m < modes; m++) {
        final int[] q = new int[resources];
        for (int r = 0; r < resources; r++) {
          q[r] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(finalCap[r]);
        }
        ms.add(new Mode(1 + rnd.nextInt(4), q));
      }
      final List<Integer> succ = new ArrayList<>();
      for (int s = j + 1; s < n; s++) {
        if (rnd.nextInt(n) < 2) {
          succ.add(s);
        }
      }
      final int release = releases && rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0;
      final int deadline =
          deadlines && rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(10) : Activity.NO_DEADLINE;
      acts.add(new Activity("a" + j, ms, succ, release, deadline));
    }
    return new Project("random-" + seed, acts, res);
  }
}
