package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cutset memo on hand-made partial schedules (the rule of Demeulemeester and Herroelen 1992):
 * what dominates, what does not, what a new entry evicts, and the cap.
 */
class CutsetStoreTest {
  private static final int N = 70;

  /** Finish times indexed by activity, for the activities named in pairs (activity, finish). */
  private static int[] finishes(final int... pairs) {
    final int[] f = new int[N];
    for (int i = 0; i < pairs.length; i += 2) {
      f[pairs[i]] = pairs[i + 1];
    }
    return f;
  }

  private static boolean check(
      final CutsetStore s, final long[] bits, final int t, final int[] finish, final int... run) {
    final int[] j = new int[run.length];
    final int[] f = new int[run.length];
    for (int k = 0; k < run.length; k++) {
      j[k] = run[k];
      f[k] = finish[run[k]];
    }
    return s.dominatedElseStore(bits, hash(bits), t, t, j, f, run.length, finish);
  }

  private static long hash(final long[] bits) {
    long h = 0;
    for (int j = 0; j < N; j++) {
      if ((bits[j >> 6] >>> (j & 63) & 1L) != 0) {
        h ^= CutsetStore.zobrist(j);
      }
    }
    return h;
  }

  private static long[] set(final int... js) {
    final long[] b = new long[(N + 63) / 64];
    for (final int j : js) {
      b[j >> 6] |= 1L << (j & 63);
    }
    return b;
  }

  @Test
  void aLaterNodeWhoseRunningWorkEndsNoEarlierIsDominated() {
    final CutsetStore s = new CutsetStore(N, 1_000_000);
    final long[] started = set(0, 1, 2, 65);
    // stored: time 4, activity 2 runs to 9, activity 65 to 7
    assertThat(check(s, started, 4, finishes(0, 2, 1, 3, 2, 9, 65, 7), 2, 65)).isFalse();
    // time 5, 2 ends at 9, 65 at 8: dominated
    assertThat(check(s, started, 5, finishes(0, 2, 1, 3, 2, 9, 65, 8), 2, 65)).isTrue();
    // time 8, 65 already done at 6 (max(8, 6) = 8 >= 7), 2 ends at 9: dominated
    assertThat(check(s, started, 8, finishes(0, 2, 1, 3, 2, 9, 65, 6), 2)).isTrue();
    // time 3 (earlier than 4): not dominated, and stored
    assertThat(check(s, started, 3, finishes(0, 2, 1, 3, 2, 9, 65, 7), 2, 65)).isFalse();
    // time 5, but 2 ends at 8, before the stored 9: not dominated by the time-4 entry; the
    // time-3 entry has 2 to 9 as well, so not dominated at all
    assertThat(check(s, started, 5, finishes(0, 2, 1, 3, 2, 8, 65, 7), 2, 65)).isFalse();
  }

  @Test
  void aNodeComparedAtItsEarliestNextStartIsStoredAtItsLastStart() {
    final CutsetStore s = new CutsetStore(N, 1_000_000);
    final long[] started = set(0, 1);
    // stored: time 4, activity 1 runs to 9
    assertThat(check(s, started, 4, finishes(0, 2, 1, 9), 1)).isFalse();
    // last start 2, 1 ends at 6: at time 2 the entry is later and runs 1 longer, not dominated
    final int[] f = finishes(0, 2, 1, 6);
    assertThat(s.dominated(started, hash(started), 2, f)).isFalse();
    // the same node with nothing able to start before 9: compared at 9, where the entry's 1 is
    // over too, it is dominated
    assertThat(s.dominated(started, hash(started), 9, f)).isTrue();
    assertThat(
            s.dominatedElseStore(started, hash(started), 2, 9, new int[] {1}, new int[] {6}, 1, f))
        .isTrue();
    // not dominated at 8 (1 still runs to 9 in the entry): stored at its last start 2, not at 8,
    // so it then dominates a node at time 3 whose 1 ends at 6 as well
    assertThat(
            s.dominatedElseStore(started, hash(started), 2, 8, new int[] {1}, new int[] {6}, 1, f))
        .isFalse();
    assertThat(s.dominated(started, hash(started), 3, f)).isTrue();
  }

  @Test
  void anotherStartedSetIsNeverDominated() {
    final CutsetStore s = new CutsetStore(N, 1_000_000);
    assertThat(check(s, set(0, 1), 2, finishes(0, 1, 1, 5), 1)).isFalse();
    assertThat(check(s, set(0, 2), 9, finishes(0, 1, 2, 9))).isFalse();
    assertThat(check(s, set(0, 1), 9, finishes(0, 1, 1, 5))).isTrue();
    assertThat(s.sets()).isEqualTo(2);
  }

  @Test
  void aNewEntryEvictsTheEntriesItDominatesAndTheCapStopsStoring() {
    final CutsetStore s = new CutsetStore(N, 1_000_000);
    final long[] started = set(3, 4);
    assertThat(check(s, started, 6, finishes(3, 9, 4, 2), 3)).isFalse();
    final long one = s.storedInts();
    assertThat(one).isEqualTo(1 + 2 + 8);
    // time 5 with 3 ending at 8: dominates the first entry, which goes
    assertThat(check(s, started, 5, finishes(3, 8, 4, 2), 3)).isFalse();
    assertThat(s.storedInts()).isEqualTo(one);
    // a cap already reached: nothing more is stored, so a later repeat is not dominated
    final CutsetStore capped = new CutsetStore(N, 0);
    assertThat(check(capped, started, 6, finishes(3, 9, 4, 2), 3)).isFalse();
    assertThat(check(capped, started, 6, finishes(3, 9, 4, 2), 3)).isFalse();
    assertThat(capped.sets()).isZero();
  }

  @Test
  void entriesStoredOutOfTimeOrderAreAllFound() {
    // the entries of a set are kept in increasing time and a look-up stops at the first one later
    // than its node: entries stored late but early in time must still be found, and a node earlier
    // than every entry is not dominated
    final CutsetStore s = new CutsetStore(N, 1_000_000);
    final long[] started = set(1, 2, 3);
    // time 9, 1 runs to 20; time 6, 2 runs to 15; time 3, 3 runs to 12: none dominates another
    assertThat(check(s, started, 9, finishes(1, 20, 2, 4, 3, 5), 1)).isFalse();
    assertThat(check(s, started, 6, finishes(1, 5, 2, 15, 3, 5), 2)).isFalse();
    assertThat(check(s, started, 3, finishes(1, 2, 2, 2, 3, 12), 3)).isFalse();
    final long three = s.storedInts();
    assertThat(three).isEqualTo(3 * (1 + 2 + 8));
    // time 9 with 3 running to 12 and nothing else: only the time-3 entry (stored last) dominates
    assertThat(s.dominated(started, hash(started), 9, finishes(1, 4, 2, 4, 3, 12))).isTrue();
    // time 7 with 2 running to 15: only the time-6 entry (stored second) dominates
    assertThat(s.dominated(started, hash(started), 7, finishes(1, 4, 2, 15, 3, 5))).isTrue();
    // time 8 with 1 running to 20: the time-9 entry is later, the others run 2 or 3 longer
    assertThat(s.dominated(started, hash(started), 8, finishes(1, 20, 2, 4, 3, 5))).isFalse();
    // time 2, earlier than every entry: not dominated, stored first in time, found at time 2
    assertThat(check(s, started, 2, finishes(1, 20, 2, 15, 3, 12), 1, 2, 3)).isFalse();
    assertThat(s.storedInts()).isEqualTo(three + 1 + 6 + 8);
    assertThat(s.dominated(started, hash(started), 2, finishes(1, 20, 2, 15, 3, 12))).isTrue();
    // a time-5 entry with nothing running dominates the time-6 and time-9 entries (evicted) but
    // not the time-3 and time-2 ones
    assertThat(check(s, started, 5, finishes(1, 4, 2, 4, 3, 5))).isFalse();
    assertThat(s.storedInts()).isEqualTo(three + 1 + 6 + 8 - 2 * (1 + 2 + 8) + 1 + 8);
    assertThat(s.dominated(started, hash(started), 4, finishes(1, 4, 2, 4, 3, 12))).isTrue();
    assertThat(s.dominated(started, hash(started), 4, finishes(1, 4, 2, 4, 3, 4))).isFalse();
  }

  @Test
  void theTableGrowsAndKeepsEverySet() {
    final CutsetStore s = new CutsetStore(N, 10_000_000);
    // 2,000 distinct sets (pairs and triples of activities), each stored once, then each found
    int stored = 0;
    for (int a = 0; a < N && stored < 2000; a++) {
      for (int b = a + 1; b < N && stored < 2000; b++) {
        assertThat(check(s, set(a, b), 10, finishes(a, 3, b, 4))).isFalse();
        stored++;
      }
    }
    assertThat(s.sets()).isEqualTo(stored);
    int found = 0;
    for (int a = 0; a < N && found < 2000; a++) {
      for (int b = a + 1; b < N && found < 2000; b++) {
        assertThat(check(s, set(a, b), 11, finishes(a, 3, b, 4))).isTrue();
        found++;
      }
    }
    assertThat(s.sets()).isEqualTo(stored);
  }
}
