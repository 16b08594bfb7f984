package io.airshield.formation.schedule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A biased random-key genetic algorithm, after Gonçalves, Resende and Mendes, "A biased random-key
 * genetic algorithm with forward-backward improvement for the resource constrained project
 * scheduling problem", J Heuristics 17 (2011) 467-486, and the framework of Gonçalves and Resende,
 * "Biased random-key genetic algorithms for combinatorial optimization", J Heuristics 17 (2011)
 * 487-525. A chromosome is a vector of keys in [0, 1): one priority per activity and one gene for
 * the decoder's delay. Each generation keeps the elite (the best fifth, no decode, nothing
 * counted), adds mutants (fresh chromosomes) and fills the rest with children of an elite and a
 * non-elite parent by a parameterised uniform crossover: each key from the elite parent with
 * probability 0.7. A chromosome is decoded by {@link ParameterisedSgs} (parameterised active
 * schedules: the delay gene times the longest duration is how far after the earliest eligible start
 * an activity may still be chosen), improved by {@link ForwardBackwardImprovement} and written back
 * into its keys (the start of each activity over the makespan), as the paper adjusts the chromosome
 * to the improved schedule.
 *
 * <p>Twenty generations without a new best resample all but the best chromosome, the restart of
 * {@link GeneticSearch}; the paper has no restart, but without it the population converged (on
 * every third j60 instance at 50,000 schedules 11.079 % above the critical-path bound against
 * 10.971 % with it). Not the default: the genetic search prints 10.819 % there (docs/scheduler.md,
 * seventh round of issue 20).
 *
 * <p>Mutants here are not uniform keys but regret-based biased random samples on latest start times
 * ({@link GeneticSearch#regretSample}, keys their positions in the list): uniform keys give uniform
 * random activity lists, far worse than the sampled ones at these budgets; the paper biases its
 * priorities by the activities' longest-path levels to the same end.
 *
 * <p>The count is the literature's (Kolisch and Hartmann's surveys): every decode counts one (the
 * first population, every mutant, every child), each justification pass one (a decoded and
 * justified chromosome three); the elite carried into the next generation is not decoded again and
 * counts nothing. No decode starts once the budget is reached and no justification runs that would
 * pass it.
 *
 * <p>For single-mode projects without deadlines ({@link #applies}); the random stream is a {@link
 * SplittableRandom} from the seed, so runs repeat exactly.
 */
final class RandomKeySearch implements ScheduleSearch {
  private final Model m;
  private final ParameterisedSgs sgs;
  private final ForwardBackwardImprovement fbi;
  private final SplittableRandom rnd;
  private final int[] lst;

  /** All activities in their only mode. */
  private final int[] mode;

  private final int[] startBuf;
  private final int[] listBuf;
  private final int maxDur;
  private long used;
  private long budget;
  private long target;
  private BooleanSupplier stop = () -> false;
  private boolean stopped;
  private static final int POLL = 32;
  private Consumer<int[]> observer;

  private int[] bestStart;
  private long bestFitness = Long.MAX_VALUE;

  /** A chromosome: n priority keys and the delay gene, and the makespan its schedule has. */
  private static final class Chromosome {
    final double[] key;
    int span = Integer.MAX_VALUE;

    Chromosome(final double[] key) {
      this.key = key;
    }
  }

  RandomKeySearch(final Model m, final long seed) {
    if (!applies(m)) {
      throw new IllegalArgumentException("the random-key search needs one mode and no deadlines");
    }
    this.m = m;
    this.sgs = new ParameterisedSgs(m);
    this.fbi = new ForwardBackwardImprovement(m);
    this.rnd = new SplittableRandom(seed);
    this.mode = new int[m.n];
    this.startBuf = new int[m.n];
    this.listBuf = new int[m.n];
    final int cp = m.criticalPathBound();
    lst = new int[m.n];
    int md = 0;
    for (int j = 0; j < m.n; j++) {
      lst[j] = cp - m.tail[j];
      md = Math.max(md, m.dur[j][0]);
    }
    maxDur = md;
  }

  /**
   * @return whether the search handles the project: one mode per activity, no deadlines
   */
  static boolean applies(final Model m) {
    return m.singleMode && !m.hasDeadlines;
  }

  /** Test hook: sees the starts of every schedule generated, decoded or justified. */
  void observe(final Consumer<int[]> o) {
    this.observer = o;
  }

  @Override
  public void stopWhen(final BooleanSupplier s) {
    this.stop = s;
  }

  private boolean done() {
    return used >= budget || stopped || bestFitness <= target;
  }

  /** Shares of the population: the elite, and the mutants added each generation. */
  private static final double ELITE = 0.2;

  private static final double MUTANTS = 0.2;

  /** Probability that a child's key comes from its elite parent. */
  private static final double RHO = 0.7;

  /** A delay gene g lets an activity start up to g times this times the longest duration late. */
  private static final double DELAY = 1.5;

  /** Generations without a new best before all but the best are sampled afresh. */
  private static final int RESTART_AFTER = 20;

  @Override
  public void run(final long budget, final long target) {
    this.budget = budget;
    this.target = target;
    // the population grows with the square root of the budget, from 10 to 60 (55 at 50,000
    // schedules): 20 did worse and 100 no better on every third j60 instance at 50,000
    final int pop = (int) Math.max(10, Math.min(60, Math.sqrt(Math.max(1, budget)) / 4));
    final int elite = Math.max(1, (int) Math.round(pop * ELITE));
    final int mutants = Math.max(1, (int) Math.round(pop * MUTANTS));
    Chromosome[] p = new Chromosome[pop];
    for (int i = 0; i < pop; i++) {
      p[i] = sample(i == 0);
      evaluate(p[i]);
      if (done()) {
        return;
      }
    }
    final Comparator<Chromosome> bySpan = Comparator.comparingInt(c -> c.span);
    Arrays.sort(p, bySpan);
    int stale = 0;
    long lastBest = bestFitness;
    while (!done()) {
      final Chromosome[] next = new Chromosome[pop];
      System.arraycopy(p, 0, next, 0, elite);
      int k = elite;
      for (int i = 0; i < mutants && k < pop; i++) {
        next[k] = sample(false);
        evaluate(next[k++]);
      }
      while (k < pop) {
        final Chromosome a = p[rnd.nextInt(elite)];
        final Chromosome b = p[elite + rnd.nextInt(pop - elite)];
        final double[] key = new double[m.n + 1];
        for (int j = 0; j <= m.n; j++) {
          key[j] = rnd.nextDouble() < RHO ? a.key[j] : b.key[j];
        }
        next[k] = new Chromosome(key);
        evaluate(next[k++]);
      }
      Arrays.sort(next, bySpan);
      p = next;
      if (bestFitness < lastBest) {
        lastBest = bestFitness;
        stale = 0;
      } else if (++stale > RESTART_AFTER) {
        // the restart of the genetic search: without it the population converges (11.079
        // against 10.971 % on every third j60 instance at 50,000 schedules)
        stale = 0;
        for (int i = 1; i < pop && !done(); i++) {
          p[i] = sample(false);
          evaluate(p[i]);
        }
        Arrays.sort(p, bySpan);
      }
    }
  }

  /**
   * A fresh chromosome: the priority keys are the positions in a regret-based biased random sample
   * on latest start times (the latest-start-time rule itself for the first), the delay gene
   * uniform.
   */
  private Chromosome sample(final boolean deterministic) {
    final int n = m.n;
    final int[] list = GeneticSearch.regretSample(m, lst, rnd, deterministic);
    final double[] key = new double[n + 1];
    for (int i = 0; i < n; i++) {
      key[list[i]] = (double) i / n;
    }
    key[n] = deterministic ? 1 : rnd.nextDouble();
    return new Chromosome(key);
  }

  /**
   * Decodes the chromosome (one schedule), justifies it if the budget allows (two more) and writes
   * the schedule back into its keys; leaves its makespan at MAX_VALUE if the budget is spent or it
   * does not decode.
   */
  private void evaluate(final Chromosome c) {
    if (used >= budget) {
      return;
    }
    used++;
    if ((used & (POLL - 1)) == 0 && stop.getAsBoolean()) {
      stopped = true;
    }
    final int n = m.n;
    final int[] start = startBuf;
    final int delay = (int) Math.min(m.horizon, Math.floor(c.key[n] * DELAY * maxDur));
    if (!sgs.decode(c.key, delay, mode, start, listBuf)) {
      return;
    }
    seen(start);
    if (used + 2 <= budget) {
      fbi.improve(sgs.profile(), start, mode);
      used += 2;
      seen(start);
    }
    int span = 0;
    for (int j = 0; j < n; j++) {
      span = Math.max(span, start[j] + m.dur[j][0]);
    }
    for (int j = 0; j < n; j++) {
      c.key[j] = (double) start[j] / (span + 1);
    }
    c.span = span;
  }

  private void seen(final int[] start) {
    if (observer != null) {
      observer.accept(start.clone());
    }
    final long f = GeneticSearch.fitness(m, start, mode);
    if (f < bestFitness) {
      bestFitness = f;
      bestStart = start.clone();
    }
  }

  @Override
  public long used() {
    return used;
  }

  @Override
  public long generated() {
    return sgs.runs() + fbi.passes();
  }

  @Override
  public long bestFitness() {
    return bestFitness;
  }

  @Override
  public int[] bestStart() {
    return bestStart;
  }

  @Override
  public int[] bestMode() {
    return bestStart == null ? null : mode.clone();
  }
}
