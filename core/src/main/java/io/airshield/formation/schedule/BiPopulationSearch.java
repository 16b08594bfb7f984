package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * A bi-population genetic algorithm with peak crossover for the single-mode RCPSP with constant
 * capacities, after Debels and Vanhoucke, "A bi-population based genetic algorithm for the
 * resource-constrained project scheduling problem", ICCSA 2005, LNCS 3483, 378-387, and the GA
 * inside their "A decomposition-based genetic algorithm for the resource-constrained project
 * scheduling problem", Operations Research 55 (2007) 457-469; the peak idea (a child inherits the
 * interval of one parent where the resources are used most) is theirs and that of Valls, Ballestin
 * and Quintanilla, "A hybrid genetic algorithm for the resource-constrained project scheduling
 * problem", EJOR 185 (2008) 495-508.
 *
 * <p>Two populations: left-justified schedules (every activity as early as it goes) and
 * right-justified ones (as late as it goes before the makespan, found as left-justified schedules
 * of the reversed project). A child of two left parents is decoded by the forward serial SGS and
 * joins the left population; decoding its start-time order backwards (the serial SGS on the
 * reversed project, the order of decreasing finish times) gives its right-justified version, which
 * joins the right population; and symmetrically for children of right parents. So the
 * backward-forward double justification of Valls, Ballestin and Quintanilla (EJOR 165 (2005)
 * 375-386) is the decoder everywhere, and each pass of it is one serial SGS run. With constant
 * capacities, the serial SGS on the order of the starts of a feasible schedule starts no activity
 * later than that schedule did, so no pass lengthens the schedule it justifies.
 *
 * <p>Genes are activity lists in the order of the schedule's start times (ties in topological
 * order): the start-time keys of Debels and Vanhoucke. The peak crossover: in the mother's
 * schedule, take an interval of random length whose resource use (demand over capacity, summed over
 * the resources) is largest; the child lists first the activities that start before the interval in
 * the mother, in the father's order, then those starting inside it, in the mother's order, then the
 * rest in the father's order. Every predecessor starts no later than its successor, so the child is
 * precedence-feasible.
 *
 * <p>Mutation: the shift of single activities of {@link GeneticSearch}, and for half the children
 * an event move: the activities that start together in the mother (an "event", after the event list
 * of Paraskevopoulos, Tarantilis and Ioannou, "Solving project scheduling problems with resource
 * constraints via an event list-based evolutionary algorithm", Expert Systems with Applications 39
 * (2012) 3983-3994) move as one block. Populations of 10 to 20 schedules each, partial restarts
 * after 20 generations without a shorter schedule, as in {@link GeneticSearch}.
 *
 * <p>Not the default ({@link DefaultScheduler.Search#BI_POPULATION} selects it): on the full PSPLIB
 * sets at 50,000 schedules it did worse than {@link GeneticSearch} with its peak crossover (j60
 * 10.871 against 10.789 % above the critical-path bound; docs/scheduler.md, "Literature budgets").
 *
 * <p>The count follows the literature's convention (Kolisch and Hartmann, EJOR 174 (2006) 23-37):
 * every run of the serial SGS, forward or backward, counts one schedule, whether it samples,
 * decodes a child or justifies; nothing else generates a schedule. The search never runs the SGS
 * once the count has reached the budget. Deterministic: one {@link SplittableRandom} from the seed,
 * fixed iteration orders.
 */
final class BiPopulationSearch implements ScheduleSearch {
  private final Model m;
  private final Model rev;
  private final SerialSgs fwd;
  private final SerialSgs bwd;
  private final SplittableRandom rnd;

  /** Latest starts from the critical path, for the sampling of the first schedules. */
  private final int[] lst;

  /** Share of the resources an activity takes: the sum over r of its demand over capacity. */
  private final double[] load;

  private final int[] mode;
  private final int[] dur;
  private final int[] bucket;
  private final int[] time;

  private long used;
  private long budget;
  private BooleanSupplier stop = () -> false;
  private boolean stopped;

  /** Schedules between polls of {@link #stop}, a power of two. */
  private static final int POLL = 32;

  /**
   * Population bounds and generations without a better schedule before a partial restart: as in
   * {@link GeneticSearch}, where small populations with restarts did best on PSPLIB-like projects;
   * 40 individuals instead of 20 printed the same (10.879 against 10.871 % on every third j60
   * instance at 50,000 schedules), restarts after 10 or 50 stale generations no better.
   */
  private static final int POP_MIN = 10;

  private static final int POP_MAX = 20;
  private static final int STALE = 20;

  /**
   * Per-position probability of a shift mutation; without any mutation the search stalled (11.110
   * against 10.933 %), 0.01 no better.
   */
  private static final double PM = 0.05;

  /** Probability that a child gets an event move; 0.3, 0.5 and 1 were tried, 0.5 kept. */
  private static final double PE = 0.5;

  /**
   * The peak's length is drawn uniformly from [makespan / {@value}, makespan]; a long peak makes
   * the child mostly its mother (as mutated), which did better than peaks of at most half the
   * makespan (10.871 against 10.933 %).
   */
  private static final int PEAK_DIV = 20;

  /** Schedules with the same makespan kept in a population. */
  private static final int DUPS = 2;

  private int[] bestStart;
  private long bestFitness = Long.MAX_VALUE;

  /** Sees the starts (forward in time) of every schedule generated; for tests, else null. */
  private java.util.function.Consumer<int[]> observer;

  /** One justified schedule: its start-time order, its starts, its makespan. */
  private record Ind(int[] list, int[] start, int span) {}

  /**
   * @param m the project, for which {@link #applies} holds
   * @param seed seed of the random stream
   */
  BiPopulationSearch(final Model m, final long seed) {
    this.m = m;
    this.rev = new Model(reversed(m));
    this.fwd = new SerialSgs(m);
    this.bwd = new SerialSgs(rev);
    this.rnd = new SplittableRandom(seed);
    final int n = m.n;
    final int cp = m.criticalPathBound();
    lst = new int[n];
    load = new double[n];
    mode = new int[n];
    dur = new int[n];
    for (int j = 0; j < n; j++) {
      lst[j] = cp - m.tail[j];
      dur[j] = m.dur[j][0];
      for (int r = 0; r < m.resources; r++) {
        if (m.maxCap[r] > 0) {
          load[j] += (double) m.dem[j][0][r] / m.maxCap[r];
        }
      }
    }
    bucket = new int[Math.max(m.horizon, rev.horizon) + 3];
    time = new int[n];
  }

  /**
   * Whether this search applies: one mode per activity, constant capacities, no release dates and
   * no deadlines, where the reversed project is the same problem backwards in time.
   *
   * @param m the project
   * @return true for the plain RCPSP
   */
  static boolean applies(final Model m) {
    if (!m.singleMode || !m.constantCapacity || m.hasDeadlines) {
      return false;
    }
    for (int j = 0; j < m.n; j++) {
      if (m.release[j] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The project with every precedence turned round and the same activities and capacities. */
  static Project reversed(final Model m) {
    final List<List<Integer>> succ = new ArrayList<>();
    for (int j = 0; j < m.n; j++) {
      final List<Integer> s = new ArrayList<>();
      for (final int p : m.pred[j]) {
        s.add(p);
      }
      succ.add(s);
    }
    final List<Activity> acts = new ArrayList<>();
    for (int j = 0; j < m.n; j++) {
      final List<Mode> modes = new ArrayList<>();
      for (int mo = 0; mo < m.dur[j].length; mo++) {
        modes.add(new Mode(m.dur[j][mo], m.dem[j][mo]));
      }
      acts.add(new Activity("a" + j, modes, succ.get(j), 0, Activity.NO_DEADLINE));
    }
    final List<Resource> res = new ArrayList<>();
    for (int r = 0; r < m.resources; r++) {
      res.add(Resource.constant("r" + r, m.maxCap[r]));
    }
    return new Project("reversed", acts, res);
  }

  /**
   * @param o sees the starts of every schedule generated, in forward time (tests only)
   */
  void observe(final java.util.function.Consumer<int[]> o) {
    this.observer = o;
  }

  @Override
  public void stopWhen(final BooleanSupplier s) {
    this.stop = s;
  }

  private boolean canDecode() {
    return used < budget && !stopped;
  }

  @Override
  public void run(final long budget, final long target) {
    this.budget = budget;
    final int pop = (int) Math.max(POP_MIN, Math.min(POP_MAX, Math.sqrt(Math.max(1, budget)) / 16));
    List<Ind> left = new ArrayList<>();
    List<Ind> right = new ArrayList<>();
    for (int i = 0; i < pop && canDecode() && bestFitness > target; i++) {
      seed(i == 0, left, right);
    }
    int stale = 0;
    long lastBest = bestFitness;
    boolean fromLeft = true;
    while (canDecode() && bestFitness > target && !left.isEmpty() && !right.isEmpty()) {
      final List<Ind> same = new ArrayList<>();
      final List<Ind> other = new ArrayList<>();
      final List<Ind> parents = fromLeft ? left : right;
      final Model pm = fromLeft ? m : rev;
      for (int c = 0; c < pop && canDecode() && bestFitness > target; c++) {
        final Ind mother = tournament(parents);
        final Ind father = tournament(parents);
        final int[] list = peakCrossover(pm, mother, father);
        if (rnd.nextDouble() < PE) {
          moveEvent(pm, mother, list);
        }
        mutate(pm, list);
        final Ind child = decode(fromLeft, list);
        same.add(child);
        if (canDecode()) {
          other.add(mirror(fromLeft, child));
        }
      }
      if (fromLeft) {
        left = select(left, same, pop);
        right = select(right, other, pop);
      } else {
        right = select(right, same, pop);
        left = select(left, other, pop);
      }
      fromLeft = !fromLeft;
      if (bestFitness < lastBest) {
        lastBest = bestFitness;
        stale = 0;
      } else if (++stale > STALE) {
        // partial restart: keep the best few of each population, sample the rest afresh
        stale = 0;
        final int keep = pop / 10 + 1;
        left = new ArrayList<>(left.subList(0, Math.min(keep, left.size())));
        right = new ArrayList<>(right.subList(0, Math.min(keep, right.size())));
        while (left.size() < pop && canDecode() && bestFitness > target) {
          seed(false, left, right);
        }
      }
    }
  }

  /** Samples a schedule, adds it to the left population and its mirror to the right one. */
  private void seed(final boolean deterministic, final List<Ind> left, final List<Ind> right) {
    final Ind l = decode(true, sample(deterministic));
    left.add(l);
    if (canDecode()) {
      right.add(mirror(true, l));
    }
    left.sort(BY_SPAN);
    right.sort(BY_SPAN);
  }

  private static final java.util.Comparator<Ind> BY_SPAN =
      (x, y) -> Integer.compare(x.span, y.span);

  private Ind tournament(final List<Ind> p) {
    final int a = rnd.nextInt(p.size());
    final int b = rnd.nextInt(p.size());
    return p.get(Math.min(a, b));
  }

  /**
   * The best {@code pop} of the old population and the newcomers, newcomers first on equal
   * makespans, no schedule twice and at most {@link #DUPS} of one makespan.
   */
  private static List<Ind> select(final List<Ind> old, final List<Ind> added, final int pop) {
    final List<Ind> all = new ArrayList<>(added);
    all.addAll(old);
    all.sort(BY_SPAN);
    final List<Ind> next = new ArrayList<>(pop);
    int prev = Integer.MIN_VALUE;
    int dup = 0;
    for (final Ind x : all) {
      if (next.size() == pop) {
        break;
      }
      if (x.span == prev) {
        if (dup >= DUPS) {
          continue;
        }
        boolean same = false;
        for (int k = next.size() - 1; k >= 0 && next.get(k).span == x.span && !same; k--) {
          same = Arrays.equals(next.get(k).start, x.start);
        }
        if (same) {
          continue;
        }
        dup++;
      } else {
        dup = 0;
      }
      prev = x.span;
      next.add(x);
    }
    return next;
  }

  /**
   * Decodes a list with the serial SGS, forward (left) or on the reversed project (right), and
   * counts one schedule.
   */
  private Ind decode(final boolean forward, final int[] list) {
    final Model pm = forward ? m : rev;
    final int n = m.n;
    final int[] start = new int[n];
    used++;
    if ((used & (POLL - 1)) == 0 && stop.getAsBoolean()) {
      stopped = true;
    }
    (forward ? fwd : bwd).decode(list, mode, start);
    int span = 0;
    int last = 0;
    for (int j = 0; j < n; j++) {
      span = Math.max(span, start[j] + dur[j]);
      last = Math.max(last, start[j]);
    }
    ForwardBackwardImprovement.sortByTime(pm, start, last, bucket, list);
    if (observer != null) {
      observer.accept(forward ? start.clone() : flip(start, span));
    }
    if (span < bestFitness) {
      bestFitness = span;
      bestStart = forward ? start.clone() : flip(start, span);
    }
    return new Ind(list, start, span);
  }

  /** Starts in the other direction of time: the finish of j measured back from the makespan. */
  private int[] flip(final int[] start, final int span) {
    final int[] out = new int[start.length];
    for (int j = 0; j < start.length; j++) {
      out[j] = span - start[j] - dur[j];
    }
    return out;
  }

  /**
   * Justifies a schedule the other way: decodes the order of its finish times, latest first, on the
   * project of the other direction. Counts one schedule.
   */
  private Ind mirror(final boolean fromForward, final Ind x) {
    final Model to = fromForward ? rev : m;
    final int n = m.n;
    int last = 0;
    for (int j = 0; j < n; j++) {
      time[j] = x.span - x.start[j] - dur[j];
      last = Math.max(last, time[j]);
    }
    final int[] list = new int[n];
    ForwardBackwardImprovement.sortByTime(to, time, last, bucket, list);
    return decode(!fromForward, list);
  }

  private int[] peakCrossover(final Model pm, final Ind mother, final Ind father) {
    final int n = m.n;
    final int c = mother.span;
    final int[] list = new int[n];
    if (c == 0) {
      System.arraycopy(father.list, 0, list, 0, n);
      return list;
    }
    final double[] use = new double[c + 1];
    for (int j = 0; j < n; j++) {
      if (dur[j] > 0) {
        use[mother.start[j]] += load[j];
        use[mother.start[j] + dur[j]] -= load[j];
      }
    }
    // prefix sums of the use per period, then prefix sums of those
    final double[] cum = new double[c + 1];
    double u = 0;
    for (int t = 0; t < c; t++) {
      u += use[t];
      cum[t + 1] = cum[t] + u;
    }
    final int lo = Math.max(1, c / PEAK_DIV);
    final int hi = Math.max(lo, c);
    final int len = lo + rnd.nextInt(hi - lo + 1);
    int t1 = 0;
    double bestUse = -1;
    for (int t = 0; t + len <= c; t++) {
      final double w = cum[t + len] - cum[t];
      if (w > bestUse + 1e-9) {
        bestUse = w;
        t1 = t;
      }
    }
    final int t2 = t1 + len;
    int k = 0;
    for (final int j : father.list) {
      if (mother.start[j] < t1) {
        list[k++] = j;
      }
    }
    for (final int j : mother.list) {
      if (mother.start[j] >= t1 && mother.start[j] < t2) {
        list[k++] = j;
      }
    }
    for (final int j : father.list) {
      if (mother.start[j] >= t2) {
        list[k++] = j;
      }
    }
    return list;
  }

  /**
   * Event move (after the event list of Paraskevopoulos et al. 2012): the activities that start
   * together in the mother's schedule, a block of the child's list when the child keeps the
   * mother's order there, move as one to a random place between the last predecessor and the first
   * successor of any of them.
   */
  private void moveEvent(final Model pm, final Ind mother, final int[] list) {
    final int n = list.length;
    final int i = rnd.nextInt(n);
    final int st = mother.start[list[i]];
    final boolean[] inBlock = new boolean[n];
    int a = i;
    while (a > 0 && mother.start[list[a - 1]] == st) {
      a--;
    }
    int b = i + 1;
    while (b < n && mother.start[list[b]] == st) {
      b++;
    }
    for (int k = a; k < b; k++) {
      inBlock[list[k]] = true;
    }
    // how far the block may move left: up to just after the last list member preceding it
    // that is a predecessor of a block member
    int lo = a;
    while (lo > 0 && !predOfAny(pm, list[lo - 1], inBlock)) {
      lo--;
    }
    int hi = b;
    while (hi < n && !succOfAny(pm, list[hi], inBlock)) {
      hi++;
    }
    // new place of the block's first element: in [lo, a] or [b, hi - (b - a)] ... as a shift of
    // the elements between
    final int len = b - a;
    final int span = (a - lo) + (hi - b);
    if (span == 0) {
      return;
    }
    int x = rnd.nextInt(span);
    final int[] block = Arrays.copyOfRange(list, a, b);
    if (x < a - lo) {
      final int to = lo + x;
      System.arraycopy(list, to, list, to + len, a - to);
      System.arraycopy(block, 0, list, to, len);
    } else {
      x -= a - lo;
      final int moved = x + 1;
      System.arraycopy(list, b, list, a, moved);
      System.arraycopy(block, 0, list, a + moved, len);
    }
  }

  private static boolean predOfAny(final Model pm, final int q, final boolean[] in) {
    for (final int s : pm.succ[q]) {
      if (in[s]) {
        return true;
      }
    }
    return false;
  }

  private static boolean succOfAny(final Model pm, final int q, final boolean[] in) {
    for (final int p : pm.pred[q]) {
      if (in[p]) {
        return true;
      }
    }
    return false;
  }

  /** Shift mutation as in {@link GeneticSearch}: keeps the list precedence-feasible. */
  private void mutate(final Model pm, final int[] list) {
    for (int i = 0; i < list.length; i++) {
      if (rnd.nextDouble() < PM) {
        shift(pm, list, i);
      }
    }
  }

  private void shift(final Model pm, final int[] list, final int i) {
    final int lo = ShiftMove.lowest(pm, list, i);
    final int hi = ShiftMove.highest(pm, list, i);
    if (lo != hi) {
      ShiftMove.move(list, i, lo + rnd.nextInt(hi - lo + 1));
    }
  }

  /** Regret-based biased random sampling on latest starts, as in {@link GeneticSearch}. */
  private int[] sample(final boolean deterministic) {
    return GeneticSearch.regretSample(m, lst, rnd, deterministic);
  }

  @Override
  public long used() {
    return used;
  }

  @Override
  public long generated() {
    return fwd.runs() + bwd.runs();
  }

  @Override
  public long bestFitness() {
    return bestFitness;
  }

  @Override
  public int[] bestStart() {
    return bestStart == null ? null : bestStart.clone();
  }

  @Override
  public int[] bestMode() {
    return bestStart == null ? null : mode.clone();
  }
}
