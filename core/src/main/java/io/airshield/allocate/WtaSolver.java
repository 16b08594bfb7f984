package io.airshield.allocate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Solves a {@link WtaProblem}: exactly by enumeration when the search space is tiny, otherwise by
 * iterated local search with a very large-scale neighbourhood.
 *
 * <p>The heuristic: greedy construction by maximal marginal return; then local search over
 * relocations (one weapon to another target) and swaps (two weapons of different types exchange
 * targets), evaluated incrementally from exact per-target survival products; then the
 * assignment-based very large-scale neighbourhood of Ahuja, Kumar, Jha and Orlin, "Exact and
 * heuristic algorithms for the weapon-target assignment problem", Operations Research 55(6) (2007)
 * 1136-1146 (take at most one weapon from every target, reassign them all at once by an optimal
 * linear assignment). Iterated local search (Lourenco, Martin and Stuetzle 2003) then repeats:
 * perturb (alternately ruin and recreate a few weapons greedily, and move a random number of random
 * weapons to random targets), improve, keep the best; a round that ends worse still gives the best
 * every part of its difference in which it did better ({@link PartitionCrossover}).
 *
 * <p>Large problems ({@link #usesLagrangianStart}) start from more than the greedy assignment: the
 * assignments of a Lagrangian relaxation of the weapon counts ({@link WtaLagrangian}), each
 * improved by the local search, and their best combined by partition crossover with the parts of
 * the others that beat it. The relaxation prices every weapon by its worth elsewhere, so these
 * starts lie in better regions than the greedy one.
 *
 * <p>Every local optimum the search reaches joins a pool, and the pool is recombined ({@link
 * SetPartitionRecombination}: the best assignment each of whose targets takes the weapons some
 * pooled assignment gave it) after every {@link #RECOMBINE_EVERY} Lagrangian starts and at the end,
 * the child improved by local search. Local optima of this problem differ from better ones in
 * coordinated changes over some ten targets that no local move makes one at a time, but that the
 * pool already holds piecemeal: on the published 150 x 300 x 3 instance the recombination takes the
 * search from 0.02% to 0.11% above the best published solution (seeds 1 to 6) to within 0.01% of it
 * on 11 seeds of 12, and below it on 3 (docs/reinforce.md). With {@link Options#AUTO} the search
 * then restarts a few times from the best ({@link #eliteRestarts}) and recombines once more, which
 * takes the last of 24 seeds there within 1e-4 of the best published solution. Instances above
 * 240,000 weapon-target pairs get a portfolio of such searches ({@link #portfolioMembers}), each
 * from its own random stream, whose pools are recombined together: on those sizes which basin one
 * search ends in is a draw.
 *
 * <p>Deterministic: the work is budgeted by an iteration count, never by the clock, and all
 * randomness comes from one {@link SplittableRandom} seeded by {@link Options#seed()}. The same
 * problem and options give the same solution, bit for bit.
 *
 * <p>A solver keeps the search's working arrays (search state, crossover, pool, scratch) from one
 * solve to the next, grown to the largest problem and reset per solve, so that the command posts'
 * repeated solves allocate little more than their answers (issue 15); a solve's answer never
 * depends on the solves before it, and a solver may be shared between threads.
 */
public final class WtaSolver {
  /**
   * Budget and seed.
   *
   * @param iterations iterated-local-search rounds after the first local optimum, {@code >= 0}, or
   *     {@link #AUTO}: a count chosen from the problem's size alone (so still deterministic), many
   *     rounds for small problems, about 60 for the published 150 x 300 x 3 benchmark; AUTO also
   *     stops after 250 rounds without a new best
   * @param seed seed of the random stream
   * @param exactLimit problems whose search space (number of distinct assignments, up to the
   *     identity of units of one type) is at most this are solved exactly by enumeration; 0
   *     disables enumeration
   * @param bound whether a problem not enumerated gets a certified lower bound ({@link WtaBound},
   *     {@link WtaSolution#lowerBound()}); without, its lower bound is 0. An enumerated problem's
   *     bound is its optimum either way
   */
  public record Options(long iterations, long seed, long exactLimit, boolean bound) {
    /** {@link #iterations()} value asking for a count chosen from the problem's size. */
    public static final long AUTO = -1;

    /** Defaults: automatic rounds, seed 1, enumeration up to 1,000,000 assignments. */
    public static final Options DEFAULT = new Options(AUTO, 1, 1_000_000, true);

    /**
     * Without the lower bound: the campaign's command posts' fast path.
     *
     * @param iterations see the record
     * @param seed see the record
     * @param exactLimit see the record
     */
    public Options(final long iterations, final long seed, final long exactLimit) {
      this(iterations, seed, exactLimit, false);
    }

    /** Validates. */
    public Options {
      if (iterations < 0 && iterations != AUTO) {
        throw new IllegalArgumentException("iterations must be >= 0 or AUTO, got " + iterations);
      }
      if (exactLimit < 0) {
        throw new IllegalArgumentException("exactLimit must be >= 0, got " + exactLimit);
      }
    }

    /**
     * @param n iterations, or {@link #AUTO}
     * @return these options with that many iterations
     */
    public Options withIterations(final long n) {
      return new Options(n, seed, exactLimit, bound);
    }

    /**
     * @param s seed
     * @return these options with that seed
     */
    public Options withSeed(final long s) {
      return new Options(iterations, s, exactLimit, bound);
    }

    /**
     * @param limit exact-enumeration limit
     * @return these options with that limit
     */
    public Options withExactLimit(final long limit) {
      return new Options(iterations, seed, limit, bound);
    }

    /**
     * @param b whether to certify a lower bound
     * @return these options with that setting
     */
    public Options withBound(final boolean b) {
      return new Options(iterations, seed, exactLimit, b);
    }
  }

  /**
   * The number of rounds {@link Options#AUTO} stands for: inversely proportional to the cost of one
   * round, which is dominated by the dense assignment moves (about targets squared each, and more
   * moves per round as weapons outnumber targets), between 20 and 1,000. The constant is set so
   * that each published benchmark instance takes under 2 s on one core of the development machine
   * (see the bench module's WtaBenchmarkRunner); the count depends on the problem's size alone, so
   * results stay deterministic.
   *
   * @param problem the problem
   * @return the rounds
   */
  public static long autoIterations(final WtaProblem problem) {
    final double t = problem.targetCount();
    final double work = t * t * Math.max(problem.weaponCount(), t);
    return Math.max(20, Math.min(1000, Math.round(2.5e9 / Math.max(1.0, work))));
  }

  private final Options options;

  /** Weapon-target pairs per member of the portfolio ({@link #portfolioMembers}). */
  private final long pairsPerMember;

  /**
   * The working arrays of the last solve, for the next one (issue 15): the command posts call one
   * solver about 0.6 times a replication, and these arrays are most of what a solve allocated. A
   * solve takes them (or, if another thread holds them, makes its own) and gives them back, so a
   * solver may still be shared between threads; every array is reset by the solve that takes it, so
   * the answer never depends on what was solved before.
   */
  private final AtomicReference<Workspace> spare = new AtomicReference<>();

  /** The search, crossover, pool and scratch arrays of one solve; they grow and are reused. */
  private static final class Workspace {
    final WtaSearch search = new WtaSearch();
    final PartitionCrossover crossover = new PartitionCrossover();
    final SetPartitionRecombination pool = new SetPartitionRecombination();

    /** The best assignment found. */
    int[] best = new int[0];

    /** A child of the crossover or the recombination. */
    int[] child = new int[0];

    /** Per target: survival ({@link #evaluate}) and certain kills ({@link #dropIdle}). */
    double[] q = new double[0];

    int[] certain = new int[0];

    /** Type of each weapon. */
    int[] type = new int[0];

    void reset(final WtaProblem problem) {
      final int n = problem.weaponCount();
      final int t = problem.targetCount();
      if (best.length < n) {
        best = new int[n];
        child = new int[n];
        type = new int[n];
      }
      if (q.length < t) {
        q = new double[t];
        certain = new int[t];
      }
      int w = 0;
      for (int i = 0; i < problem.typeCount(); i++) {
        for (int u = problem.units(i); u > 0; u--) {
          type[w++] = i;
        }
      }
    }

    /**
     * {@link WtaSolution#evaluate} of the first weapons-count entries of {@code a}, without
     * allocating: the same products in the same order and the same compensated sum, so the same
     * bits.
     */
    double evaluate(final WtaProblem problem, final int[] a) {
      return WtaSolution.evaluate(problem, a, problem.weaponCount(), type, q);
    }
  }

  /** The spare workspace, or a new one if another solve holds it. */
  private Workspace take(final WtaProblem problem) {
    Workspace ws = spare.getAndSet(null);
    if (ws == null) {
      ws = new Workspace();
    }
    ws.reset(problem);
    return ws;
  }

  /** A solver with {@link Options#DEFAULT}. */
  public WtaSolver() {
    this(Options.DEFAULT);
  }

  /**
   * @param options budget and seed
   */
  public WtaSolver(final Options options) {
    this(options, PAIRS_PER_MEMBER);
  }

  /**
   * With another portfolio size ({@link #portfolioMembers}), for the tests: a portfolio on problems
   * small enough to test.
   *
   * @param options budget and seed
   * @param pairsPerMember weapon-target pairs per member of the portfolio ({@link
   *     #PAIRS_PER_MEMBER}), {@code >= 1}
   */
  WtaSolver(final Options options, final long pairsPerMember) {
    if (pairsPerMember < 1) {
      throw new IllegalArgumentException("pairsPerMember must be >= 1, got " + pairsPerMember);
    }
    this.options = options;
    this.pairsPerMember = pairsPerMember;
  }

  /**
   * @return the options
   */
  public Options options() {
    return options;
  }

  /**
   * @param problem the problem
   * @return the best assignment found (optimal when the problem was enumerated)
   */
  public WtaSolution solve(final WtaProblem problem) {
    return solve(problem, () -> {});
  }

  /**
   * As {@link #solve(WtaProblem)}, telling the caller when the search has ended and the lower bound
   * begins (so that a benchmark can time the two apart).
   *
   * @param problem the problem
   * @param searchDone run once, when the best assignment is known
   * @return the best assignment found, with its lower bound
   */
  public WtaSolution solve(final WtaProblem problem, final Runnable searchDone) {
    final int n = problem.weaponCount();
    final int t = problem.targetCount();
    if (n == 0 || t == 0) {
      final int[] a = new int[n];
      Arrays.fill(a, WtaSolution.UNASSIGNED);
      searchDone.run();
      return WtaSolution.of(problem, a, Double.POSITIVE_INFINITY); // the only assignment
    }
    if (searchSpace(problem) <= options.exactLimit()) {
      final int[] best = enumerate(problem);
      searchDone.run();
      if (problem.allowUnassigned()) {
        dropIdle(problem, best, new int[t], problem.weaponTypes());
      }
      return WtaSolution.of(problem, best, Double.POSITIVE_INFINITY); // optimal
    }
    final Workspace ws = take(problem);
    try {
      final SetPartitionRecombination pool = iteratedLocalSearch(problem, ws);
      final int[] found = Arrays.copyOf(ws.best, n);
      searchDone.run();
      int[] best = found;
      double lower = 0.0;
      if (options.bound()) {
        final WtaBound.Result root = bound(problem, found, pool);
        final double obj = WtaSolution.evaluate(problem, found);
        lower = root.bound();
        if (root.bound() < obj - WtaExact.TOLERANCE * Math.abs(obj) && provesCheaply(problem)) {
          // a small problem whose gap the bound leaves open: the branch and bound closes it
          final WtaExact.Result r = new WtaExact(problem).solve(found, root.prices(), PROOF_NODES);
          best = r.assignment();
          lower = Math.max(root.bound(), r.lowerBound());
        }
      }
      if (problem.allowUnassigned()) {
        dropIdle(problem, best, ws.certain, ws.type);
      }
      return WtaSolution.of(problem, best, lower);
    } finally {
      spare.set(ws); // the bound has read the pool: the next solve may reset it
    }
  }

  /**
   * What {@link #solveExact} proved.
   *
   * @param solution the best assignment found, with the bound proved ({@link
   *     WtaSolution#lowerBound()})
   * @param proven whether it is optimal (within a relative {@code 1e-9})
   * @param nodes branch-and-bound nodes searched (0 when the search's bound already closed the gap
   *     or the problem was enumerated)
   * @param nodeLimit the node budget
   */
  public record Exact(WtaSolution solution, boolean proven, long nodes, long nodeLimit) {}

  /**
   * Solves and then proves optimality: the search and its certified bound as {@link #solve}, then,
   * if the gap is still open, a branch and bound on the counts of units per target bounded by the
   * Lagrangian relaxation ({@link WtaExact}) until the gap closes or {@code nodeLimit} nodes have
   * been searched. Meant for small problems (it closes the published 50 x 100 instances); larger
   * ones may run out of nodes, which the answer says.
   *
   * @param problem the problem
   * @param nodeLimit most branch-and-bound nodes, {@code >= 1}
   * @return the answer and whether it is proved optimal
   */
  public Exact solveExact(final WtaProblem problem, final long nodeLimit) {
    if (nodeLimit < 1) {
      throw new IllegalArgumentException("nodeLimit must be >= 1, got " + nodeLimit);
    }
    if (problem.weaponCount() == 0
        || problem.targetCount() == 0
        || searchSpace(problem) <= options.exactLimit()) {
      return new Exact(solve(problem), true, 0, nodeLimit);
    }
    // a workspace of its own: the bound below reads the pool after the search
    final Workspace ws = new Workspace();
    ws.reset(problem);
    final SetPartitionRecombination pool = iteratedLocalSearch(problem, ws);
    final int[] best = Arrays.copyOf(ws.best, problem.weaponCount());
    final WtaBound.Result root = bound(problem, best, pool);
    final double obj = WtaSolution.evaluate(problem, best);
    if (root.bound() >= obj - WtaExact.TOLERANCE * Math.abs(obj)) {
      return new Exact(WtaSolution.of(problem, best, root.bound()), true, 0, nodeLimit);
    }
    final WtaExact.Result r = new WtaExact(problem).solve(best, root.prices(), nodeLimit);
    final double lower = Math.max(root.bound(), r.lowerBound());
    final int[] a = r.assignment();
    if (problem.allowUnassigned()) {
      dropIdle(problem, a, new int[problem.targetCount()], problem.weaponTypes());
    }
    return new Exact(WtaSolution.of(problem, a, lower), r.proven(), r.nodes(), nodeLimit);
  }

  /**
   * Whether a solve that certifies a bound ({@link Options#bound()}) also runs the branch and bound
   * of {@link #solveExact} (at most {@link #PROOF_NODES} nodes) when the bound leaves a gap: for
   * problems of at most {@link #PROOF_LIMIT} types times targets, where a node costs a few
   * thousandths of a second. On the published 50 x 100 x 2 instance the bound alone leaves 1.7e-4
   * on some seeds and about 50 nodes prove the search's answer optimal (about 1 s of CPU in all).
   *
   * @param problem the problem
   * @return whether the proof is attempted
   */
  static boolean provesCheaply(final WtaProblem problem) {
    return (long) problem.typeCount() * problem.targetCount() <= PROOF_LIMIT;
  }

  /** Most types times targets for the proof of {@link #provesCheaply}: the 50 x 100 instances. */
  static final long PROOF_LIMIT = 5_000;

  /** Most branch-and-bound nodes of the proof of {@link #provesCheaply}. */
  static final long PROOF_NODES = 500;

  /** Column-generation rounds of the certified bound. */
  static final int BOUND_ROUNDS = 60;

  /** Exact subgradient steps per round of the certified bound. */
  static final int BOUND_STEPS = 4;

  /**
   * The certified lower bound ({@link WtaBound}) from the search's pool and best assignment.
   *
   * @param problem the problem
   * @param best the best assignment
   * @param pool the search's pool, or null
   * @return the bound
   */
  static WtaBound.Result bound(
      final WtaProblem problem, final int[] best, final SetPartitionRecombination pool) {
    final WtaBound b = new WtaBound(problem);
    final double[] start;
    if (pool != null) {
      b.addPool(pool);
      start = pool.prices();
    } else {
      final WtaSearch s = new WtaSearch(problem);
      s.load(best);
      start = s.unitWorth(problem.typeCount());
    }
    b.addColumns(best);
    return b.certify(start, WtaSolution.evaluate(problem, best), BOUND_ROUNDS, BOUND_STEPS);
  }

  /**
   * The greedy construction alone (maximal marginal return), for comparison and as a quick answer.
   *
   * @param problem the problem
   * @return the greedy assignment
   */
  public static WtaSolution greedy(final WtaProblem problem) {
    final int n = problem.weaponCount();
    if (n == 0 || problem.targetCount() == 0) {
      final int[] a = new int[n];
      Arrays.fill(a, WtaSolution.UNASSIGNED);
      return WtaSolution.of(problem, a);
    }
    final WtaSearch s = new WtaSearch(problem);
    s.greedy();
    return WtaSolution.of(problem, Arrays.copyOf(s.tgt, n));
  }

  /**
   * The number of distinct assignments up to permutations of identical units: the product over
   * types of the multiset count {@code C(T + u - 1, u)}, saturating at {@link Long#MAX_VALUE}.
   *
   * @param problem the problem
   * @return the search-space size
   */
  public static long searchSpace(final WtaProblem problem) {
    final int[] units = new int[problem.typeCount()];
    for (int i = 0; i < units.length; i++) {
      units[i] = problem.units(i);
    }
    return searchSpace(problem.targetCount(), units, units.length);
  }

  /**
   * The same for {@code types} types of {@code units[i]} weapons over {@code t} targets, without a
   * problem object ({@link SmallWtaWorkspace} asks it for every decision it loads).
   */
  static long searchSpace(final int t, final int[] units, final int types) {
    double total = 1.0;
    for (int i = 0; i < types; i++) {
      final int u = units[i];
      double c = 1.0;
      for (int k = 1; k <= u; k++) {
        c = c * (t - 1 + k) / k;
        if (c > 1e18) {
          return Long.MAX_VALUE;
        }
      }
      total *= c;
      if (total > 1e18) {
        return Long.MAX_VALUE;
      }
    }
    return Math.round(total);
  }

  /**
   * The search: leaves the best assignment in {@code ws.best} (its first weapons-count entries).
   *
   * @return the pool of local optima, or null if none was kept ({@link #usesRecombination})
   */
  private SetPartitionRecombination iteratedLocalSearch(
      final WtaProblem problem, final Workspace ws) {
    final SetPartitionRecombination pool =
        iteratedLocalSearch(problem, ws, new SplittableRandom(options.seed()), 0.0);
    final int members =
        options.iterations() == Options.AUTO ? portfolioMembers(problem, pairsPerMember) : 1;
    if (pool == null || members <= 1 || !usesLagrangianStart(problem)) {
      return pool;
    }
    // the other members: the same search from independent random streams, each with a pool of its
    // own, then every member's local optima pooled and recombined from the best of them
    final int n = problem.weaponCount();
    final SplittableRandom streams = new SplittableRandom(options.seed() ^ PORTFOLIO_SALT);
    final Workspace member = new Workspace();
    double bestObj = ws.evaluate(problem, ws.best);
    for (int r = 1; r < members; r++) {
      member.reset(problem);
      final SetPartitionRecombination own =
          iteratedLocalSearch(problem, member, streams.split(), MEMBER_PRICE_NOISE);
      pool.addAll(own);
      final double obj = member.evaluate(problem, member.best);
      if (obj < bestObj * (1 - 1e-13)) {
        System.arraycopy(member.best, 0, ws.best, 0, n);
        bestObj = obj;
      }
    }
    final WtaSearch s = ws.search;
    s.load(ws.best);
    if (recombine(
        s, pool, streams.split(), ws.best, bestObj, FINAL_RECOMBINATION_NODES, ws.child)) {
      System.arraycopy(s.tgt, 0, ws.best, 0, n);
    }
    return pool;
  }

  /**
   * With {@link Options#AUTO} and the Lagrangian start, how many independent searches (members of a
   * portfolio) a problem gets: one up to {@link #PORTFOLIO_FROM} times {@link #PAIRS_PER_MEMBER}
   * weapon-target pairs (240,000: the generated 200 x 400 x 3 instance, the largest on which one
   * search ended within 1e-4 of the best of 12 seeds on every seed, so every smaller instance keeps
   * its search), above that one per {@link #PAIRS_PER_MEMBER} pairs, rounded up, at most {@link
   * #MAX_MEMBERS} (five on 350 x 700 x 2 and 500 x 1000 x 1, eight on 500 x 1000 x 2 and x 3). A
   * count from the size alone.
   *
   * <p>Why: on 350 x 700 x 2 one search ended in the best of 12 seeds' basin on 8 seeds of 12, the
   * others on one assignment 7.3e-4 above it, whatever lever was pulled inside the search (more
   * starts, restarts, islands; docs/reinforce.md): which basin a search falls into is a draw. The
   * members draw independently and their pools are recombined together, so the answer is at least
   * the best member's, and misses only if every member misses; three members still missed on one
   * seed of 12. The first member is the search a problem of one member gets, so the answer is never
   * worse than that search's.
   *
   * @param problem the problem
   * @return the members, at least 1
   */
  static int portfolioMembers(final WtaProblem problem) {
    return portfolioMembers(problem, PAIRS_PER_MEMBER);
  }

  private static int portfolioMembers(final WtaProblem problem, final long pairsPerMember) {
    final long pairs = (long) problem.weaponCount() * problem.targetCount();
    if (pairs <= PORTFOLIO_FROM * pairsPerMember) {
      return 1;
    }
    return (int) Math.min(MAX_MEMBERS, (pairs + pairsPerMember - 1) / pairsPerMember);
  }

  /** Weapon-target pairs per member of {@link #portfolioMembers}. */
  static final long PAIRS_PER_MEMBER = 100_000;

  /**
   * The portfolio of {@link #portfolioMembers} begins above this many times {@link
   * #PAIRS_PER_MEMBER} pairs.
   */
  static final double PORTFOLIO_FROM = 2.4;

  /** Most members of {@link #portfolioMembers}. */
  static final int MAX_MEMBERS = 8;

  /**
   * Mixed into the seed of the portfolio's other members, so their streams differ from the first's.
   */
  private static final long PORTFOLIO_SALT = 0x9E3779B97F4A7C15L;

  /**
   * How far the other members of the portfolio move the relaxation's starting prices: each type's
   * price is multiplied by a factor drawn uniformly from {@code 1 +- MEMBER_PRICE_NOISE}. The
   * members' random streams alone differ only in the local searches (the relaxation's path from the
   * prices of a greedy start is nearly the same), and on 350 x 700 x 2 three such members all ended
   * in the same worse basin on one seed of 12 (docs/reinforce.md).
   */
  static final double MEMBER_PRICE_NOISE = 0.5;

  /**
   * One member of the search, from the random stream {@code rnd}, the relaxation's starting prices
   * moved by up to {@code priceNoise} of themselves (0 for the first member: the search as it was).
   */
  private SetPartitionRecombination iteratedLocalSearch(
      final WtaProblem problem,
      final Workspace ws,
      final SplittableRandom rnd,
      final double priceNoise) {
    final WtaSearch s = ws.search;
    s.reset(problem);
    final int n = s.weaponCount();
    s.greedy();
    s.improve(rnd);
    final int[] best = ws.best;
    System.arraycopy(s.tgt, 0, best, 0, n);
    double bestObj = s.objective();
    // perturbation sizes: small, since every round's local search ends with assignment moves
    // that repair a few displaced weapons cheaply but a large disruption slowly
    final int kMax = Math.max(2, Math.min(n, Math.min(2 + n / 20, RUIN_MAX)));
    final int kickMax = Math.max(3, Math.min(n, Math.min(1 + n / 4, KICK_MAX)));
    long rounds =
        options.iterations() == Options.AUTO ? autoIterations(problem) : options.iterations();
    final PartitionCrossover crossover = ws.crossover;
    crossover.reset(problem);
    final SetPartitionRecombination pool = usesRecombination(problem) ? ws.pool : null;
    if (pool != null) {
      pool.reset(problem);
      pool.add(best);
    }
    int restarts = 0;
    if (usesLagrangianStart(problem)) {
      final boolean auto = options.iterations() == Options.AUTO;
      final int runs = auto ? lagrangianRuns(problem) : 1;
      final int total = auto ? autoLagrangianStarts(problem) : lagrangianStarts(problem);
      int count = 0;
      for (int run = 0; run < runs; run++) {
        if (run > 0 && pool != null) {
          // the next relaxation starts from the best combination of everything pooled so far
          if (recombine(s, pool, rnd, best, bestObj, FINAL_RECOMBINATION_NODES, ws.child)) {
            System.arraycopy(s.tgt, 0, best, 0, n);
            bestObj = ws.evaluate(problem, best);
          }
          s.load(best);
        }
        // the starts shared as evenly as they go among the runs, the first runs taking the rest
        final int starts = total / runs + (run < total % runs ? 1 : 0);
        final Start start =
            lagrangianStart(
                problem, s, crossover, pool, rnd, best, bestObj, starts, ws.child, priceNoise);
        System.arraycopy(start.best(), 0, best, 0, n);
        bestObj = start.objective();
        s.load(best);
        count += start.count();
      }
      if (auto) {
        // each start (a completion and a local search from far off) costs about two rounds
        rounds = Math.max(AUTO_MIN_AFTER_START, rounds - 2L * count);
        restarts = eliteRestarts(problem);
      }
    }
    long lastGain = 0;
    for (long it = 0; it < rounds; it++) {
      if (options.iterations() == Options.AUTO && it - lastGain >= AUTO_PATIENCE) {
        break;
      }
      final int k = 2 + rnd.nextInt(kMax - 1);
      if ((it & 1) == 1) {
        s.kick(rnd, 1 + rnd.nextInt(kickMax));
      } else {
        s.ruinRecreate(rnd, k);
      }
      s.improve(rnd);
      if (pool != null) {
        pool.add(s.tgt);
      }
      if (s.objective() < bestObj * (1 - 1e-13)) {
        System.arraycopy(s.tgt, 0, best, 0, n);
        bestObj = s.objective();
        lastGain = it;
      } else {
        // a round that ends worse may still have bettered some part: the best takes those parts
        final int[] child = ws.child;
        if (crossover.cross(best, s.tgt, child)
            && ws.evaluate(problem, child) < bestObj * (1 - 1e-13)) {
          s.load(child);
          System.arraycopy(child, 0, best, 0, n);
          bestObj = s.objective();
          lastGain = it;
          continue;
        }
        if (s.objective() > bestObj) {
          s.load(best);
        }
      }
    }
    if (pool != null
        && recombine(s, pool, rnd, best, bestObj, FINAL_RECOMBINATION_NODES, ws.child)) {
      System.arraycopy(s.tgt, 0, best, 0, n);
      bestObj = ws.evaluate(problem, best);
    }
    if (pool != null && restarts > 0) {
      // restarts from the best, each far enough to leave its basin, pooled and recombined once
      final int ruin = Math.max(2, (int) Math.round(RESTART_RUIN * n));
      for (int e = 0; e < restarts; e++) {
        s.load(best);
        s.ruinRecreate(rnd, ruin);
        s.improve(rnd);
        pool.add(s.tgt);
        if (s.objective() < bestObj * (1 - 1e-13)) {
          System.arraycopy(s.tgt, 0, best, 0, n);
          bestObj = s.objective();
        }
      }
      if (recombine(s, pool, rnd, best, bestObj, FINAL_RECOMBINATION_NODES, ws.child)) {
        System.arraycopy(s.tgt, 0, best, 0, n);
      }
    }
    return pool;
  }

  /**
   * With {@link Options#AUTO} and the Lagrangian start, the restarts from the best assignment after
   * the last recombination: one per {@link #STARTS_PER_RESTART} Lagrangian starts (4 on the
   * published 150 x 300 x 3 instance, 13 on 500 x 1000 x 3), so a count from the size alone.
   *
   * <p>Why: the starts all follow one deterministic subgradient path, and on a few seeds their pool
   * holds no better combination than its best (on 150 x 300 x 3, seed 10 of seeds 1 to 24 ended
   * 5.1e-4 above the best published bound). Each restart takes {@link #RESTART_RUIN} of the weapons
   * out of the best at random, puts them back greedily and improves the result: a local optimum
   * that keeps most of the best and differs in the rest, and the last recombination combines them.
   * Smaller ruins (5% and 2% of the weapons) left seed 10 where it was.
   *
   * @param problem the problem
   * @return the restarts
   */
  static int eliteRestarts(final WtaProblem problem) {
    return Math.max(4, Math.round((float) autoLagrangianStarts(problem) / STARTS_PER_RESTART));
  }

  /** Lagrangian starts per restart from the best ({@link #eliteRestarts}). */
  static final int STARTS_PER_RESTART = 8;

  /** The share of the weapons a restart from the best takes out and puts back. */
  static final double RESTART_RUIN = 0.15;

  /**
   * Whether the local optima found are recombined by {@link SetPartitionRecombination}: for the
   * problems the assignment moves search ({@link WtaSearch#DENSE_LIMIT} targets at most), so that
   * its pricing, {@code 10,000} passes over the pooled columns, stays cheap beside them.
   *
   * @param problem the problem
   * @return whether the pool is kept and recombined
   */
  static boolean usesRecombination(final WtaProblem problem) {
    return problem.targetCount() <= WtaSearch.DENSE_LIMIT;
  }

  /** Most branch-and-bound nodes of the recombination that ends the search. */
  private static final long FINAL_RECOMBINATION_NODES = 1_000_000;

  /** Most branch-and-bound nodes of each recombination during the Lagrangian start. */
  private static final long START_RECOMBINATION_NODES = 100_000;

  /** The Lagrangian start recombines its pool after every this many assignments. */
  private static final int RECOMBINE_EVERY = 16;

  /**
   * Recombines the pool from the best assignment, improves the child by local search and adds it to
   * the pool; leaves the search {@code s} holding the child if there was one.
   *
   * @param scratch receives the child before its local search (not {@code best})
   * @return whether the improved child, which {@code s} holds, beats {@code bestObj}
   */
  private static boolean recombine(
      final WtaSearch s,
      final SetPartitionRecombination pool,
      final SplittableRandom rnd,
      final int[] best,
      final double bestObj,
      final long nodes,
      final int[] scratch) {
    if (!pool.solve(best, nodes, scratch)) {
      return false;
    }
    s.load(scratch);
    s.improve(rnd);
    pool.add(s.tgt);
    return s.objective() < bestObj * (1 - 1e-13);
  }

  /**
   * Whether the search starts from the Lagrangian assignments ({@link WtaLagrangian}) as well as
   * the greedy one: for problems large enough that {@link Options#AUTO} cannot give the search its
   * full 1,000 rounds (where a better start is worth its cost; the command posts' small problems
   * never qualify), small enough in types times targets ({@link #LAGRANGE_LIMIT}) for its 1,000
   * relaxations to stay cheap, and with at most two weapons per target, since its bundles hold at
   * most two.
   *
   * @param problem the problem
   * @return whether the Lagrangian start is used
   */
  static boolean usesLagrangianStart(final WtaProblem problem) {
    return autoIterations(problem) < 1000
        && (long) problem.typeCount() * problem.targetCount() <= LAGRANGE_LIMIT
        && problem.weaponCount() <= 2L * problem.targetCount();
  }

  /**
   * Most types times targets for the Lagrangian start: 1,000 relaxations of a million entries take
   * a few seconds, little beside the hundred starts {@link #autoLagrangianStarts} gives a problem
   * of that size (the generated 500 x 1000 instances have half a million).
   */
  static final long LAGRANGE_LIMIT = 1_000_000;

  /** Subgradient iterations of the Lagrangian start. */
  private static final int LAGRANGE_ITERATIONS = 1000;

  /** The Lagrangian start's first assignment comes at this iteration (the prices have settled). */
  private static final int LAGRANGE_FROM = 200;

  /**
   * Most assignments the Lagrangian start tries; fewer for the largest problems, as many as half
   * the rounds {@link Options#AUTO} gives the search (each costs about two rounds), at least 4.
   *
   * @param problem the problem
   * @return the assignments to try, spread evenly over the iterations after {@link #LAGRANGE_FROM}
   */
  static int lagrangianStarts(final WtaProblem problem) {
    return (int) Math.max(4, Math.min(32, autoIterations(problem) / 2));
  }

  /**
   * With {@link Options#AUTO}, the Lagrangian starts of the whole search: a budget that grows with
   * the instance, {@link #STARTS_PER_SIZE} times the square root of weapons times targets (about 32
   * on the published 150 x 300 x 3 instance, 43 on 200 x 400 x 3, 107 on 500 x 1000 x 3), and never
   * fewer than {@link #lagrangianStarts}. A count, not a time: the same on every machine.
   *
   * <p>Why it grows: every start adds a local optimum to the pool that {@link
   * SetPartitionRecombination} combines, and a larger instance needs more of them before its pool
   * holds, for every target, the bundle the best assignment gives it. With a budget fixed at the
   * published sizes' (at most 32 starts, fewer as the instance grows), generated 200 x 400 x 3
   * instances ended within 1e-4 of the best of 12 seeds on only 4 seeds (docs/reinforce.md).
   *
   * @param problem the problem
   * @return the starts
   */
  static int autoLagrangianStarts(final WtaProblem problem) {
    final double size = Math.sqrt((double) problem.weaponCount() * problem.targetCount());
    return (int) Math.max(lagrangianStarts(problem), Math.round(STARTS_PER_SIZE * size));
  }

  /** Lagrangian starts per unit of the square root of weapons times targets. */
  static final double STARTS_PER_SIZE = 32.0 / 367.0;

  /**
   * With {@link Options#AUTO}, the relaxations the starts are drawn from: one per {@link
   * #STARTS_PER_RUN} starts, so that the starts of one run stay as far apart along its subgradient
   * path as on the published instances; each run after the first begins from the best combination
   * of the pool so far (its prices the unit worths there), so the runs restart the search in new
   * regions while the pool keeps growing.
   *
   * @param problem the problem
   * @return the runs, at least 1
   */
  static int lagrangianRuns(final WtaProblem problem) {
    return (autoLagrangianStarts(problem) + STARTS_PER_RUN - 1) / STARTS_PER_RUN;
  }

  /** Most starts drawn from one run of the relaxation. */
  static final int STARTS_PER_RUN = 32;

  /**
   * With {@link Options#AUTO}, the fewest rounds of the search after a Lagrangian start: none,
   * since on the largest problems the starts and their recombination use the budget better than
   * rounds around one incumbent do.
   */
  private static final long AUTO_MIN_AFTER_START = 0;

  /**
   * The best of the search's start and the Lagrangian start's assignments, each improved by local
   * search, then made better by taking, by {@link PartitionCrossover}, every part of each of them
   * in which it beats the best (two passes over them).
   *
   * @param best the best assignment of this start
   * @param objective its objective
   * @param count the Lagrangian assignments tried
   */
  private record Start(int[] best, double objective, int count) {}

  /** The search {@code s} holds the incumbent, whose units' worth are the starting prices. */
  private static Start lagrangianStart(
      final WtaProblem problem,
      final WtaSearch s,
      final PartitionCrossover crossover,
      final SetPartitionRecombination pool,
      final SplittableRandom rnd,
      final int[] incumbent,
      final double incumbentObjective,
      final int starts,
      final int[] scratch,
      final double priceNoise) {
    final int n = problem.weaponCount();
    final double[] prices = s.unitWorth(problem.typeCount());
    if (priceNoise > 0) {
      for (int i = 0; i < prices.length; i++) {
        prices[i] *= 1 + priceNoise * (2 * rnd.nextDouble() - 1);
      }
    }
    final List<int[]> found = new ArrayList<>();
    final int[][] best = {incumbent};
    final double[] bestObj = {incumbentObjective};
    final int count =
        new WtaLagrangian(problem)
            .run(
                prices,
                incumbentObjective,
                LAGRANGE_ITERATIONS,
                LAGRANGE_FROM,
                (LAGRANGE_ITERATIONS - LAGRANGE_FROM) / starts,
                partial -> {
                  s.complete(partial);
                  s.improve(rnd);
                  final int[] x = Arrays.copyOf(s.tgt, n);
                  final double reached = s.objective();
                  found.add(x);
                  if (reached < bestObj[0] * (1 - 1e-13)) {
                    best[0] = x;
                    bestObj[0] = reached;
                  }
                  if (pool != null) {
                    pool.add(x);
                    if (found.size() % RECOMBINE_EVERY == 0
                        && recombine(
                            s,
                            pool,
                            rnd,
                            best[0],
                            bestObj[0],
                            START_RECOMBINATION_NODES,
                            scratch)) {
                      best[0] = Arrays.copyOf(s.tgt, n);
                      bestObj[0] = s.objective();
                    }
                  }
                  return reached;
                });
    for (int pass = 0; pass < 2; pass++) {
      for (int[] x : found) {
        final int[] child = crossover.cross(best[0], x);
        if (child != null && WtaSolution.evaluate(problem, child) < bestObj[0] * (1 - 1e-13)) {
          s.load(child);
          s.improve(rnd);
          best[0] = Arrays.copyOf(s.tgt, n);
          bestObj[0] = s.objective();
        }
      }
    }
    return new Start(best[0], bestObj[0], count);
  }

  /** With {@link Options#AUTO}, rounds without a new best before the search stops early. */
  private static final long AUTO_PATIENCE = 250;

  /** Most weapons one ruin-and-recreate perturbation takes out. */
  private static final int RUIN_MAX = 8;

  /** Most weapons one random kick moves. */
  private static final int KICK_MAX = 10;

  /**
   * Exhaustive enumeration of multisets of targets per type, with branch and bound: the greedy
   * answer is the first incumbent, and a branch is cut when even giving every remaining weapon its
   * best marginal return now (an optimistic bound, since returns only shrink as targets are engaged
   * more; the objective is supermodular) cannot beat the incumbent. Exact; the first strict minimum
   * found wins.
   */
  private static int[] enumerate(final WtaProblem problem) {
    final SmallWtaWorkspace ws = new SmallWtaWorkspace();
    ws.load(problem);
    final int[] best = new int[problem.weaponCount()];
    ws.enumerate(best);
    return best;
  }

  /**
   * Leaves unassigned every weapon whose removal leaves the objective exactly unchanged: kill
   * probability 0, target of value 0, or target destroyed for certain (p = 1) by another weapon
   * that stays. Weapons are considered in index order, so the lowest-numbered certain killer of a
   * target is the one that stays. O(weapons + targets).
   */
  private static void dropIdle(
      final WtaProblem problem, final int[] a, final int[] certain, final int[] type) {
    Arrays.fill(certain, 0, problem.targetCount(), 0);
    for (int w = 0; w < a.length; w++) {
      if (a[w] >= 0 && problem.kill(type[w], a[w]) == 1.0) {
        certain[a[w]]++;
      }
    }
    for (int w = a.length - 1; w >= 0; w--) {
      final int j = a[w];
      if (j < 0) {
        continue;
      }
      final double p = problem.kill(type[w], j);
      if (p == 0.0 || problem.value(j) == 0.0) {
        a[w] = WtaSolution.UNASSIGNED;
        if (p == 1.0) {
          certain[j]--;
        }
      } else if (p == 1.0 ? certain[j] >= 2 : certain[j] >= 1) {
        a[w] = WtaSolution.UNASSIGNED;
        if (p == 1.0) {
          certain[j]--;
        }
      }
    }
  }
}
