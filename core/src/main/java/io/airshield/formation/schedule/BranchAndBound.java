package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Exact depth-first branch and bound on the precedence tree for single-mode projects without
 * deadlines (Patterson, Slowinski, Talbot and Weglarz 1989; Sprecher, "Scheduling
 * resource-constrained projects competitively at modest memory requirements", Management Science 46
 * (2000) 710-723). Each level starts one eligible activity at its earliest precedence- and
 * resource-feasible period not before the previous level's start, so every branch is a serial
 * schedule in start-time order and an optimal one is always reachable.
 *
 * <p>Pruning, each preserving an optimal schedule:
 *
 * <ul>
 *   <li>bounds: critical path from dynamic heads, where each head is also pushed to the first
 *       period the activity fits beside the activities already fixed (the time-table reasoning of
 *       constraint-based scheduling, Baptiste, Le Pape and Nuijten 2001); then time-table
 *       propagation against the deadline incumbent - 1 (compulsory parts, forward and backward
 *       passes), which refutes the node or pushes the heads further; then the head-tail energy
 *       bound on each resource and on cliques of pairwise incompatible activities (Stinson, Davis
 *       and Khumawala 1978 for the energy; Mingozzi et al. 1998 for the cliques), counting the
 *       left-shifted part of every activity; prune at the incumbent. The same bounds, tried
 *       destructively against deadlines at the root (Klein and Scholl 1999), give the starting
 *       lower bound;
 *   <li>detectable precedences inside the time-table rounds ({@link #detectablePrecedences()}): of
 *       two activities that can never overlap, the one that cannot end before the other's latest
 *       start goes second, which raises heads and lowers latest starts, and refutes the node when
 *       neither order fits. At the root this raises the destructive bound on j60 and j90 (j6037_5
 *       from 84 to 88, j9033_1 from 89 to 91); in the search it cuts about 13 % of the nodes of the
 *       hardest j30 instances (j3013_2: 278,228 to 242,087);
 *   <li>start-time shaving in the destructive root bound ({@link #shave()}): each activity tried at
 *       its earliest and latest start, a refuted trial moving its window. It proves at the root the
 *       optima of j901_1, j9017_1 and j9033_1 (73, 92, 99; without it 72, 87, 91), and the root
 *       bound meets the optimum on 375 of the 480 j30 instances (323 without), 315 of 410 j60 and
 *       345 of 444 j90 instances with a known optimum or range (303 and 327 without), never above
 *       it; it costs 0.006 s per j30, 0.024 s per j60 and 0.036 s per j90 instance on average (0.18
 *       s at most);
 *   <li>the single-activity rule of Demeulemeester and Herroelen (1992): an eligible activity that
 *       can start first and can run in parallel with no other unstarted activity is the only branch
 *       (constant capacities);
 *   <li>the global left-shift rule: an activity that would fit entirely before its chosen start is
 *       never started there (the schedule would not be active; Sprecher, Kolisch and Drexl,
 *       "Semi-active, active, and non-delay schedules for the resource-constrained project
 *       scheduling problem", EJOR 80 (1995) 94-102);
 *   <li>equal starts are taken in topological order only, since their order does not matter;
 *   <li>the cutset rule of Demeulemeester and Herroelen, "A branch-and-bound procedure for the
 *       multiple resource-constrained project scheduling problem", Management Science 38 (1992)
 *       1803-1818: a partial schedule with the same set of started activities as one seen before,
 *       no earlier, and whose running work ends no earlier, is dominated; checked before a child's
 *       bound is computed, with the stored entries per started set kept free of entries dominated
 *       by later ones. The memo is a {@link CutsetStore}: the started set kept as bits with a
 *       Zobrist hash updated in {@code place} and {@code unplace}, each set's entries in one flat
 *       array; the same answers as the earlier map of lists (the same node counts) in 0.56 to 0.70
 *       of the CPU time on the five slowest j30 proofs. A new node is compared at its earliest next
 *       start ({@link #earliestNextStart(int)}: no completion starts anything earlier), which is
 *       their decision point, not at its last start, and stored at its last start;
 *   <li>the same rule across started sets that differ by one activity ({@link
 *       #supersetDominated(int)}): a node is also dominated by a stored node that had, by the same
 *       time or earlier, finished one more activity and runs nothing longer. It cuts the nodes of
 *       the slowest j30 proofs by a quarter to a third (j3013_5 788,724 to 572,953).
 * </ul>
 *
 * <p>The search is budgeted by a node count, never by the clock; it reports whether it finished
 * (which proves the incumbent optimal).
 */
final class BranchAndBound {
  private final Model m;
  private final Profile prof;
  private final int n;
  private final int[] start;
  private final int[] finish;
  private final boolean[] done;
  private final int[] predLeft;
  private final int[] dur;
  private final int[] heads;

  /** Started set as bits, and its Zobrist hash ({@link CutsetStore#zobrist}), kept by place. */
  private final long[] doneBits;

  private long doneHash;

  /** Activities of zero duration, as bits. */
  private final long[] zeroDur;

  private final long[] zob;

  /** Running activities and their finishes, scratch of {@link #dominated(int)}. */
  private final int[] runJ;

  private final int[] runF;
  private final CutsetStore cutsets;

  /**
   * Scratch of {@link #dfs} per depth (the number of started activities): candidates, their starts,
   * eligible activities, their precedence-feasible and earliest starts; and the children's sort
   * keys. Allocated once per depth reached, since the arrays of a node at one depth are never
   * touched by its descendants, which are deeper.
   */
  private final int[][][] scratch;

  private final long[][] orders;
  private static final long MAX_STORED_INTS = 30_000_000L;

  /** Static tail after the finish of each activity (tail minus own duration). */
  private final int[] after;

  /** Activities by decreasing {@link #after}. */
  private final int[] byAfter;

  /** Virtual resources (real resources, then cliques): capacity each. */
  private final int[] vcap;

  /** Per activity: the virtual resources it uses and its demand on each. */
  private final int[][] vOf;

  private final int[][] wOf;

  /** Incompatibility bit rows ({@link Cliques#incompatible}), or null for large projects. */
  private final long[][] inc;

  private final int[] cpFrom;
  private final int[] cpTo;
  private final int[] itemHead;
  private final int[] itemRem;

  /** {@link #vOf} and {@link #wOf} flattened: activity j's entries are [vFrom[j], vFrom[j + 1]). */
  private final int[] vFrom;

  private final int[] vFlat;
  private final int[] wFlat;

  /** Per-call items of {@link #headTailBound(int)} in {@link #byAfter} order. */
  private final int[] cEnd;

  private final int[] cRem;
  private final int[] cAfter;
  private final int[] cJ;
  private final int[] headValues;
  private final long[] energy;

  /** Forward-backward rounds of {@link #timetable(int)}. */
  private static final int TT_ROUNDS = 3;

  /** Most window starts tried by {@link #headTailBound(int)}. */
  private static final int MAX_WINDOWS = 16;

  /** Whether {@link #shave()} runs in the destructive bound; off only to compare in tests. */
  boolean shaving = true;

  /** Trials of {@link #shave()} per activity, over one destructive bound. */
  private static final int SHAVE_PROBES_PER_ACTIVITY = 40;

  /** Most passes of {@link #shave()} over the activities. */
  private static final int SHAVE_PASSES = 4;

  /** Trials of {@link #shave()} so far in this destructive bound. */
  private long probes;

  /**
   * Earliest and latest start of each activity that {@link #shave()} has proven for the deadline
   * being tried; the release date and no limit otherwise.
   */
  private final int[] minStart;

  private final int[] maxStart;

  /**
   * Whether {@link #dominated(int)} also looks up the started set plus one activity ({@link
   * #supersetDominated(int)}); off only to compare in tests.
   */
  boolean supersets = true;

  /**
   * Whether the cutset rule compares a node at its earliest next start ({@link
   * #earliestNextStart(int)}) instead of its last start; off only to compare in tests.
   */
  boolean nextStarts = true;

  /** Whether {@link #detectablePrecedences()} runs; off only to compare in tests. */
  boolean disjunctive = true;

  /** Whether {@link #energeticFeasible(int)} runs; off only to compare in tests. */
  boolean energetic = true;

  /**
   * Set during {@link #destructiveBound(int, int)}: energetic reasoning runs there only. In the
   * search it cut less than 1 % of the nodes of the hardest j30 instances (j3013_2: 278,228 nodes
   * without it, 275,818 with it) at three times the cost per node, since the time-table propagation
   * before it already finds most of what it would.
   */
  private boolean atRoot;

  /** Items of {@link #energeticFeasible(int)}: earliest and latest start, duration, activity. */
  private final int[] eEst;

  private final int[] eLst;
  private final int[] eDur;
  private final int[] eJ;

  /** Candidate interval ends of {@link #energeticFeasible(int)}, sorted. */
  private final int[] eT1;

  private final int[] eT2;

  private long nodes;
  private long budget;
  private boolean aborted;

  /** Polled every 256 nodes; only a benchmark's wall-time limit sets it. */
  private BooleanSupplier stop = () -> false;

  private int ub;
  private int lb;
  private int[] best;

  BranchAndBound(final Model m) {
    if (!m.singleMode || m.n >= 0xFFF) {
      throw new IllegalArgumentException(
          "branch and bound needs single-mode activities, fewer than 4095");
    }
    this.m = m;
    this.n = m.n;
    this.prof = new Profile(m);
    this.start = new int[n];
    this.finish = new int[n];
    this.done = new boolean[n];
    this.predLeft = new int[n];
    this.dur = new int[n];
    this.heads = new int[n];
    this.doneBits = new long[(n + 63) / 64];
    this.zeroDur = new long[doneBits.length];
    this.zob = new long[n];
    for (int j = 0; j < n; j++) {
      zob[j] = CutsetStore.zobrist(j);
      if (m.dur[j][0] == 0) {
        zeroDur[j >> 6] |= 1L << (j & 63);
      }
    }
    this.runJ = new int[n];
    this.runF = new int[n];
    this.cutsets = new CutsetStore(n, MAX_STORED_INTS);
    this.scratch = new int[n][][];
    this.orders = new long[n][];
    for (int j = 0; j < n; j++) {
      dur[j] = m.dur[j][0];
      predLeft[j] = m.pred[j].length;
    }
    this.after = new int[n];
    final Integer[] o = new Integer[n];
    for (int j = 0; j < n; j++) {
      after[j] = m.tail[j] - dur[j];
      o[j] = j;
    }
    Arrays.sort(
        o,
        (x, y) ->
            after[y] != after[x] ? Integer.compare(after[y], after[x]) : Integer.compare(x, y));
    this.byAfter = new int[n];
    for (int j = 0; j < n; j++) {
      byAfter[j] = o[j];
    }
    final List<long[]> cliques = Cliques.of(m, dur);
    final int v = m.resources + cliques.size();
    this.vcap = new int[v];
    final List<List<int[]>> uses = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      uses.add(new ArrayList<>());
    }
    for (int r = 0; r < m.resources; r++) {
      vcap[r] = m.maxCap[r];
      for (int j = 0; j < n; j++) {
        if (vcap[r] > 0 && m.dem[j][0][r] > 0) {
          uses.get(j).add(new int[] {r, m.dem[j][0][r]});
        }
      }
    }
    for (int c = 0; c < cliques.size(); c++) {
      vcap[m.resources + c] = 1;
      final long[] bits = cliques.get(c);
      for (int j = 0; j < n; j++) {
        if ((bits[j >> 6] >>> (j & 63) & 1L) != 0) {
          uses.get(j).add(new int[] {m.resources + c, 1});
        }
      }
    }
    this.vOf = new int[n][];
    this.wOf = new int[n][];
    for (int j = 0; j < n; j++) {
      final List<int[]> u = uses.get(j);
      vOf[j] = new int[u.size()];
      wOf[j] = new int[u.size()];
      for (int k = 0; k < u.size(); k++) {
        vOf[j][k] = u.get(k)[0];
        wOf[j][k] = u.get(k)[1];
      }
    }
    this.inc = n <= Cliques.MAX_N ? Cliques.incompatible(m) : null;
    this.cpFrom = new int[n];
    this.cpTo = new int[n];
    this.itemHead = new int[n];
    this.itemRem = new int[n];
    this.vFrom = new int[n + 1];
    for (int j = 0; j < n; j++) {
      vFrom[j + 1] = vFrom[j] + vOf[j].length;
    }
    this.vFlat = new int[vFrom[n]];
    this.wFlat = new int[vFrom[n]];
    for (int j = 0; j < n; j++) {
      System.arraycopy(vOf[j], 0, vFlat, vFrom[j], vOf[j].length);
      System.arraycopy(wOf[j], 0, wFlat, vFrom[j], wOf[j].length);
    }
    this.cEnd = new int[n];
    this.cRem = new int[n];
    this.cAfter = new int[n];
    this.cJ = new int[n];
    this.headValues = new int[n];
    this.energy = new long[v];
    this.eEst = new int[n];
    this.eLst = new int[n];
    this.eDur = new int[n];
    this.eJ = new int[n];
    this.eT1 = new int[3 * n + 1];
    this.eT2 = new int[3 * n];
    this.minStart = m.release.clone();
    this.maxStart = new int[n];
    Arrays.fill(maxStart, Integer.MAX_VALUE);
  }

  /**
   * A lower bound on the makespan of the whole project, at the root (nothing started): the
   * head-and-tail bounds of {@link #bound(int)}.
   */
  int rootBound() {
    this.ub = Integer.MAX_VALUE;
    final int b = bound(0);
    return b;
  }

  /**
   * Destructive lower bound (Klein and Scholl 1999): for T = lo, lo + 1, ... below hi, the
   * propagation of {@link #bound(int)} against the deadline T, then the energetic reasoning of
   * {@link #energeticFeasible(int)}, then start-time shaving ({@link #shave()}), either refutes
   * makespan T (the bound rises to T + 1) or the loop stops.
   *
   * @param lo a valid lower bound
   * @param hi an upper bound (a feasible makespan)
   * @return a valid lower bound, at most hi
   */
  int destructiveBound(final int lo, final int hi) {
    int t = lo;
    atRoot = true;
    probes = 0;
    while (t < hi) {
      this.ub = t + 1;
      final boolean refuted = bound(0) >= ub || shaving && !shave();
      Arrays.fill(maxStart, Integer.MAX_VALUE);
      for (int j = 0; j < n; j++) {
        minStart[j] = m.release[j];
      }
      if (!refuted) {
        break;
      }
      t++;
    }
    atRoot = false;
    this.ub = Integer.MAX_VALUE;
    return t;
  }

  /**
   * Start-time shaving against the deadline ub - 1 (Martin and Shmoys, "A new approach to computing
   * optimal schedules for the job-shop scheduling problem", IPCO 1996; used for the RCPSP's
   * destructive bounds by Baptiste and Demassey, "Tight LP bounds for resource constrained project
   * scheduling", OR Spectrum 26 (2004) 251-262): each activity in turn is tried at its earliest
   * start and then at its latest start; when the propagation of {@link #bound(int)} refutes the
   * trial, that start is excluded (the earliest start rises by one, the latest falls by one), and
   * the passes repeat while a window moves. A window that empties refutes the deadline. At most
   * {@link #SHAVE_PROBES_PER_ACTIVITY} trials per activity over a {@link #destructiveBound(int,
   * int)} call, a count, so the bound is deterministic; energetic reasoning is off inside the
   * trials (its cubic cost times the trials would dominate).
   *
   * @return false when no schedule of makespan below ub exists
   */
  private boolean shave() {
    final boolean energeticWas = atRoot;
    atRoot = false;
    final long maxProbes = (long) SHAVE_PROBES_PER_ACTIVITY * n;
    try {
      for (int pass = 0; pass < SHAVE_PASSES; pass++) {
        boolean changed = false;
        for (final int j : m.topo) {
          if (dur[j] == 0 || vFrom[j + 1] == vFrom[j]) {
            continue;
          }
          if (probes >= maxProbes) {
            return bound(0) < ub;
          }
          if (bound(0) >= ub) {
            return false;
          }
          final int h = heads[j];
          final int l = cpFrom[j];
          if (l <= h) {
            continue;
          }
          probes++;
          final int keepMax = maxStart[j];
          maxStart[j] = h;
          final boolean early = bound(0) >= ub;
          maxStart[j] = keepMax;
          if (early) {
            minStart[j] = h + 1;
            changed = true;
          }
          probes++;
          final int keepMin = minStart[j];
          minStart[j] = Math.max(keepMin, l);
          final boolean late = bound(0) >= ub;
          minStart[j] = keepMin;
          if (late) {
            maxStart[j] = Math.min(maxStart[j], l - 1);
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
      }
      return bound(0) < ub;
    } finally {
      atRoot = energeticWas;
    }
  }

  /**
   * @param incumbent a feasible schedule's starts, improved upon
   * @param incumbentSpan its makespan
   * @param lowerBound a proven lower bound: the search stops when it reaches it
   * @param maxNodes node budget
   * @return whether the search completed, i.e. {@link #best()} is optimal
   */
  boolean solve(
      final int[] incumbent, final int incumbentSpan, final int lowerBound, final long maxNodes) {
    this.best = incumbent.clone();
    this.ub = incumbentSpan;
    this.lb = lowerBound;
    this.budget = maxNodes;
    if (ub <= lb) {
      return true;
    }
    this.lb = Math.max(lb, rootBound());
    this.ub = incumbentSpan;
    if (ub <= this.lb) {
      return true;
    }
    dfs(0, -1);
    return !aborted;
  }

  /**
   * Sets an outside stop condition (a benchmark's wall-time limit), which makes the result depend
   * on the machine's speed.
   *
   * @param s returns true when the search must stop
   */
  void stopWhen(final BooleanSupplier s) {
    this.stop = s;
  }

  int[] best() {
    return best;
  }

  int makespan() {
    return ub;
  }

  long nodes() {
    return nodes;
  }

  private void dfs(final int sPrev, final int prev) {
    int count = 0;
    int span = 0;
    for (int j = 0; j < n; j++) {
      if (done[j]) {
        count++;
        span = Math.max(span, finish[j]);
      }
    }
    if (count == n) {
      if (span < ub) {
        ub = span;
        best = start.clone();
      }
      return;
    }
    if (aborted || ub <= lb) {
      return;
    }
    if (++nodes > budget || (nodes & 255) == 0 && stop.getAsBoolean()) {
      aborted = true;
      return;
    }
    // candidates: eligible activities at their earliest start not before sPrev; every
    // unstarted activity starts no earlier than the least of these in any completion
    if (scratch[count] == null) {
      scratch[count] = new int[5][n];
      orders[count] = new long[n];
    }
    final int[] cand = scratch[count][0];
    final int[] cs = scratch[count][1];
    final int[] elig = scratch[count][2];
    final int[] es0 = scratch[count][3];
    final int[] est = scratch[count][4];
    final long[] order = orders[count];
    int ne = 0;
    int minS = Integer.MAX_VALUE;
    int unstarted = 0;
    for (int j = 0; j < n; j++) {
      if (done[j]) {
        continue;
      }
      unstarted++;
      if (predLeft[j] != 0) {
        continue;
      }
      int es = m.release[j];
      for (final int q : m.pred[j]) {
        es = Math.max(es, finish[q]);
      }
      final int s = prof.earliest(j, 0, Math.max(es, sPrev));
      if (s < 0 || s + m.tail[j] >= ub) {
        return;
      }
      elig[ne] = j;
      es0[j] = es;
      est[ne++] = s;
      minS = Math.min(minS, s);
    }
    // single-activity rule (Demeulemeester and Herroelen 1992): an eligible activity that can
    // start first and can run in parallel with no other unstarted activity is started there,
    // alone: in any completion the activities before it can be moved after it
    int forced = -1;
    if (m.constantCapacity && inc != null) {
      for (int e = 0; e < ne && forced < 0; e++) {
        final int j = elig[e];
        if (est[e] == minS && incompatibleWith(j) == unstarted - 1) {
          forced = e;
        }
      }
    }
    int nc = 0;
    for (int e = 0; e < ne; e++) {
      if (forced >= 0 && e != forced) {
        continue;
      }
      final int j = elig[e];
      final int s = est[e];
      final int es = es0[j];
      if (prev >= 0 && s == sPrev && m.rank[j] < m.rank[prev]) {
        continue;
      }
      if (es < s) {
        final int x = prof.earliest(j, 0, es);
        if (x >= 0 && x + dur[j] <= s) {
          continue;
        }
      }
      place(j, s);
      // the cutset rule before the bound: a dominated child costs no bound evaluation (a
      // child stored here and pruned later by its bound is still a valid dominator, since
      // the incumbent only improves)
      final int tq = nextStarts ? earliestNextStart(s) : s;
      if (dominated(s, tq)) {
        unplace(j);
        continue;
      }
      final int bound = bound(s);
      unplace(j);
      if (bound >= ub) {
        continue;
      }
      cand[nc] = j;
      cs[nc] = s;
      // most promising first: smallest bound, then earliest start, then longest tail
      order[nc] =
          ((long) bound << 42)
              | ((long) Math.min(s, 0x3FFFF) << 24)
              | ((long) (0xFFF - Math.min(0xFFF, m.tail[j])) << 12)
              | nc;
      nc++;
    }
    Arrays.sort(order, 0, nc);
    for (int c = 0; c < nc; c++) {
      final long key = order[c];
      final int idx = (int) (key & 0xFFF);
      final int j = cand[idx];
      final int bnd = (int) (key >>> 42);
      if (bnd >= ub || aborted) {
        continue;
      }
      place(j, cs[idx]);
      dfs(cs[idx], j);
      unplace(j);
    }
  }

  /**
   * @return how many other unstarted activities can never run in parallel with j
   */
  private int incompatibleWith(final int j) {
    final long[] row = inc[j];
    int c = 0;
    for (int w = 0; w < row.length; w++) {
      c += Long.bitCount(row[w] & ~doneBits[w]);
    }
    return c;
  }

  private void place(final int j, final int s) {
    start[j] = s;
    finish[j] = s + dur[j];
    done[j] = true;
    doneBits[j >> 6] |= 1L << (j & 63);
    doneHash ^= zob[j];
    prof.add(j, 0, s, 1);
    for (final int x : m.succ[j]) {
      predLeft[x]--;
    }
  }

  private void unplace(final int j) {
    done[j] = false;
    doneBits[j >> 6] &= ~(1L << (j & 63));
    doneHash ^= zob[j];
    prof.add(j, 0, start[j], -1);
    for (final int x : m.succ[j]) {
      predLeft[x]++;
    }
  }

  /** Lower bound on any completion where every unstarted activity starts at t or later. */
  private int bound(final int t) {
    int lbv = 0;
    for (final int j : m.topo) {
      if (done[j]) {
        lbv = Math.max(lbv, finish[j]);
        continue;
      }
      int h = Math.max(t, minStart[j]);
      for (final int q : m.pred[j]) {
        h = Math.max(h, done[q] ? finish[q] : heads[q] + dur[q]);
      }
      // it must also fit beside the activities already fixed: a resource-feasible head
      h = h + m.tail[j] >= ub ? h : prof.earliest(j, 0, h);
      if (h < 0) {
        return Integer.MAX_VALUE;
      }
      heads[j] = h;
      lbv = Math.max(lbv, h + m.tail[j]);
      if (lbv >= ub) {
        return lbv;
      }
    }
    if (ub != Integer.MAX_VALUE) {
      lbv = Math.max(lbv, timetable(t));
      if (lbv >= ub) {
        return lbv;
      }
      if (energetic && atRoot && !energeticFeasible(t)) {
        return ub;
      }
    }
    return Math.max(lbv, headTailBound(t));
  }

  /**
   * Time-table propagation against the deadline ub - 1 (Baptiste, Le Pape and Nuijten,
   * "Constraint-based scheduling", Kluwer 2001, ch. 2; Klein and Scholl, "Computing lower bounds by
   * destructive improvement: an application to resource-constrained project scheduling", EJOR 112
   * (1999) 322-346): an unstarted activity whose latest start ub - 1 - tail comes before its head
   * plus duration must run in between (its compulsory part); the heads are pushed, in topological
   * order, to the first period each activity fits beside the fixed activities and the compulsory
   * parts of the others.
   *
   * @return a lower bound, at least ub when no schedule of makespan below ub completes this node;
   *     updates {@link #heads}
   */
  private int timetable(final int t) {
    int lbv = 0;
    int count = 0;
    int result = 0;
    for (int j = 0; j < n; j++) {
      if (done[j]) {
        continue;
      }
      final int ls = Math.min(ub - 1 - m.tail[j], maxStart[j]);
      cpFrom[j] = ls;
      cpTo[j] = ls;
      if (ls < heads[j]) {
        result = ub;
        break;
      }
      if (ls < heads[j] + dur[j]) {
        if (!prof.fitsRange(j, 0, ls, heads[j] + dur[j])) {
          result = ub;
          break;
        }
        cpTo[j] = heads[j] + dur[j];
        prof.addRange(j, 0, ls, cpTo[j], 1);
        count++;
      }
    }
    for (int round = 0;
        result == 0 && (count > 0 || disjunctive && inc != null) && round < TT_ROUNDS;
        round++) {
      boolean changed = false;
      lbv = 0;
      for (final int j : m.topo) {
        if (done[j]) {
          lbv = Math.max(lbv, finish[j]);
          continue;
        }
        int h = Math.max(heads[j], t);
        for (final int q : m.pred[j]) {
          h = Math.max(h, done[q] ? finish[q] : heads[q] + dur[q]);
        }
        if (cpTo[j] > cpFrom[j]) {
          prof.addRange(j, 0, cpFrom[j], cpTo[j], -1);
          cpTo[j] = cpFrom[j];
        }
        h = prof.earliest(j, 0, h);
        if (h < 0 || h > cpFrom[j]) {
          result = ub;
          break;
        }
        changed |= h != heads[j];
        heads[j] = h;
        lbv = Math.max(lbv, h + m.tail[j]);
        if (cpFrom[j] < h + dur[j]) {
          if (!prof.fitsRange(j, 0, cpFrom[j], h + dur[j])) {
            result = ub;
            break;
          }
          cpTo[j] = h + dur[j];
          prof.addRange(j, 0, cpFrom[j], cpTo[j], 1);
        }
      }
      if (result != 0) {
        break;
      }
      if (disjunctive && inc != null) {
        final int moved = detectablePrecedences();
        if (moved < 0) {
          result = ub;
          break;
        }
        changed |= moved > 0;
        for (int j = 0; j < n; j++) {
          if (!done[j]) {
            lbv = Math.max(lbv, heads[j] + m.tail[j]);
          }
        }
        if (lbv >= ub) {
          result = ub;
          break;
        }
      }
      if (round > 0 && !changed) {
        break;
      }
      // backward: latest starts pulled by the successors' latest starts and the profile
      changed = false;
      for (int k = n - 1; k >= 0; k--) {
        final int j = m.topo[k];
        if (done[j]) {
          continue;
        }
        int hi = cpFrom[j];
        for (final int x : m.succ[j]) {
          hi = Math.min(hi, cpFrom[x] - dur[j]);
        }
        if (cpTo[j] > cpFrom[j]) {
          prof.addRange(j, 0, cpFrom[j], cpTo[j], -1);
          cpTo[j] = cpFrom[j];
        }
        final int ls = hi < heads[j] ? -1 : prof.latest(j, 0, heads[j], hi);
        if (ls < 0) {
          result = ub;
          break;
        }
        changed |= ls != cpFrom[j];
        cpFrom[j] = ls;
        cpTo[j] = ls;
        if (ls < heads[j] + dur[j]) {
          if (!prof.fitsRange(j, 0, ls, heads[j] + dur[j])) {
            result = ub;
            break;
          }
          cpTo[j] = heads[j] + dur[j];
          prof.addRange(j, 0, ls, cpTo[j], 1);
        }
      }
      if (!changed) {
        break;
      }
    }
    for (int j = 0; j < n; j++) {
      if (!done[j] && cpTo[j] > cpFrom[j]) {
        prof.addRange(j, 0, cpFrom[j], cpTo[j], -1);
        cpTo[j] = cpFrom[j];
      }
    }
    return result != 0 ? result : lbv;
  }

  /**
   * Detectable precedences on pairs of incompatible activities (two activities whose demands
   * together exceed some resource's largest capacity never overlap, so one runs before the other):
   * when i cannot end before the latest start of j (head of i plus its duration after the latest
   * start of j), j precedes i, so the head of i rises to the end of j's head and the latest start
   * of j falls to that of i minus j's duration; neither order possible refutes the node. This is
   * the pairwise disjunctive reasoning of constraint-based scheduling (Baptiste, Le Pape and
   * Nuijten, "Constraint-based scheduling", Kluwer 2001; the name is Vilim's, "O(n log n) filtering
   * algorithms for unary resource constraint", CPAIOR 2004, where it runs on a whole machine;
   * Brucker, Knust, Schoo and Thiele, "A branch and bound algorithm for the resource-constrained
   * project scheduling problem", EJOR 107 (1998) 272-288, who derive such disjunctions from the
   * resource constraints at every node). Heads and latest starts are {@link #heads} and {@link
   * #cpFrom}, and each change keeps the compulsory part in the profile in step.
   *
   * @return -1 when the node has no completion of makespan below ub, else how many windows moved
   */
  private int detectablePrecedences() {
    int moved = 0;
    for (int i = 0; i < n; i++) {
      if (done[i] || dur[i] == 0) {
        continue;
      }
      final long[] row = inc[i];
      for (int w = i >> 6; w < row.length; w++) {
        // unstarted activities of positive duration only
        long bits = row[w] & ~doneBits[w] & ~zeroDur[w];
        if (w == i >> 6) {
          bits &= -2L << (i & 63);
        }
        while (bits != 0) {
          final int j = (w << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          final boolean ij = heads[i] + dur[i] <= cpFrom[j];
          final boolean ji = heads[j] + dur[j] <= cpFrom[i];
          if (!ij && !ji) {
            return -1;
          }
          if (!ij) {
            // j before i
            if (heads[i] < heads[j] + dur[j] || cpFrom[j] > cpFrom[i] - dur[j]) {
              if (!setWindow(i, Math.max(heads[i], heads[j] + dur[j]), cpFrom[i])
                  || !setWindow(j, heads[j], Math.min(cpFrom[j], cpFrom[i] - dur[j]))) {
                return -1;
              }
              moved++;
            }
          } else if (!ji) {
            // i before j
            if (heads[j] < heads[i] + dur[i] || cpFrom[i] > cpFrom[j] - dur[i]) {
              if (!setWindow(j, Math.max(heads[j], heads[i] + dur[i]), cpFrom[j])
                  || !setWindow(i, heads[i], Math.min(cpFrom[i], cpFrom[j] - dur[i]))) {
                return -1;
              }
              moved++;
            }
          }
        }
      }
    }
    return moved;
  }

  /**
   * Sets the head and latest start of unstarted activity j, moving its compulsory part [latest
   * start, head + duration) in the profile.
   *
   * @return false when the window is empty or the compulsory part does not fit
   */
  private boolean setWindow(final int j, final int h, final int ls) {
    if (cpTo[j] > cpFrom[j]) {
      prof.addRange(j, 0, cpFrom[j], cpTo[j], -1);
    }
    heads[j] = h;
    cpFrom[j] = ls;
    cpTo[j] = ls;
    if (ls < h) {
      return false;
    }
    if (ls < h + dur[j]) {
      if (!prof.fitsRange(j, 0, ls, h + dur[j])) {
        return false;
      }
      cpTo[j] = h + dur[j];
      prof.addRange(j, 0, ls, cpTo[j], 1);
    }
    return true;
  }

  /**
   * Energetic reasoning against the deadline ub - 1 (Lopez, Erschler and Esquirol, "Ordonnancement
   * de taches sous contraintes: une approche energetique", RAIRO-APII 26 (1992) 453-481; Baptiste,
   * Le Pape and Nuijten, "Satisfiability tests and time-bound adjustments for cumulative scheduling
   * problems", Annals of OR 92 (1999) 305-333): in any schedule of makespan below ub, activity j
   * with earliest start est, latest start lst and duration p runs at least min(p, t2 - t1, est + p
   * - t1, t2 - lst) periods inside [t1, t2), whatever its start. If the sum of these minimal parts
   * times the demands exceeds capacity times (t2 - t1) on some resource, or on some clique of
   * pairwise incompatible activities (capacity one: the disjunctive case), no such schedule
   * completes this node. The earliest starts are the heads and the latest starts those {@link
   * #timetable(int)} left in {@link #cpFrom}; activities running at t count with their fixed
   * interval. Intervals start at t or at an earliest start, earliest end or latest start, and end
   * at an earliest end, latest start or latest end: the points where the minimal parts change slope
   * (the relevant intervals of Baptiste et al. without their third, mixed family), cubic in the
   * activities, so it runs in {@link #destructiveBound(int, int)} only.
   *
   * <p>Capacity is taken at its largest value over the horizon, an over-estimate for step-function
   * capacities, so the test stays valid for them.
   *
   * @return false when the node has no completion of makespan below ub
   */
  private boolean energeticFeasible(final int t) {
    int ni = 0;
    int n1 = 0;
    int n2 = 0;
    eT1[n1++] = t;
    for (int j = 0; j < n; j++) {
      if (vFrom[j + 1] == vFrom[j] || dur[j] == 0) {
        continue;
      }
      if (done[j]) {
        if (finish[j] <= t) {
          continue;
        }
        eEst[ni] = start[j];
        eLst[ni] = start[j];
      } else {
        eEst[ni] = heads[j];
        eLst[ni] = cpFrom[j];
        eT1[n1++] = heads[j];
        eT1[n1++] = heads[j] + dur[j];
        eT1[n1++] = cpFrom[j];
        eT2[n2++] = heads[j] + dur[j];
        eT2[n2++] = cpFrom[j];
        eT2[n2++] = cpFrom[j] + dur[j];
      }
      eDur[ni] = dur[j];
      eJ[ni] = j;
      ni++;
    }
    if (n2 == 0) {
      return true;
    }
    Arrays.sort(eT1, 0, n1);
    Arrays.sort(eT2, 0, n2);
    final long[] en = energy;
    for (int a = 0; a < n1; a++) {
      final int t1 = eT1[a];
      if (t1 < t || a > 0 && t1 == eT1[a - 1]) {
        continue;
      }
      for (int b = 0; b < n2; b++) {
        final int t2 = eT2[b];
        if (t2 <= t1 || b > 0 && t2 == eT2[b - 1]) {
          continue;
        }
        final int len = t2 - t1;
        Arrays.fill(en, 0L);
        for (int i = 0; i < ni; i++) {
          final int p = eDur[i];
          final int part = Math.min(Math.min(p, len), Math.min(eEst[i] + p - t1, t2 - eLst[i]));
          if (part <= 0) {
            continue;
          }
          final int j = eJ[i];
          for (int k = vFrom[j], end = vFrom[j + 1]; k < end; k++) {
            final int v = vFlat[k];
            en[v] += (long) wFlat[k] * part;
            if (en[v] > (long) vcap[v] * len) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /**
   * Head-tail energy bound on every virtual resource (each real resource, and each clique of
   * pairwise incompatible activities as a unit-capacity resource): the activities with head at
   * least a and tail at least b all run within [a, makespan - b], so the makespan is at least a +
   * their energy / capacity + b. The clique case is the disjunctive bound of Carlier's one-machine
   * relaxation; the cliques are those of the node-packing bound LB3 of Mingozzi, Maniezzo,
   * Ricciardelli and Bianco, "An exact algorithm for the resource-constrained project scheduling
   * problem based on a new mathematical formulation", Management Science 44 (1998) 714-729. Each
   * activity counts with the part of it that must lie after a when it starts at its head or later
   * (the left-shifted part of energetic reasoning, Lopez, Erschler and Esquirol 1992; Baptiste, Le
   * Pape and Nuijten 2001); activities already running count with their remaining part.
   */
  private int headTailBound(final int t) {
    int nh = 0;
    for (int j = 0; j < n; j++) {
      if (!done[j]) {
        itemHead[j] = heads[j];
        itemRem[j] = dur[j];
      } else if (finish[j] > t) {
        itemHead[j] = t;
        itemRem[j] = finish[j] - t;
      } else {
        itemRem[j] = 0;
        continue;
      }
      if (itemRem[j] > 0) {
        headValues[nh++] = itemHead[j];
      }
    }
    Arrays.sort(headValues, 0, nh);
    int distinct = 0;
    for (int h = 0; h < nh; h++) {
      if (h == 0 || headValues[h] != headValues[h - 1]) {
        headValues[distinct++] = headValues[h];
      }
    }
    // at most MAX_WINDOWS window starts, spread over the distinct heads: the cost of the
    // bound is linear in them
    final int windows = Math.min(distinct, MAX_WINDOWS);
    // the items that count, in byAfter order, in flat arrays
    int ni = 0;
    for (final int j : byAfter) {
      if (itemRem[j] > 0 && vFrom[j + 1] > vFrom[j]) {
        cEnd[ni] = itemHead[j] + itemRem[j];
        cRem[ni] = itemRem[j];
        cAfter[ni] = after[j];
        cJ[ni] = j;
        ni++;
      }
    }
    final int[] vs = vFlat;
    final int[] ws = wFlat;
    final long[] en = energy;
    int lbv = 0;
    for (int w = 0; w < windows; w++) {
      final int a =
          headValues[
              windows == distinct
                  ? w
                  : (int) ((long) w * (distinct - 1) / Math.max(1, windows - 1))];
      Arrays.fill(en, 0L);
      for (int i = 0; i < ni; i++) {
        // the part of j that must run at or after a, when it starts at its head or later
        final int part = Math.min(cRem[i], cEnd[i] - a);
        if (part <= 0) {
          continue;
        }
        final int j = cJ[i];
        long thr = (long) lbv - a - cAfter[i];
        for (int k = vFrom[j], end = vFrom[j + 1]; k < end; k++) {
          final int v = vs[k];
          final long e = en[v] += (long) ws[k] * part;
          final int c = vcap[v];
          // a + ceil(e / c) + after[j] > lbv exactly when e > c * (lbv - a - after[j]): the
          // division only when the bound rises
          if (e > c * thr) {
            final long b = a + (e + c - 1) / c + cAfter[i];
            lbv = (int) Math.min(b, Integer.MAX_VALUE);
            if (lbv >= ub) {
              return lbv;
            }
            thr = (long) lbv - a - cAfter[i];
          }
        }
      }
    }
    return lbv;
  }

  /**
   * Cutset rule: the current node (started set S, last start t, and no completion starting anything
   * before tq >= t) is dominated by a stored node with the same S at time k <= tq whose activities
   * each finished no later than max(tq, their finish here): that node's usage from tq on is no
   * larger, so any completion of this node also completes it. Stores the current node otherwise, at
   * its time t (its own subtree only searches starts from t on, so it vouches for nothing earlier).
   *
   * <p>Comparing at tq rather than t is the form of the rule in Demeulemeester and Herroelen
   * (1992), whose nodes sit at decision points (the next period at which something can start); in
   * the precedence tree the last start t is often earlier than that. On the slowest j30 proofs it
   * cuts the nodes by a third (j3013_5 572,953 to 300,681; docs/scheduler.md, "Seventh round of
   * issue 20").
   *
   * <p>Then, when {@link #supersets} is on, the same test against the stored nodes of S plus one
   * activity a that this node has not started but could (all its predecessors started), with a
   * taken as finished by tq ({@link #supersetDominated(int)}).
   *
   * @param t the last start of the current node
   * @param tq the node's earliest next start ({@link #earliestNextStart(int)}), or t
   */
  private boolean dominated(final int t, final int tq) {
    int running = 0;
    for (int j = 0; j < n; j++) {
      if (done[j] && finish[j] > t) {
        runJ[running] = j;
        runF[running++] = finish[j];
      }
    }
    // a node stored here and then found dominated below is still a valid entry: it has no
    // completion below the incumbent either
    return cutsets.dominatedElseStore(doneBits, doneHash, t, tq, runJ, runF, running, finish)
        || supersets && supersetDominated(tq);
  }

  /**
   * The earliest period at which any unstarted activity can start in a completion of the current
   * node whose last start is at t: the least resource-feasible start, at t or later, of an activity
   * whose predecessors have all started. Every other unstarted activity waits for one of these, and
   * the profile only fills as activities are added, so no completion starts anything earlier; this
   * is the node's time for the cutset rule ({@link #dominated(int, int)}), often later than t.
   *
   * @return a period at least t
   */
  private int earliestNextStart(final int t) {
    int tq = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (done[i] || predLeft[i] != 0) {
        continue;
      }
      int es = Math.max(t, m.release[i]);
      for (final int q : m.pred[i]) {
        es = Math.max(es, finish[q]);
      }
      if (es >= tq) {
        continue;
      }
      final int x = prof.earliest(i, 0, es);
      if (x < 0) {
        // no room left before the horizon: the bound refutes the node; t is always valid
        return t;
      }
      tq = Math.min(tq, x);
      if (tq == t) {
        return t;
      }
    }
    return tq == Integer.MAX_VALUE ? t : tq;
  }

  /**
   * The cutset rule across sets that differ by one activity: the current node N (started set S, no
   * completion of which starts anything before t: its earliest next start) is dominated by a stored
   * node M with started set S + {a}, a not started in N, when M's time is at most t, a finished in
   * M by t, and every other activity running in M ends no later than max(t, its finish in N). Take
   * any completion of N: it starts a at t or later, and every other activity of the complement of S
   * as well. The same starts without a complete M: from t on, M runs less than N on every resource
   * (a is over, the rest end no later), so what fits beside N fits beside M, and no successor is
   * released later in M (a ended by t). So M, searched before without a schedule below the
   * incumbent, shows that N has none either; a completion of N that drops a has the same or a
   * shorter makespan.
   *
   * <p>This extends the cutset rule of Demeulemeester and Herroelen (1992), which compares only
   * nodes with the same started set; the argument is theirs (a dominated node's completions all
   * complete the stored node), applied to a stored node that has done one activity more by the same
   * time. We know of no published source for this form; it is checked against brute force in {@code
   * BranchAndBoundTest}. The stored nodes are the cutset memo's own, so it is sound for the same
   * reason the cutset rule is in this tree, and it only ever looks up stored entries (no new
   * state). On the slowest j30 proofs it cuts the nodes by a quarter to a third (see
   * docs/scheduler.md, "Fifth round of issue 20").
   *
   * @return whether a stored node of S plus one activity dominates the current node
   */
  private boolean supersetDominated(final int t) {
    for (int a = 0; a < n; a++) {
      if (done[a] || predLeft[a] != 0) {
        continue;
      }
      final int w = a >> 6;
      final long bit = 1L << (a & 63);
      final int fa = finish[a];
      // a taken as finished by t: an entry that still runs a after t never dominates
      finish[a] = t;
      doneBits[w] |= bit;
      final boolean dom = cutsets.dominated(doneBits, doneHash ^ zob[a], t, finish);
      doneBits[w] &= ~bit;
      finish[a] = fa;
      if (dom) {
        return true;
      }
    }
    return false;
  }

  /** Distinct started sets in the cutset store (tests and measurements). */
  int storedSets() {
    return cutsets.sets();
  }
}
