package io.airshield.formation.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A genetic algorithm over activity lists and mode lists decoded by the {@link SerialSgs}, after
 * Hartmann, "A competitive genetic algorithm for resource-constrained project scheduling", Naval
 * Research Logistics 45 (1998) 733-750 (two-point order crossover, adjacent-swap mutation, ranking
 * selection; here with a shift mutation in place of the adjacent swap), and its multi-mode version,
 * Hartmann, "Project scheduling with multiple modes: a genetic algorithm", Annals of OR 102 (2001)
 * 111-135; recombination is by the peak crossover ({@link #peakChild}) rather than Hartmann's
 * two-point crossover, which stays for parents without a schedule. Every decoded schedule is
 * improved by {@link ForwardBackwardImprovement} and written back into the genes (Lamarckian), as
 * in the hybrid GA of Valls, Ballestin and Quintanilla, "A hybrid genetic algorithm for the
 * resource-constrained project scheduling problem", EJOR 185 (2008) 495-508. The initial population
 * comes from regret-based biased random sampling on latest start times (Drexl, Management Science
 * 37 (1991); Kolisch 1996).
 *
 * <p>The budget is a schedule count: one decode counts one, a justification counts two (one per
 * pass), the convention of Kolisch and Hartmann's surveys; the sampled first schedules and the
 * restarts count like the children. The count never passes the budget: no decode once it is
 * reached, no justification that would pass it. The random stream is a {@link SplittableRandom}
 * from the seed, so runs repeat exactly.
 *
 * <p>Two phases, opt-in ({@link DefaultScheduler.Search#TWO_PHASE}): the second phase of Valls,
 * Ballestin and Quintanilla's hybrid GA (EJOR 185 (2008), above). Once half the budget is spent,
 * the population is rebuilt around the best schedule found: the best itself (no decode, nothing
 * counted) and individuals drawn by the same regret-based biased sampling with the best schedule's
 * start times as the priority (an earlier start, a higher weight) and its modes; the restarts of
 * the second half draw from that neighbourhood too. Every new individual is decoded and justified
 * and counts like a child (three schedules). Not the default: on every third j60 instance at 50,000
 * schedules it gained 0.014 points over four seeds, and on the full sets it was better on j60 at
 * 50,000 schedules and worse at 5,000 (docs/scheduler.md, sixth round of issue 20).
 *
 * <p>Parameterised active schedules, opt-in ({@link DefaultScheduler.Search#ACTIVE}; the search at
 * the literature's budgets in the PSPLIB runner): the decoder of Gonçalves, Resende and Mendes'
 * biased random-key genetic algorithm (J Heuristics 17 (2011) 467-486; {@link ParameterisedSgs})
 * inside this search. Each sampled individual carries a delay gene g in [0, 1): its list is decoded
 * with the positions as keys and a delay of g times three times the longest duration (an activity
 * may be chosen while it can start within that many periods of the earliest eligible start; the
 * others wait for a later step), so the population mixes schedules between non-delay and active
 * ones. The first individual (the latest-start-time rule) has no gene and is decoded by the serial
 * scheme, as are the children that inherit its lack of one. A child takes either parent's gene, and
 * with probability 0.05 a fresh one. Each decode counts one schedule, as the serial scheme's. Three
 * times the longest duration was chosen on every third j60 instance at 50,000 schedules (0.5, 1.5,
 * 2.5, 4 and 5 did no better than the serial scheme there); with it the search printed 10.748 % on
 * the full j60 set at 50,000 schedules, seed 1, against 10.789 % with the serial scheme alone
 * (docs/scheduler.md, seventh round of issue 20).
 */
final class GeneticSearch implements ScheduleSearch {
  private final Model m;
  private final SerialSgs sgs;

  /** The decoder of the individuals with a delay gene below 1 ({@link #activeDelay} only). */
  private final ParameterisedSgs psgs;

  /** Scratch: an individual's list as keys, and the order the parameterised decoder scheduled. */
  private final double[] keyBuf;

  private final int[] orderBuf;

  /** The longest duration over all activities and modes: the delay's unit. */
  private final int maxDur;

  /**
   * Whether individuals carry a delay gene and are decoded as parameterised active schedules
   * ({@link ParameterisedSgs}) instead of by the serial scheme.
   */
  private final boolean activeDelay;

  /** A delay gene g in [0, 1) lets an activity start up to g times this times maxDur late. */
  private static final double DELAY_SCALE = 3;

  /** Probability that a child's delay gene is drawn afresh. */
  private static final double DELAY_MUTATION = 0.05;

  private final ForwardBackwardImprovement fbi;
  private final SplittableRandom rnd;
  private final int[] lst;

  /** Scratch: decoded starts, justified starts, counting-sort buckets. */
  private final int[] startBuf;

  private final int[] justBuf;
  private final int[] bucket;
  private long used;

  /** The schedule budget of the current {@link #run}. */
  private long budget;

  /** Polled every {@link #POLL} schedules; never set in the deterministic path. */
  private BooleanSupplier stop = () -> false;

  private boolean stopped;

  /** Schedules between polls of {@link #stop}, a power of two. */
  private static final int POLL = 32;

  private int[] bestStart;
  private int[] bestMode;
  private long bestFitness = Long.MAX_VALUE;

  /** Whether the second half of the budget searches around the best schedule of the first. */
  private final boolean twoPhase;

  /** Sees the starts of every schedule generated (tests only); null otherwise. */
  private Consumer<int[]> observer;

  GeneticSearch(final Model m, final long seed) {
    this(m, seed, false, false);
  }

  /**
   * @param twoPhase rebuild the population around the best schedule at half the budget
   */
  GeneticSearch(final Model m, final long seed, final boolean twoPhase) {
    this(m, seed, twoPhase, false);
  }

  /**
   * @param twoPhase rebuild the population around the best schedule at half the budget
   * @param activeDelay decode by parameterised active schedules with a delay gene per individual
   */
  GeneticSearch(final Model m, final long seed, final boolean twoPhase, final boolean activeDelay) {
    this.m = m;
    this.twoPhase = twoPhase;
    this.activeDelay = activeDelay;
    this.sgs = new SerialSgs(m);
    this.psgs = new ParameterisedSgs(m);
    this.keyBuf = new double[m.n];
    this.orderBuf = new int[m.n];
    int md = 0;
    for (int j = 0; j < m.n; j++) {
      for (final int d : m.dur[j]) {
        md = Math.max(md, d);
      }
    }
    this.maxDur = md;
    this.fbi = new ForwardBackwardImprovement(m);
    this.rnd = new SplittableRandom(seed);
    final int cp = m.criticalPathBound();
    lst = new int[m.n];
    startBuf = new int[m.n];
    justBuf = new int[m.n];
    bucket = new int[m.horizon + 3];
    for (int j = 0; j < m.n; j++) {
      lst[j] = cp - m.tail[j];
    }
  }

  /** One individual: genes and the fitness of their (justified) schedule. */
  private static final class Individual {
    final int[] list;
    final int[] mode;
    long fitness;

    /** The decoder's delay gene in [0, 1); 1 or more (no gene): the serial scheme. */
    double delay = 2;

    /** Starts of the (justified) schedule the genes decode to; null before or without one. */
    int[] start;

    Individual(final int[] list, final int[] mode) {
      this.list = list;
      this.mode = mode;
    }
  }

  /**
   * Lexicographic fitness: total lateness, then makespan.
   *
   * @return the packed fitness, smaller is better
   */
  static long fitness(final Model m, final int[] start, final int[] mode) {
    long late = 0;
    int span = 0;
    for (int j = 0; j < m.n; j++) {
      final int f = start[j] + m.dur[j][mode[j]];
      span = Math.max(span, f);
      if (m.deadline[j] != Activity.NO_DEADLINE && f > m.deadline[j]) {
        late += f - m.deadline[j];
      }
    }
    return (late << 31) | span;
  }

  /**
   * Sets an outside stop condition (a benchmark's wall-time limit); with it the result depends on
   * the machine's speed, so nothing but a benchmark sets it.
   *
   * @param s returns true when the search must stop
   */
  @Override
  public void stopWhen(final BooleanSupplier s) {
    this.stop = s;
  }

  /**
   * Runs the search.
   *
   * @param budget number of schedules
   * @param target stop as soon as this fitness is reached (a lower bound)
   */
  @Override
  public void run(final long budget, final long target) {
    this.budget = budget;
    final int n = m.n;
    // a small population with frequent partial restarts: on PSPLIB-like projects, 10 to 20
    // individuals found shorter schedules than 35 to 100 at every budget tried (5,000 to
    // 50,000 schedules and 2 s), since the justification already does the local improvement and
    // the restarts supply the diversity
    final int pop = (int) Math.max(10, Math.min(20, Math.sqrt(Math.max(1, budget)) / 16));
    Individual[] population = new Individual[pop];
    for (int i = 0; i < pop; i++) {
      population[i] = sample(i == 0);
      evaluate(population[i]);
      if (bestFitness <= target || used >= budget || stopped) {
        return;
      }
    }
    final Individual[] merged = new Individual[2 * pop];
    final int[] order = new int[pop];
    int stale = 0;
    long lastBest = bestFitness;
    boolean second = false;
    while (used < budget && !stopped && bestFitness > target) {
      if (twoPhase && !second && used >= budget / 2 && bestStart != null) {
        second = true;
        population[0] = fromBest();
        for (int i = 1; i < pop && used < budget && !stopped && bestFitness > target; i++) {
          population[i] = nearBest();
          evaluate(population[i]);
        }
        stale = 0;
        continue;
      }
      for (int i = 0; i < pop; i++) {
        order[i] = i;
      }
      for (int i = pop - 1; i > 0; i--) {
        final int k = rnd.nextInt(i + 1);
        final int t = order[i];
        order[i] = order[k];
        order[k] = t;
      }
      int c = 0;
      for (int i = 0; i + 1 < pop; i += 2) {
        final Individual a = population[order[i]];
        final Individual b = population[order[i + 1]];
        if (a.start != null && b.start != null) {
          merged[c++] = peakChild(a, b);
          merged[c++] = peakChild(b, a);
        } else {
          // a parent without a schedule (its modes never fitted): Hartmann's two-point crossover
          final int q1 = rnd.nextInt(n);
          final int q2 = q1 + rnd.nextInt(n - q1 + 1);
          merged[c++] = child(a, b, q1, q2);
          merged[c++] = child(b, a, q1, q2);
        }
      }
      for (int i = 0; i < c; i++) {
        mutate(merged[i]);
        evaluate(merged[i]);
        if (bestFitness <= target || stopped) {
          return;
        }
      }
      System.arraycopy(population, 0, merged, c, pop);
      final Individual[] all = Arrays.copyOf(merged, c + pop);
      // stable sort by fitness, children first on ties: keeps the search moving on plateaus
      Arrays.sort(all, (x, y) -> Long.compare(x.fitness, y.fitness));
      final Individual[] next = new Individual[pop];
      int k = 0;
      long prev = Long.MIN_VALUE;
      int dup = 0;
      for (final Individual ind : all) {
        if (k == pop) {
          break;
        }
        if (ind.fitness == prev && dup >= 2) {
          continue;
        }
        dup = ind.fitness == prev ? dup + 1 : 0;
        prev = ind.fitness;
        next[k++] = ind;
      }
      while (k < pop) {
        next[k] = sample(false);
        evaluate(next[k]);
        k++;
      }
      population = next;
      if (bestFitness < lastBest) {
        lastBest = bestFitness;
        stale = 0;
      } else if (++stale > 20) {
        // restart all but the best few from fresh samples
        stale = 0;
        for (int i = pop / 10 + 1; i < pop && used < budget && !stopped; i++) {
          population[i] = second ? nearBest() : sample(false);
          evaluate(population[i]);
        }
      }
    }
  }

  /** The best schedule as an individual: its start order and modes, no decode and no count. */
  private Individual fromBest() {
    final int n = m.n;
    final int[] list = new int[n];
    int last = 0;
    for (int j = 0; j < n; j++) {
      last = Math.max(last, bestStart[j]);
    }
    ForwardBackwardImprovement.sortByTime(m, bestStart, last, bucket, list);
    final Individual ind = new Individual(list, bestMode.clone());
    ind.fitness = bestFitness;
    ind.start = bestStart.clone();
    return ind;
  }

  /**
   * An individual near the best schedule: regret-based biased random sampling with the best
   * schedule's start times as the priority, and its modes.
   */
  private Individual nearBest() {
    final Individual ind = new Individual(regretSample(m, bestStart, rnd, false), bestMode.clone());
    if (activeDelay) {
      ind.delay = rnd.nextDouble();
    }
    return ind;
  }

  /**
   * @param o sees the starts of every schedule generated, decoded or justified (tests only)
   */
  void observe(final Consumer<int[]> o) {
    this.observer = o;
  }

  private Individual sample(final boolean deterministic) {
    final int n = m.n;
    final int[] list = regretSample(m, lst, rnd, deterministic);
    final int[] mode = new int[n];
    for (int j = 0; j < n; j++) {
      mode[j] = deterministic ? shortestFittingMode(j) : randomFittingMode(j);
    }
    final Individual ind = new Individual(list, mode);
    if (activeDelay && !deterministic) {
      ind.delay = rnd.nextDouble();
    }
    return ind;
  }

  /**
   * An activity list by regret-based biased random sampling on latest start times (Drexl,
   * Management Science 37 (1991); Kolisch 1996), or, deterministic, the latest-start-time priority
   * rule with ties to the lower index; the genetic and the bi-population searches start from it.
   *
   * @param lst the priority, smaller first: latest start times from the critical-path bound, or a
   *     schedule's start times
   * @return a precedence-feasible activity list
   */
  static int[] regretSample(
      final Model m, final int[] lst, final SplittableRandom rnd, final boolean deterministic) {
    final int n = m.n;
    final int[] left = new int[n];
    final int[] eligible = new int[n];
    int ne = 0;
    for (int j = 0; j < n; j++) {
      left[j] = m.pred[j].length;
      if (left[j] == 0) {
        eligible[ne++] = j;
      }
    }
    final int[] list = new int[n];
    final double[] w = new double[n];
    for (int k = 0; k < n; k++) {
      int pick;
      if (deterministic) {
        pick = 0;
        for (int e = 1; e < ne; e++) {
          if (lst[eligible[e]] < lst[eligible[pick]]
              || lst[eligible[e]] == lst[eligible[pick]] && eligible[e] < eligible[pick]) {
            pick = e;
          }
        }
      } else {
        int maxLst = Integer.MIN_VALUE;
        for (int e = 0; e < ne; e++) {
          maxLst = Math.max(maxLst, lst[eligible[e]]);
        }
        double sum = 0;
        for (int e = 0; e < ne; e++) {
          final double regret = maxLst - lst[eligible[e]] + 1;
          w[e] = regret * regret;
          sum += w[e];
        }
        double x = rnd.nextDouble() * sum;
        pick = ne - 1;
        for (int e = 0; e < ne; e++) {
          x -= w[e];
          if (x < 0) {
            pick = e;
            break;
          }
        }
      }
      final int j = eligible[pick];
      eligible[pick] = eligible[--ne];
      list[k] = j;
      for (final int s : m.succ[j]) {
        if (--left[s] == 0) {
          eligible[ne++] = s;
        }
      }
    }
    return list;
  }

  private boolean fits(final int j, final int mo) {
    for (int r = 0; r < m.resources; r++) {
      if (m.dem[j][mo][r] > m.maxCap[r]) {
        return false;
      }
    }
    return true;
  }

  private int shortestFittingMode(final int j) {
    int best = -1;
    for (int mo = 0; mo < m.dur[j].length; mo++) {
      if (fits(j, mo) && (best < 0 || m.dur[j][mo] < m.dur[j][best])) {
        best = mo;
      }
    }
    return best;
  }

  private int randomFittingMode(final int j) {
    final int modes = m.dur[j].length;
    if (modes == 1) {
      return 0;
    }
    int mo = rnd.nextInt(modes);
    while (!fits(j, mo)) {
      mo = (mo + 1) % modes;
    }
    return mo;
  }

  private Individual child(
      final Individual mother, final Individual father, final int q1, final int q2) {
    final int n = m.n;
    final int[] list = new int[n];
    final int[] mode = new int[n];
    final boolean[] in = new boolean[n];
    int k = 0;
    for (int i = 0; i < q1; i++) {
      final int j = mother.list[i];
      list[k++] = j;
      in[j] = true;
      mode[j] = mother.mode[j];
    }
    for (int i = 0; i < n && k < q2; i++) {
      final int j = father.list[i];
      if (!in[j]) {
        list[k++] = j;
        in[j] = true;
        mode[j] = father.mode[j];
      }
    }
    for (int i = 0; i < n; i++) {
      final int j = mother.list[i];
      if (!in[j]) {
        list[k++] = j;
        in[j] = true;
        mode[j] = mother.mode[j];
      }
    }
    final Individual ch = new Individual(list, mode);
    ch.delay = activeDelay && rnd.nextBoolean() ? father.delay : mother.delay;
    return ch;
  }

  /**
   * Peak crossover, after Valls, Ballestin and Quintanilla (EJOR 185 (2008), the hybrid GA above)
   * and Debels and Vanhoucke ("A decomposition-based genetic algorithm for the resource-constrained
   * project scheduling problem", Operations Research 55 (2007) 457-469): in the mother's schedule,
   * the interval of a random length from a twentieth of its makespan to all of it where the
   * resources are used most (demand over the largest capacity, summed over the resources and
   * periods); the child lists the activities that start before the interval in the mother in the
   * father's order (and modes), those starting inside it in the mother's, the rest in the father's.
   * A predecessor never starts after its successor, so the child's list is precedence-feasible.
   * Long intervals make the child mostly its mother, mutated: on every third j60 instance at 50,000
   * schedules, peaks of at most half the makespan did worse.
   */
  private Individual peakChild(final Individual mother, final Individual father) {
    final int n = m.n;
    final int[] ms = mother.start;
    int c = 0;
    for (int j = 0; j < n; j++) {
      c = Math.max(c, ms[j] + m.dur[j][mother.mode[j]]);
    }
    final double[] use = new double[c + 1];
    for (int j = 0; j < n; j++) {
      final int mo = mother.mode[j];
      final int d = m.dur[j][mo];
      if (d > 0) {
        double load = 0;
        for (int r = 0; r < m.resources; r++) {
          if (m.maxCap[r] > 0) {
            load += (double) m.dem[j][mo][r] / m.maxCap[r];
          }
        }
        use[ms[j]] += load;
        use[ms[j] + d] -= load;
      }
    }
    // cum[t]: the use summed over the periods before t
    final double[] cum = new double[c + 1];
    double u = 0;
    for (int t = 0; t < c; t++) {
      u += use[t];
      cum[t + 1] = cum[t] + u;
    }
    final int lo = Math.max(1, c / PEAK_DIV);
    final int len = lo + rnd.nextInt(Math.max(lo, c) - lo + 1);
    int t1 = 0;
    double most = -1;
    for (int t = 0; t + len <= c; t++) {
      final double w = cum[t + len] - cum[t];
      if (w > most + 1e-9) {
        most = w;
        t1 = t;
      }
    }
    final int t2 = t1 + len;
    final int[] list = new int[n];
    final int[] mode = new int[n];
    int k = 0;
    for (final int j : father.list) {
      if (ms[j] < t1) {
        list[k++] = j;
        mode[j] = father.mode[j];
      }
    }
    for (final int j : mother.list) {
      if (ms[j] >= t1 && ms[j] < t2) {
        list[k++] = j;
        mode[j] = mother.mode[j];
      }
    }
    for (final int j : father.list) {
      if (ms[j] >= t2) {
        list[k++] = j;
        mode[j] = father.mode[j];
      }
    }
    final Individual ch = new Individual(list, mode);
    ch.delay = activeDelay && rnd.nextBoolean() ? father.delay : mother.delay;
    return ch;
  }

  /** The shortest peak is the makespan over this. */
  private static final int PEAK_DIV = 20;

  private void mutate(final Individual ind) {
    final int n = m.n;
    final double pm = 0.05;
    final int[] list = ind.list;
    for (int i = 0; i < n; i++) {
      if (rnd.nextDouble() < pm) {
        shift(list, i);
      }
    }
    if (activeDelay && rnd.nextDouble() < DELAY_MUTATION) {
      ind.delay = rnd.nextDouble();
    }
    for (int j = 0; j < n; j++) {
      if (m.dur[j].length > 1 && rnd.nextDouble() < pm) {
        ind.mode[j] = randomFittingMode(j);
      }
    }
  }

  /** Shift mutation ({@link ShiftMove}), to a position drawn uniformly from its window. */
  private void shift(final int[] list, final int i) {
    final int lo = ShiftMove.lowest(m, list, i);
    final int hi = ShiftMove.highest(m, list, i);
    if (lo != hi) {
      ShiftMove.move(list, i, lo + rnd.nextInt(hi - lo + 1));
    }
  }

  private void evaluate(final Individual ind) {
    final int n = m.n;
    final int[] start = startBuf;
    if (used >= budget) {
      // the budget is spent: no schedule, so the individual ranks last and the run ends
      ind.fitness = Long.MAX_VALUE;
      return;
    }
    used++;
    if ((used & (POLL - 1)) == 0 && stop.getAsBoolean()) {
      stopped = true;
    }
    final boolean pad = activeDelay && ind.delay < 1;
    if (pad) {
      for (int i = 0; i < n; i++) {
        keyBuf[ind.list[i]] = i;
      }
      final int delay = (int) Math.floor(ind.delay * DELAY_SCALE * maxDur);
      if (!psgs.decode(keyBuf, delay, ind.mode, start, orderBuf)) {
        ind.fitness = Long.MAX_VALUE;
        return;
      }
    } else if (!sgs.decode(ind.list, ind.mode, start)) {
      ind.fitness = Long.MAX_VALUE;
      return;
    }
    if (observer != null) {
      observer.accept(start.clone());
    }
    final long raw = fitness(m, start, ind.mode);
    int[] best = start;
    long fit = raw;
    if (used + 2 <= budget && (!m.hasDeadlines || (raw >>> 31) == 0)) {
      // justification cannot worsen the makespan; with deadlines it may move late work, so it
      // is kept only when it does not hurt the lexicographic objective
      final int[] justified = justBuf;
      System.arraycopy(start, 0, justified, 0, n);
      fbi.improve(pad ? psgs.profile() : sgs.profile(), justified, ind.mode);
      used += 2;
      if (observer != null) {
        observer.accept(justified.clone());
      }
      final long f2 = fitness(m, justified, ind.mode);
      if (f2 <= raw) {
        best = justified;
        fit = f2;
      }
    }
    ind.fitness = fit;
    ind.start = best.clone();
    // Lamarckian write-back: the list becomes the start-time order of the schedule (ties in
    // topological order)
    int last = 0;
    for (int j = 0; j < n; j++) {
      last = Math.max(last, best[j]);
    }
    ForwardBackwardImprovement.sortByTime(m, best, last, bucket, ind.list);
    if (fit < bestFitness) {
      bestFitness = fit;
      bestStart = best.clone();
      bestMode = ind.mode.clone();
    }
  }

  @Override
  public long used() {
    return used;
  }

  @Override
  public long generated() {
    return sgs.runs() + psgs.runs() + fbi.passes();
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
    return bestMode;
  }
}
