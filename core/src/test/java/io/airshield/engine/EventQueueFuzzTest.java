package io.airshield.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model-based fuzzing of the event queue against a naive reference (a list sorted by time, priority
 * and insertion), after Caffeine's TimerWheelFuzzer: random pushes and pops, with the invariants
 * checked after every operation.
 */
class EventQueueFuzzTest {
  private record Ev(long time, int prio, long seq, int kind, int arg) {}

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void matchesNaiveReference(final long seed) {
    final SplittableRandom r = new SplittableRandom(seed);
    final EventQueue q = new EventQueue(2);
    final List<Ev> ref = new ArrayList<>();
    final Comparator<Ev> order =
        Comparator.comparingLong(Ev::time).thenComparingInt(Ev::prio).thenComparingLong(Ev::seq);
    long seq = 0;
    long now = 0;
    final int timeRange = r.nextInt(1, 50); // small ranges force many ties
    for (int op = 0; op < 20_000; op++) {
      if (r.nextInt(100) < 55 || ref.isEmpty()) {
        final long t = now + r.nextInt(timeRange);
        final int p = r.nextInt(16);
        final int kind = r.nextInt(7);
        final int arg = r.nextInt();
        q.push(t, p, kind, arg);
        ref.add(new Ev(t, p, seq++, kind, arg));
      } else {
        ref.sort(order);
        final Ev e = ref.remove(0);
        assertThat(q.peekTime()).isEqualTo(e.time());
        assertThat(q.peekKind()).isEqualTo(e.kind());
        assertThat(q.peekArg()).isEqualTo(e.arg());
        q.pop();
        now = e.time();
      }
      assertThat(q.size()).isEqualTo(ref.size());
      if (r.nextInt(5000) == 0) {
        q.clear();
        ref.clear();
        seq = 0;
      }
    }
  }

  @Test
  void equalTimesAreFirstInFirstOutWithinPriority() {
    final EventQueue q = new EventQueue(4);
    q.push(10, 3, 1, 1);
    q.push(10, 3, 1, 2);
    q.push(10, 1, 1, 3);
    q.push(5, 9, 1, 4);
    q.push(10, 3, 1, 5);
    final List<Integer> args = new ArrayList<>();
    while (!q.isEmpty()) {
      args.add(q.peekArg());
      q.pop();
    }
    assertThat(args).containsExactly(4, 3, 1, 2, 5);
  }

  @Test
  void rejectsTimesOutsideItsRange() {
    final EventQueue q = new EventQueue(4);
    assertThatThrownBy(() -> q.push(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> q.push(EventQueue.MAX_TIME + 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> q.push(0, 16, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
