package io.airshield.formation.schedule;

import java.util.Arrays;

/**
 * A renewable resource whose capacity is a step function of time: {@code capacity[k]} units are
 * available from period {@code from[k]} (inclusive) until {@code from[k+1]}, and the last step
 * lasts for ever. {@code from[0]} must be 0 and the steps strictly increasing.
 *
 * @param name a name for messages and reports
 * @param from period at which each step begins
 * @param capacity units available during each step
 */
public record Resource(String name, int[] from, int[] capacity) {
  public Resource {
    if (from.length == 0 || from.length != capacity.length || from[0] != 0) {
      throw new IllegalArgumentException(
          "resource " + name + ": steps must start at period 0 and match the capacities");
    }
    for (int k = 1; k < from.length; k++) {
      if (from[k] <= from[k - 1]) {
        throw new IllegalArgumentException("resource " + name + ": steps must increase");
      }
    }
    for (int c : capacity) {
      if (c < 0) {
        throw new IllegalArgumentException("resource " + name + ": capacity must be >= 0");
      }
    }
    from = from.clone();
    capacity = capacity.clone();
  }

  /**
   * A resource with the same capacity in every period.
   *
   * @param name name
   * @param capacity units available in every period
   * @return the resource
   */
  public static Resource constant(final String name, final int capacity) {
    return new Resource(name, new int[] {0}, new int[] {capacity});
  }

  @Override
  public int[] from() {
    return from.clone();
  }

  @Override
  public int[] capacity() {
    return capacity.clone();
  }

  /**
   * @param period a period, at least 0
   * @return units available in that period
   */
  public int capacityAt(final int period) {
    int k = Arrays.binarySearch(from, period);
    if (k < 0) {
      k = -k - 2;
    }
    return capacity[k];
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Resource r
        && r.name.equals(name)
        && Arrays.equals(r.from, from)
        && Arrays.equals(r.capacity, capacity);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(from) * 17 + Arrays.hashCode(capacity);
  }

  @Override
  public String toString() {
    return "Resource["
        + name
        + ", from="
        + Arrays.toString(from)
        + ", capacity="
        + Arrays.toString(capacity)
        + "]";
  }
}
