package io.airshield.bench;

import io.airshield.engine.EventQueue;
import io.airshield.engine.Rng;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model (Jones, "An empirical comparison of priority-queue and event-set
 * implementations", CACM 29 (1986)): with N events pending, pop the earliest and push one at now +
 * Exp(1), over and over. Our {@link EventQueue} against {@link PriorityQueue} of event objects
 * ordered the same way (time, priority, insertion), in the same run. Scores are hold operations per
 * second. The Exp(1) increments (in ticks of 1/1000) are drawn once into a table that both queues
 * cycle through, so that the score measures the queues, not the logarithm.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar EventQueueBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventQueueBenchmark {
  private static final int OPS = 1000;
  private static final long MEAN = 1000;
  private static final long LIMIT = 1L << 30;

  /** Pending events. */
  @Param({"10", "1000", "100000"})
  public int pending;

  private EventQueue ours;
  private PriorityQueue<Ev> peer;
  private Rng rng;
  private long seq;
  private final long[] increments = new long[1 << 16];
  private int next;

  /** An event for the peer queue. */
  record Ev(long time, int priority, long seq, int kind, int arg) implements Comparable<Ev> {
    @Override
    public int compareTo(final Ev o) {
      int c = Long.compare(time, o.time);
      if (c == 0) {
        c = Integer.compare(priority, o.priority);
      }
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** Fills both queues with the same pending events. */
  @Setup(Level.Trial)
  public void setUp() {
    rng = new Rng(1, 0, 0);
    for (int i = 0; i < increments.length; i++) {
      increments[i] = (long) rng.exponential(MEAN);
    }
    ours = new EventQueue(pending + 1);
    peer = new PriorityQueue<>(pending + 1);
    for (int i = 0; i < pending; i++) {
      final long t = (long) rng.exponential(MEAN);
      ours.push(t, i & 3, 1, i);
      peer.add(new Ev(t, i & 3, seq++, 1, i));
    }
  }

  /**
   * The queue's keys hold 2^31 s and 2^28 insertions, ample for a campaign but not for millions of
   * holds a second: when either nears its end, drain and re-push the pending events with their
   * times shifted back (in pop order, so ties keep their order). Its cost counts against our queue.
   */
  private void rebaseIfNeeded() {
    if (ours.peekTime() < LIMIT && ours.scheduled() < (1L << 27)) {
      return;
    }
    final long base = ours.peekTime();
    final int n = ours.size();
    final long[] t = new long[n];
    final int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = ours.peekTime() - base;
      a[i] = ours.peekArg();
      ours.pop();
    }
    ours.clear();
    for (int i = 0; i < n; i++) {
      ours.push(t[i], a[i] & 3, 1, a[i]);
    }
  }

  /**
   * @return a checksum, so the work is not dead
   */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public long ours() {
    rebaseIfNeeded();
    long sum = 0;
    for (int i = 0; i < OPS; i++) {
      final long t = ours.peekTime();
      final int arg = ours.peekArg();
      ours.pop();
      sum += arg;
      ours.push(t + increments[next++ & (increments.length - 1)], arg & 3, 1, arg);
    }
    return sum;
  }

  /**
   * @return a checksum, so the work is not dead
   */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public long priorityQueue() {
    long sum = 0;
    for (int i = 0; i < OPS; i++) {
      final Ev e = peer.poll();
      sum += e.arg;
      peer.add(
          new Ev(
              e.time + increments[next++ & (increments.length - 1)], e.arg & 3, seq++, 1, e.arg));
    }
    return sum;
  }
}
