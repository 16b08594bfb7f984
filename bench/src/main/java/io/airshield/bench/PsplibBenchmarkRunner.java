package io.airshield.bench;

import io.airshield.formation.schedule.Bounds;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.Project;
import io.airshield.formation.schedule.PsplibFormat;
import io.airshield.formation.schedule.Schedule;
import io.airshield.formation.schedule.ScheduleChecker;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.scenario.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs {@link DefaultScheduler} on the PSPLIB sets j30, j60 and j90 and reports in the literature's
 * terms (Kolisch and Hartmann, "Experimental investigation of heuristics for resource-constrained
 * project scheduling: An update", EJOR 174 (2006) 23-37): the average deviation from the
 * critical-path lower bound, from the best known upper bound (the optimum where proven), the share
 * of instances at or below the best known upper bound, optima found and proven; at the literature's
 * budgets (5,000 and 50,000 schedules, no branch and bound), at our defaults, and at a wall time
 * per instance against OR-Tools CP-SAT given the same wall time and cores. Every schedule, ours and
 * CP-SAT's, goes through {@link ScheduleChecker}.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.airshield.bench.PsplibBenchmarkRunner j30 j60 j90 \
 *     --config lit5000 --config lit50000 --config default --every 4 --quiet
 * java -cp bench/target/benchmarks.jar io.airshield.bench.PsplibBenchmarkRunner j60 j90 \
 *     --time 2 --time 10 --threads 2 --peer --first 1
 * </pre>
 *
 * <p>Arguments: {@code SET... [--config lit5000|lit50000|default]... [--time S]... [--cpu-clock]
 * [--schedules N --nodes N] [--threads T] [--workers W] [--seed S] [--peer] [--ga-share F] [--every
 * K [--offset I]] [--first N] [--only REGEX] [--limit N] [--search
 * genetic|bipop|relink|twophase|brkga|active|twophase-active] [--data DIR] [--quiet]}.
 *
 * <ul>
 *   <li>{@code --config lit5000} and {@code lit50000}: the literature's budgets, 5,000 or 50,000
 *       schedules, branch and bound off; {@code default}: {@link SolveOptions#DEFAULT} and {@link
 *       DefaultScheduler#DEFAULT_MAX_NODES}, the library's defaults ({@code airshield form} uses
 *       2,000 schedules); {@code --schedules} and {@code --nodes}: a custom count budget. Count
 *       budgets are deterministic.
 *   <li>{@code --time S} (at least 0.5): S seconds of wall time per instance, the genetic search
 *       for the first {@code --ga-share} of it (default 0.8: the genetic search finds the short
 *       schedules, the branch and bound rarely improves on them in a second or two), the branch and
 *       bound for the rest. Our side runs {@code --threads} portfolio workers on as many threads;
 *       with {@code --peer} CP-SAT gets the same wall time and {@code --threads} workers. A CP-SAT
 *       run without a solution is counted at the sum of the durations (the trivial serial
 *       schedule). Without {@code --peer}, {@code --cpu-clock} counts S in CPU seconds of each
 *       search thread instead (ThreadMXBean), which a loaded machine does not shrink; meant for one
 *       thread (on several, each portfolio thread gets its share and the branch and bound the whole
 *       S).
 *   <li>{@code --workers W}: portfolio workers for count budgets (each with the full budget), run
 *       on {@code --threads} threads; the result does not depend on the threads.
 *   <li>{@code --search bipop}: the bi-population search with peak crossover ({@link
 *       DefaultScheduler.Search#BI_POPULATION}) instead of the default genetic search; {@code
 *       --search relink}: path relinking with tabu walks ({@link
 *       DefaultScheduler.Search#PATH_RELINKING}); {@code --search twophase}: the genetic search
 *       whose second half searches around the best schedule of the first ({@link
 *       DefaultScheduler.Search#TWO_PHASE}); {@code --search brkga}: the biased random-key genetic
 *       algorithm with parameterised active schedules ({@link DefaultScheduler.Search#RANDOM_KEY});
 *       {@code --search active}: the genetic search with a delay gene decoded as parameterised
 *       active schedules ({@link DefaultScheduler.Search#ACTIVE}), {@code twophase-active} the same
 *       in two phases. Without {@code --search}, the literature's budgets ({@code lit5000}, {@code
 *       lit50000}, {@code --schedules N --nodes 0}) run {@code active} and every other budget the
 *       genetic search; the line before each table says which ran.
 *   <li>Subsets, deterministic, in the order (parameter group, instance): {@code --every K} keeps
 *       every K-th instance from {@code --offset I}; {@code --first N} the first N instances of
 *       each parameter group; {@code --only} names matching a regex; {@code --limit} the first N.
 * </ul>
 *
 * <p>CPU time: ours on one thread is the thread's CPU time ({@code ThreadMXBean}); ours on several
 * threads, and CP-SAT (whose native threads the JVM does not see), is the process's CPU time around
 * the solve (all threads, with the JIT compiler and the garbage collector; Linux counts it in 10 ms
 * steps), from {@code com.sun.management}. Wall time is printed beside it. The data is {@code
 * shared/data/psplib}, found by walking up from the working directory, or {@code --data}; when
 * absent the runner says so and exits 0.
 */
public final class PsplibBenchmarkRunner {
  private PsplibBenchmarkRunner() {}

  /**
   * A budget to run at.
   *
   * @param name as printed
   * @param schedules schedules per worker (count budgets)
   * @param nodes branch-and-bound nodes
   * @param seconds wall time per instance, 0 for a count budget
   */
  record Config(String name, long schedules, long nodes, double seconds) {
    boolean timed() {
      return seconds > 0;
    }
  }

  /** Sums over the instances of one set at one config, for one solver. */
  static final class Tally {
    int count;
    int infeasible;
    int noSolution;
    int atOrBelowBest;
    int knownOptima;
    int optimaFound;
    int proven;
    double devCp;
    double devUb;
    double devOpt;
    double cpuSum;
    double cpuMax;
    double wallSum;
    double wallMax;

    void add(
        final int makespan,
        final boolean provenOptimal,
        final int cp,
        final PsplibOptima.Bound bound,
        final double cpu,
        final double wall) {
      count++;
      devCp += 100.0 * (makespan - cp) / cp;
      devUb += 100.0 * (makespan - bound.upper()) / bound.upper();
      if (makespan <= bound.upper()) {
        atOrBelowBest++;
      }
      if (bound.proven()) {
        knownOptima++;
        devOpt += 100.0 * (makespan - bound.upper()) / bound.upper();
        if (makespan == bound.upper()) {
          optimaFound++;
        }
      }
      if (provenOptimal) {
        proven++;
      }
      cpuSum += cpu;
      cpuMax = Math.max(cpuMax, cpu);
      wallSum += wall;
      wallMax = Math.max(wallMax, wall);
    }

    String row(final String set, final String config, final String solver) {
      final int c = Math.max(1, count);
      return String.format(
          Locale.ROOT,
          "%-4s %-10s %-7s %4d %8.3f %8.3f %7.1f %5d/%-4d %7.3f %6d %8.3f %8.3f %8.3f%s",
          set,
          config,
          solver,
          count,
          devCp / c,
          devUb / c,
          100.0 * atOrBelowBest / c,
          optimaFound,
          knownOptima,
          knownOptima == 0 ? 0 : devOpt / knownOptima,
          proven,
          cpuSum / c,
          cpuMax,
          wallSum / c,
          (infeasible > 0 ? "  INFEASIBLE: " + infeasible : "")
              + (noSolution > 0 ? "  no solution: " + noSolution : ""));
    }
  }

  static final String HEADER =
      String.format(
          Locale.ROOT,
          "%-4s %-10s %-7s %4s %8s %8s %7s %10s %7s %6s %8s %8s %8s",
          "set",
          "config",
          "solver",
          "n",
          "devCP%",
          "devUB%",
          "hitUB%",
          "opt/known",
          "devOpt%",
          "proven",
          "cpu avg",
          "cpu max",
          "wall avg");

  /**
   * @param args see the class comment
   * @throws IOException if a data file cannot be read
   */
  public static void main(final String[] args) throws IOException {
    final PrintStream out = System.out;
    final List<String> sets = new ArrayList<>();
    final List<Config> configs = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    long schedules = -1;
    long nodes = -1;
    int threads = 1;
    int workers = -1;
    long seed = 1;
    boolean peer = false;
    boolean quiet = false;
    boolean cpuClock = false;
    double gaShare = 0.8;
    int every = 1;
    int offset = 0;
    int first = Integer.MAX_VALUE;
    Path data = null;
    String only = null;
    // null: the literature's budgets (count, no branch and bound) run LITERATURE_SEARCH, every
    // other budget the genetic search
    DefaultScheduler.Search search = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--peer" -> peer = true;
          case "--quiet" -> quiet = true;
          case "--cpu-clock" -> cpuClock = true;
          case "--schedules" -> schedules = Long.parseLong(args[++i]);
          case "--nodes" -> nodes = Long.parseLong(args[++i]);
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--workers" -> workers = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--ga-share" -> gaShare = Double.parseDouble(args[++i]);
          case "--every" -> every = Integer.parseInt(args[++i]);
          case "--offset" -> offset = Integer.parseInt(args[++i]);
          case "--first" -> first = Integer.parseInt(args[++i]);
          case "--limit" -> limit = Integer.parseInt(args[++i]);
          case "--data" -> data = Paths.get(args[++i]);
          case "--only" -> only = args[++i];
          case "--search" -> search = searchOf(args[++i]);
          case "--config" -> configs.add(preset(args[++i]));
          case "--time" -> {
            final double s = Double.parseDouble(args[++i]);
            if (!(s >= 0.5 && s <= 3600)) {
              throw new IllegalArgumentException("--time must be from 0.5 to 3600 seconds");
            }
            configs.add(new Config(trim(s) + "s", Long.MAX_VALUE, Long.MAX_VALUE, s));
          }
          default -> {
            if (args[i].matches("j\\d+")) {
              sets.add(args[i]);
            } else if (args[i].matches("\\d+")) {
              limit = Integer.parseInt(args[i]);
            } else {
              throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
          }
        }
      }
      if (threads < 1 || threads > 64 || every < 1 || offset < 0 || first < 1 || limit < 1) {
        throw new IllegalArgumentException(
            "--threads (1..64), --every, --first, --limit must be positive, --offset >= 0");
      }
      if (!(gaShare > 0 && gaShare <= 1)) {
        throw new IllegalArgumentException("--ga-share must be in (0, 1]");
      }
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      out.println(
          (e instanceof ArrayIndexOutOfBoundsException
                  ? "an option lacks its value"
                  : e.getMessage())
              + "\nusage: PsplibBenchmarkRunner j30|j60|j90... [--config lit5000|lit50000|default]"
              + " [--time S] [--cpu-clock] [--schedules N --nodes N] [--threads T] [--workers W] [--seed S]"
              + " [--peer] [--ga-share F] [--every K [--offset I]] [--first N] [--only REGEX]"
              + " [--limit N] [--search genetic|bipop|relink|twophase|brkga|active|twophase-active]"
              + " [--data DIR] [--quiet]");
      return;
    }
    if (sets.isEmpty()) {
      out.println("usage: PsplibBenchmarkRunner j30|j60|j90... (see the class comment)");
      return;
    }
    if (schedules >= 0 || nodes >= 0) {
      configs.add(
          new Config(
              "custom",
              schedules >= 0 ? schedules : SolveOptions.DEFAULT.maxSchedules(),
              nodes >= 0 ? nodes : DefaultScheduler.DEFAULT_MAX_NODES,
              0));
    }
    if (configs.isEmpty()) {
      configs.add(preset("default"));
    }
    if (data == null) {
      data = findData();
    }
    boolean peerOk = false;
    if (peer) {
      try {
        CpSatPeer.load();
        peerOk = true;
      } catch (Throwable e) { // native loading fails in many ways: report and go on
        out.println("OR-Tools CP-SAT could not be loaded (" + e + "); running our engine only.");
      }
    }
    final int countWorkers = workers > 0 ? workers : 1;
    final List<String> summary = new ArrayList<>();
    for (final String set : sets) {
      final Path dir = data == null ? null : data.resolve(set);
      if (dir == null || !Files.isDirectory(dir)) {
        out.println(
            "PSPLIB data not found (looked for shared/data/psplib/"
                + set
                + " above the working directory; pass --data DIR). Skipping "
                + set
                + ".");
        continue;
      }
      final List<String> warnings = new ArrayList<>();
      final Map<String, PsplibOptima.Bound> optima;
      try {
        optima = PsplibOptima.read(dir.resolve("optimum").resolve("optimum.csv"), warnings);
      } catch (InputException e) {
        out.println(set + ": " + e.getMessage());
        System.exit(2);
        return;
      }
      warnings.forEach(wn -> out.println(set + ": " + wn));
      final List<Path> all = new ArrayList<>();
      try (var s = Files.list(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".sm")).forEach(all::add);
      }
      all.sort(Comparator.comparing((Path p) -> order(set, p.getFileName().toString())));
      final List<Path> files = new ArrayList<>();
      for (int k = 0; k < all.size() && files.size() < limit; k++) {
        final String name = all.get(k).getFileName().toString();
        if (!optima.containsKey(name)) {
          out.println(set + ": " + name + " has no usable entry in optimum.csv, left out");
          continue;
        }
        if (k % every == offset % every
            && instanceIndex(set, name) <= first
            && (only == null || name.matches(only))) {
          files.add(all.get(k));
        }
      }
      out.printf(
          Locale.ROOT,
          "PSPLIB %s: %d of %d instances (%s), seed %d%s%n",
          set,
          files.size(),
          all.size(),
          subsetText(every, offset, first, only, limit),
          seed,
          search == null ? "" : ", search " + SEARCH_NAMES[search.ordinal()]);
      for (final Config c : configs) {
        final boolean withPeer = peerOk && c.timed();
        final int w = c.timed() ? threads : countWorkers;
        out.printf(
            Locale.ROOT,
            "-- %s at %s: %s, search %s; ours %d worker(s) on %d thread(s)%s%n",
            set,
            c.name(),
            c.timed()
                ? String.format(
                    Locale.ROOT,
                    "%s s %s per instance (genetic search %.0f%%, then branch and bound)",
                    trim(c.seconds()),
                    cpuClock && !withPeer ? "CPU of each search thread" : "wall",
                    100 * gaShare)
                : String.format(
                    Locale.ROOT,
                    "%d schedules per worker, %d branch-and-bound nodes",
                    c.schedules(),
                    c.nodes()),
            SEARCH_NAMES[searchFor(c, search).ordinal()],
            w,
            Math.min(threads, w),
            withPeer
                ? String.format(
                    Locale.ROOT,
                    "; CP-SAT %d worker(s), same wall time, no solution counted as the sum of"
                        + " durations",
                    threads)
                : "");
        if (!quiet) {
          out.printf(
              Locale.ROOT,
              "%-14s %9s %5s %6s %7s %7s%s%n",
              "instance",
              "bound",
              "ours",
              "proven",
              "cpu s",
              "wall s",
              withPeer ? "  cpsat opt    cpu s" : "");
        }
        final Tally ours = new Tally();
        final Tally them = new Tally();
        final DefaultScheduler scheduler =
            new DefaultScheduler(c.nodes(), w, Math.min(threads, w), searchFor(c, search));
        final SolveOptions options = new SolveOptions(c.schedules(), seed);
        for (final Path f : files) {
          final String name = f.getFileName().toString();
          final PsplibOptima.Bound bound = optima.get(name);
          if (bound == null) {
            out.println(name + ": no entry in optimum.csv, skipped");
            continue;
          }
          final Project p = PsplibFormat.read(f);
          final int cp = Bounds.criticalPath(p);
          final boolean oneThread = Math.min(threads, w) == 1;
          final double cpu0 = oneThread ? threadCpu() : processCpu();
          final long t0 = System.nanoTime();
          final DefaultScheduler.Interrupt stop =
              c.timed()
                  ? new DefaultScheduler.Interrupt(
                      cpuClock && !withPeer
                          ? afterCpu(gaShare * c.seconds())
                          : after(t0, gaShare * c.seconds()),
                      cpuClock && !withPeer ? afterCpu(c.seconds()) : after(t0, c.seconds()))
                  : DefaultScheduler.Interrupt.NEVER;
          final Schedule s = scheduler.solve(p, options, stop);
          final double wall = (System.nanoTime() - t0) / 1e9;
          final double cpu = (oneThread ? threadCpu() : processCpu()) - cpu0;
          final List<String> v = ScheduleChecker.check(p, s);
          if (!v.isEmpty()) {
            ours.infeasible++;
            out.println(name + ": INFEASIBLE " + v);
          }
          if (s.provenOptimal() && s.makespan() > bound.lower() && bound.proven()) {
            out.println(name + ": WRONG optimality claim " + s.makespan() + " vs " + bound);
          }
          if (s.lowerBound() > bound.upper()) {
            out.println(name + ": WRONG lower bound " + s.lowerBound() + " vs " + bound);
          }
          ours.add(s.makespan(), s.provenOptimal(), cp, bound, cpu, wall);
          String peerText = "";
          if (withPeer) {
            final double pc0 = processCpu();
            final CpSatPeer.Result r = CpSatPeer.solve(p, c.seconds(), threads);
            final double pcpu = processCpu() - pc0;
            int span = r.makespan();
            if (span < 0) {
              span = CpSatPeer.serialBound(p);
              them.noSolution++;
            } else {
              final List<String> pv =
                  ScheduleChecker.check(
                      p, new Schedule(r.start(), new int[r.start().length], span, false, 0));
              if (!pv.isEmpty()) {
                them.infeasible++;
                out.println(name + ": CP-SAT INFEASIBLE " + pv);
              }
            }
            them.add(span, r.optimal(), cp, bound, pcpu, r.seconds());
            peerText = String.format(Locale.ROOT, "  %5d %-5s %6.2f", span, r.optimal(), pcpu);
          }
          if (!quiet) {
            out.printf(
                Locale.ROOT,
                "%-14s %9s %5d %6s %7.3f %7.3f%s%n",
                name,
                bound,
                s.makespan(),
                s.provenOptimal(),
                cpu,
                wall,
                peerText);
          }
        }
        out.println(HEADER);
        out.println(ours.row(set, c.name(), "ours"));
        summary.add(ours.row(set, c.name(), "ours"));
        if (withPeer) {
          out.println(them.row(set, c.name(), "CP-SAT"));
          summary.add(them.row(set, c.name(), "CP-SAT"));
        }
      }
    }
    if (!summary.isEmpty()) {
      out.println("==== summary ====");
      out.println(
          "devCP%: average deviation from the critical-path lower bound; devUB%: from the best"
              + " known upper bound (the optimum where proven); hitUB%: share at or below it;"
              + " opt/known: optima reached of the instances with a proven optimum; devOpt%:"
              + " average deviation from those optima; proven: optimality proved by the solver;"
              + " cpu: process CPU seconds per instance; wall: wall seconds.");
      out.println(HEADER);
      summary.forEach(out::println);
    }
  }

  /**
   * The search at the literature's budgets (a schedule count, no branch and bound) when {@code
   * --search} is not given: the genetic search with parameterised active schedules, which did
   * better there than the genetic search on the full j60 set at 50,000 schedules
   * (docs/scheduler.md, seventh round of issue 20). The time path and the defaults keep the genetic
   * search.
   */
  static final DefaultScheduler.Search LITERATURE_SEARCH = DefaultScheduler.Search.ACTIVE;

  /**
   * @param given the {@code --search} given, or null
   * @return the search for this budget
   */
  static DefaultScheduler.Search searchFor(final Config c, final DefaultScheduler.Search given) {
    if (given != null) {
      return given;
    }
    return !c.timed() && c.nodes() == 0 ? LITERATURE_SEARCH : DefaultScheduler.Search.GENETIC;
  }

  /** The {@code --search} names, in the order of {@link DefaultScheduler.Search}. */
  private static final String[] SEARCH_NAMES = {
    "genetic", "bipop", "relink", "twophase", "brkga", "active", "twophase-active"
  };

  private static DefaultScheduler.Search searchOf(final String name) {
    for (final DefaultScheduler.Search s : DefaultScheduler.Search.values()) {
      if (SEARCH_NAMES[s.ordinal()].equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown --search '"
            + name
            + "'; Maybe genetic, bipop, relink, twophase, brkga, active or twophase-active");
  }

  private static Config preset(final String name) {
    return switch (name) {
      case "lit5000" -> new Config(name, 5_000, 0, 0);
      case "lit50000" -> new Config(name, 50_000, 0, 0);
      case "default" ->
          new Config(
              name, SolveOptions.DEFAULT.maxSchedules(), DefaultScheduler.DEFAULT_MAX_NODES, 0);
      default ->
          throw new IllegalArgumentException(
              "unknown --config '" + name + "'; Maybe lit5000, lit50000 or default");
    };
  }

  private static String trim(final double seconds) {
    return seconds == Math.rint(seconds)
        ? Long.toString((long) seconds)
        : String.format(Locale.ROOT, "%.2f", seconds);
  }

  private static String subsetText(
      final int every, final int offset, final int first, final String only, final int limit) {
    final List<String> parts = new ArrayList<>();
    if (every > 1) {
      parts.add("every " + every + "th from position " + (offset % every));
    }
    if (first != Integer.MAX_VALUE) {
      parts.add("the first " + first + " of each parameter group");
    }
    if (only != null) {
      parts.add("names matching " + only);
    }
    if (limit != Integer.MAX_VALUE) {
      parts.add("at most " + limit);
    }
    return parts.isEmpty()
        ? "all, in order of parameter group and instance"
        : "subset: " + String.join(", ", parts) + ", in order of parameter group and instance";
  }

  /**
   * A stop condition true once the polling thread has used the given CPU seconds since the solve
   * began: on a machine shared with other work a wall-time limit gives a search whatever CPU the
   * others leave it, a CPU limit the same work wherever it runs. Not for the peer, whose native
   * threads cannot be stopped that way.
   */
  private static BooleanSupplier afterCpu(final double seconds) {
    final long limit = (long) (seconds * 1e9);
    final var bean = ManagementFactory.getThreadMXBean();
    final ThreadLocal<long[]> begin =
        ThreadLocal.withInitial(() -> new long[] {bean.getCurrentThreadCpuTime()});
    final long here = begin.get()[0];
    final Thread self = Thread.currentThread();
    return () -> {
      // the solving thread counts from now; a portfolio thread from its first poll (32 schedules
      // in, a few milliseconds at most)
      final long from = Thread.currentThread() == self ? here : begin.get()[0];
      return bean.getCurrentThreadCpuTime() - from >= limit;
    };
  }

  /** A stop condition true from t0 + seconds on (reads the clock: benchmarks only). */
  private static BooleanSupplier after(final long t0, final double seconds) {
    final long end = t0 + (long) (seconds * 1e9);
    return () -> System.nanoTime() - end >= 0;
  }

  /**
   * @return this thread's CPU time in seconds (ThreadMXBean, nanosecond resolution)
   */
  static double threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  /**
   * @return the process's CPU time in seconds, or NaN when the JVM does not report it
   */
  static double processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  /**
   * @return a sort key: parameter group then instance, for names like {@code j6012_3.sm}
   */
  static String order(final String set, final String name) {
    final int[] gi = groupAndInstance(set, name);
    return gi == null ? "~" + name : String.format(Locale.ROOT, "%06d_%06d", gi[0], gi[1]);
  }

  /**
   * @return the instance number within its parameter group, or 1 when the name has no group
   */
  static int instanceIndex(final String set, final String name) {
    final int[] gi = groupAndInstance(set, name);
    return gi == null ? 1 : gi[1];
  }

  private static final java.util.regex.Pattern INSTANCE =
      java.util.regex.Pattern.compile("(\\d+)_(\\d+)\\.sm");

  private static int[] groupAndInstance(final String set, final String name) {
    if (!name.startsWith(set)) {
      return null;
    }
    final var mt = INSTANCE.matcher(name.substring(set.length()));
    if (!mt.matches()) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(mt.group(1)), Integer.parseInt(mt.group(2))};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * @return shared/data/psplib in the working directory or an ancestor, or null
   */
  static Path findData() {
    Path d = Paths.get("").toAbsolutePath();
    while (d != null) {
      final Path c = d.resolve("shared").resolve("data").resolve("psplib");
      if (Files.isDirectory(c)) {
        return c;
      }
      d = d.getParent();
    }
    return null;
  }
}
