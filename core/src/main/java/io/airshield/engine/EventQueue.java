package io.airshield.engine;

import java.util.Arrays;

/**
 * A priority queue of events for one replication, with no allocation per event.
 *
 * <p>Order: earliest time first; at equal times, lower priority number first; at equal time and
 * priority, first scheduled first (FIFO). The three are packed into one {@code long} key, time in
 * the upper 31 bits, priority in the next 4, and an insertion counter in the low 28, so that a
 * comparison is one integer comparison and the order is total and deterministic (unlike a binary
 * heap's tie order, which MASON's {@code Schedule} javadoc warns is not stable).
 *
 * <p>The heap is 4-ary, stored in two parallel primitive arrays (the keys, and the event's kind and
 * argument packed in one {@code long}): a wider node halves the depth and keeps siblings on one
 * cache line (LaMarca and Ladner, "The influence of caches on the performance of heaps", JEA 1
 * (1996)).
 *
 * <p>Limits: times from 0 to 2^31-1 s (68 years), priorities 0-15, and 2^28 events scheduled
 * between two {@link #clear()}s; beyond them the queue throws rather than misorder.
 */
public final class EventQueue {
  /** Largest time accepted (s). */
  public static final long MAX_TIME = (1L << 31) - 1;

  private static final int SEQ_BITS = 28;
  private static final int PRIO_BITS = 4;
  private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

  private long[] keys;
  private long[] payloads;
  private int size;
  private long seq;

  /**
   * @param capacity initial capacity; the queue grows as needed
   */
  public EventQueue(final int capacity) {
    keys = new long[Math.max(4, capacity)];
    payloads = new long[keys.length];
  }

  /** Empties the queue and restarts the insertion counter; keeps the arrays. */
  public void clear() {
    size = 0;
    seq = 0;
  }

  /**
   * @return number of pending events
   */
  public int size() {
    return size;
  }

  /**
   * @return events scheduled since the last {@link #clear()} (the insertion counter)
   */
  public long scheduled() {
    return seq;
  }

  /**
   * @return whether no event is pending
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Schedules an event.
   *
   * @param time when (s from the epoch)
   * @param priority 0-15, lower first at equal times
   * @param kind the event's kind, for the model's dispatch
   * @param arg the event's argument (an index into the model's arrays)
   */
  public void push(final long time, final int priority, final int kind, final int arg) {
    if (time < 0
        || time > MAX_TIME
        || priority < 0
        || priority >= 1 << PRIO_BITS
        || seq > SEQ_MASK) {
      throw new IllegalArgumentException(
          "event out of the queue's range: time "
              + time
              + ", priority "
              + priority
              + ", events "
              + seq);
    }
    final long key = time << (SEQ_BITS + PRIO_BITS) | (long) priority << SEQ_BITS | seq++;
    if (size == keys.length) {
      final int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      payloads = Arrays.copyOf(payloads, n);
    }
    final long payload = (long) kind << 32 | (arg & 0xffffffffL);
    int i = size++;
    while (i > 0) {
      final int parent = (i - 1) >>> 2;
      final long pk = keys[parent];
      if (pk <= key) {
        break;
      }
      keys[i] = pk;
      payloads[i] = payloads[parent];
      i = parent;
    }
    keys[i] = key;
    payloads[i] = payload;
  }

  /**
   * @return the time of the earliest event (s); the queue must not be empty
   */
  public long peekTime() {
    return keys[0] >>> (SEQ_BITS + PRIO_BITS);
  }

  /**
   * @return the kind of the earliest event
   */
  public int peekKind() {
    return (int) (payloads[0] >>> 32);
  }

  /**
   * @return the argument of the earliest event
   */
  public int peekArg() {
    return (int) payloads[0];
  }

  /** Removes the earliest event; read it first with the peek methods. */
  public void pop() {
    final int last = --size;
    if (last == 0) {
      return;
    }
    final long key = keys[last];
    final long payload = payloads[last];
    int i = 0;
    while (true) {
      final int c = (i << 2) + 1;
      if (c >= last) {
        break;
      }
      int m = c;
      long mk = keys[c];
      final int end = Math.min(c + 4, last);
      for (int j = c + 1; j < end; j++) {
        if (keys[j] < mk) {
          mk = keys[j];
          m = j;
        }
      }
      if (key <= mk) {
        break;
      }
      keys[i] = mk;
      payloads[i] = payloads[m];
      i = m;
    }
    keys[i] = key;
    payloads[i] = payload;
  }
}
