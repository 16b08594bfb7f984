package io.airshield.campaign;

/**
 * For each (route, unit), the route samples that a flight ordered at a given moment can reach
 * first, as a sorted list for binary search.
 *
 * <p>A unit's latest order time for each sample of a route (relative to the raid's time over
 * target, {@link Routes#unitLatestS}) is not monotone along the route. The first reachable sample
 * for a lateness x is the first k with latest[k] &gt;= x, and it can only be one of the route's
 * records (samples whose latest time exceeds that of every earlier sample): any other sample is
 * reachable no later than the record before it. The records' latest times increase, so the first
 * reachable sample is found by a binary search over at most K + 1 records instead of a walk along
 * the route. The replication keeps each answer until the raid's lateness passes its record's latest
 * time, so a search is needed only then.
 */
final class ReachTable {
  private final int width;
  private final byte[] sample;
  private final double[] latest;
  private final byte[] count;

  /** Per (route, unit), the latest order time of its last record: beyond it, no sample. */
  private final double[] last;

  /**
   * @param latest per (route, unit) a run of {@code width} latest order times, in route order
   * @param width samples per route
   */
  ReachTable(final double[] latest, final int width) {
    this.width = width;
    final int runs = latest.length / width;
    this.sample = new byte[latest.length];
    this.latest = new double[latest.length];
    this.count = new byte[runs];
    this.last = new double[runs];
    for (int ru = 0; ru < runs; ru++) {
      final int base = ru * width;
      int n = 0;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < width; k++) {
        final double v = latest[base + k];
        if (v > best) {
          best = v;
          sample[base + n] = (byte) k;
          this.latest[base + n] = v;
          n++;
        }
      }
      count[ru] = (byte) n;
      last[ru] = best;
    }
  }

  /** Records of run ru. */
  int count(final int ru) {
    return count[ru];
  }

  /** The route sample of record r of run ru, or -1 if r is past the last record. */
  int sample(final int ru, final int r) {
    return r < count[ru] ? sample[ru * width + r] : -1;
  }

  /**
   * The lateness beyond which no sample of the route is within the unit's reach ({@code -Infinity}
   * if none ever is). Kept apart from the records, in a compact array: most first looks need only
   * this.
   */
  double last(final int ru) {
    return last[ru];
  }

  /** The latest order time of record r of run ru. */
  double latest(final int ru, final int r) {
    return latest[ru * width + r];
  }

  /**
   * The first record whose latest order time is at least {@code late}, or {@link #count} if none.
   */
  int first(final int ru, final double late) {
    final int base = ru * width;
    int lo = 0;
    int hi = count[ru];
    if (late > last[ru]) {
      // most first looks find the raid already beyond the unit's reach: the last record says so
      return hi;
    }
    while (lo < hi) {
      final int mid = (lo + hi) >>> 1;
      if (late <= latest[base + mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
