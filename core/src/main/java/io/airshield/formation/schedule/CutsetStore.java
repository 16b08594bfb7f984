package io.airshield.formation.schedule;

import java.util.Arrays;

/**
 * The memo of the cutset rule of Demeulemeester and Herroelen ("A branch-and-bound procedure for
 * the multiple resource-constrained project scheduling problem", Management Science 38 (1992)
 * 1803-1818), as {@link BranchAndBound} uses it: per set of started activities, the partial
 * schedules seen so far, each as its time t (every later start at t or after) and the activities
 * still running at t with their finish times. A new partial schedule with the same started set is
 * dominated by a stored one with time no later whose running activities each end no later than
 * max(new time, their finish in the new one): from the new one's time on, the stored one uses no
 * more of any resource and releases no successor later, so every completion of the new one also
 * completes the stored one, which was already searched.
 *
 * <p>Why a class of its own: the rule is checked for nearly every child of every node, and the
 * first implementation (a {@code HashMap} of copied bit sets to lists of arrays) took 28 % of the
 * execution samples on two hard j30 proofs (this one 13 %). Here the started set arrives as a bit
 * set kept up to date by the caller and its Zobrist hash (Zobrist, "A new hashing method with
 * application for game playing", 1970: one fixed random word per activity, combined by exclusive
 * or, updated in O(1) per start), the table is open addressing over those hashes, and each set's
 * entries lie in one flat int array, scanned without following a pointer per entry.
 *
 * <p>Deterministic: the answers depend only on the sequence of calls, never on iteration order of a
 * hash table or on the clock; the number of stored ints is capped by a count.
 */
final class CutsetStore {
  /** Stored ints (entries plus an overhead of 8 per entry) beyond which nothing more is stored. */
  private final long maxStoredInts;

  private final int words;

  /** Open addressing: slot to set id + 1 (0 free), and the set's hash per slot. */
  private int[] slotSet;

  private long[] slotHash;

  /** Bits of set id at [id * words, (id + 1) * words). */
  private long[] setBits;

  /**
   * Entries of each set, flat: time, pair count, then (activity, finish) pairs; in increasing time
   * (equal times in the order stored), so that a look-up stops at the first entry later than the
   * node asked about. On j3013_2 this halves the entries read (42.9 to 20.0 million over the proof;
   * 61 % of them were later than the node and could never dominate it); the answers, and so the
   * search, are unchanged, since whether some entry dominates does not depend on their order.
   */
  private int[][] data;

  /** Ints of {@link #data} in use per set. */
  private int[] used;

  private int sets;
  private long storedInts;

  /**
   * @param n activities
   * @param maxStoredInts cap on the stored ints (a count, so the search stays deterministic)
   */
  CutsetStore(final int n, final long maxStoredInts) {
    this.words = (n + 63) / 64;
    this.maxStoredInts = maxStoredInts;
    this.slotSet = new int[1024];
    this.slotHash = new long[1024];
    this.setBits = new long[256 * words];
    this.data = new int[256][];
    this.used = new int[256];
  }

  /**
   * The Zobrist word of activity j: a SplitMix64 mix of j, fixed, so the hashes (and with them the
   * table's layout) are the same on every run.
   *
   * @param j activity
   * @return its word
   */
  static long zobrist(final int j) {
    long z = 0x9E3779B97F4A7C15L * (j + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Number of distinct started sets stored. */
  int sets() {
    return sets;
  }

  /** Stored ints, counted as the cap counts them. */
  long storedInts() {
    return storedInts;
  }

  /**
   * Checks the partial schedule against the stored ones of its started set and stores it when it is
   * not dominated (and the cap allows), first dropping the stored entries it dominates.
   *
   * @param bits the started set (not kept; copied when the set is new)
   * @param hash its Zobrist hash
   * @param t the partial schedule's time: every later start is at t or after; stored
   * @param tq a period at or after t before which no completion of the partial schedule starts
   *     anything: it is compared with the stored entries at tq (their time at most tq, each running
   *     activity ending no later than max(tq, its finish here)), which is sound for the same reason
   *     and finds more; t itself when nothing better is known
   * @param runJ the activities running at t (started, finish above t), in increasing order
   * @param runF their finish times
   * @param running how many
   * @param finish finish time of every activity (read for the started ones only)
   * @return whether a stored partial schedule dominates this one
   */
  boolean dominatedElseStore(
      final long[] bits,
      final long hash,
      final int t,
      final int tq,
      final int[] runJ,
      final int[] runF,
      final int running,
      final int[] finish) {
    final int slot = find(bits, hash);
    int id = slotSet[slot] - 1;
    if (id >= 0 && anyDominates(id, tq, finish)) {
      return true;
    }
    if (storedInts >= maxStoredInts) {
      return false;
    }
    if (id < 0) {
      id = newSet(slot, bits, hash);
    }
    int[] d = data[id];
    // drop the entries the new one dominates: time no earlier and each of their running
    // activities ending no earlier than max(their time, its finish in the new entry)
    int w = 0;
    for (int o = 0, end = used[id]; o < end; ) {
      final int pairs = d[o + 1];
      final int next = o + 2 + 2 * pairs;
      if (covers(t, runJ, runF, running, d, o)) {
        storedInts -= 1 + 2L * pairs + 8;
      } else {
        if (w != o) {
          System.arraycopy(d, o, d, w, next - o);
        }
        w += next - o;
      }
      o = next;
    }
    final int size = 2 + 2 * running;
    final int need = w + size;
    if (d.length < need) {
      d = Arrays.copyOf(d, Math.max(need, 2 * d.length));
      data[id] = d;
    }
    // entries in increasing time, so a look-up stops at the first entry later than its node
    int at = 0;
    while (at < w && d[at] <= t) {
      at += 2 + 2 * d[at + 1];
    }
    System.arraycopy(d, at, d, at + size, w - at);
    d[at] = t;
    d[at + 1] = running;
    for (int k = 0; k < running; k++) {
      d[at + 2 + 2 * k] = runJ[k];
      d[at + 3 + 2 * k] = runF[k];
    }
    used[id] = need;
    storedInts += 1 + 2L * running + 8;
    return false;
  }

  /**
   * Whether a stored partial schedule of the started set dominates the given one (the test of
   * {@link #dominatedElseStore}); stores nothing. {@link BranchAndBound} asks it about the started
   * set plus one activity that the given partial schedule has not started.
   *
   * @param bits the started set
   * @param hash its Zobrist hash
   * @param t the partial schedule's time
   * @param finish finish time of every activity in the set, at most t for those done by then
   * @return whether a stored entry dominates it
   */
  boolean dominated(final long[] bits, final long hash, final int t, final int[] finish) {
    final int id = slotSet[find(bits, hash)] - 1;
    return id >= 0 && anyDominates(id, t, finish);
  }

  /** The slot of the set, or the free slot where it would go. */
  private int find(final long[] bits, final long hash) {
    final int mask = slotSet.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (slotSet[slot] != 0) {
      if (slotHash[slot] == hash && sameBits(slotSet[slot] - 1, bits)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * Whether an entry of set id has time at most t and each of its running activities ends no later
   * than max(t, its finish in the given partial schedule).
   */
  private boolean anyDominates(final int id, final int t, final int[] finish) {
    final int[] d = data[id];
    for (int o = 0, end = used[id]; o < end; ) {
      final int pairs = d[o + 1];
      final int next = o + 2 + 2 * pairs;
      if (d[o] > t) {
        // entries are in increasing time: none of the rest is early enough
        return false;
      }
      boolean dom = true;
      for (int i = o + 2; i < next; i += 2) {
        if (d[i + 1] > Math.max(t, finish[d[i]])) {
          dom = false;
          break;
        }
      }
      if (dom) {
        return true;
      }
      o = next;
    }
    return false;
  }

  /**
   * Whether the new entry (t, running activities runJ with finishes runF) dominates the stored
   * entry at offset o of d: its time is no later, and each of its running activities ends no later
   * than the stored entry's time or the activity's finish there (an activity absent from the stored
   * entry's running list finished by the stored entry's time).
   */
  private static boolean covers(
      final int t,
      final int[] runJ,
      final int[] runF,
      final int running,
      final int[] d,
      final int o) {
    final int to = d[o];
    if (t > to) {
      return false;
    }
    final int pairs = d[o + 1];
    for (int k = 0; k < running; k++) {
      int fo = to;
      for (int i = o + 2, end = o + 2 + 2 * pairs; i < end; i += 2) {
        if (d[i] == runJ[k]) {
          fo = Math.max(fo, d[i + 1]);
          break;
        }
      }
      if (runF[k] > fo) {
        return false;
      }
    }
    return true;
  }

  private boolean sameBits(final int id, final long[] bits) {
    final int from = id * words;
    for (int w = 0; w < words; w++) {
      if (setBits[from + w] != bits[w]) {
        return false;
      }
    }
    return true;
  }

  private int newSet(final int freeSlot, final long[] bits, final long hash) {
    final int id = sets++;
    if (id == data.length) {
      data = Arrays.copyOf(data, 2 * id);
      used = Arrays.copyOf(used, 2 * id);
      setBits = Arrays.copyOf(setBits, 2 * id * words);
    }
    System.arraycopy(bits, 0, setBits, id * words, words);
    data[id] = new int[8];
    slotSet[freeSlot] = id + 1;
    slotHash[freeSlot] = hash;
    if (2 * sets > slotSet.length) {
      grow();
    }
    return id;
  }

  /** Doubles the table, reinserting the sets in id order (deterministic). */
  private void grow() {
    final int[] oldSet = slotSet;
    final long[] oldHash = slotHash;
    slotSet = new int[2 * oldSet.length];
    slotHash = new long[2 * oldSet.length];
    final int mask = slotSet.length - 1;
    for (int s = 0; s < oldSet.length; s++) {
      if (oldSet[s] == 0) {
        continue;
      }
      final long h = oldHash[s];
      int slot = (int) (h ^ (h >>> 32)) & mask;
      while (slotSet[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slotSet[slot] = oldSet[s];
      slotHash[slot] = h;
    }
  }
}
