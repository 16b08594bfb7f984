package io.airshield.bench;

import io.airshield.formation.schedule.Bounds;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.Project;
import io.airshield.formation.schedule.PsplibFormat;
import io.airshield.formation.schedule.Schedule;
import io.airshield.formation.schedule.ScheduleChecker;
import io.airshield.formation.schedule.SolveOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link DefaultScheduler} on the PSPLIB j30 or j60 set and reports what is usually reported
 * (Kolisch and Hartmann, "Experimental investigation of heuristics for resource-constrained project
 * scheduling: An update", EJOR 174 (2006) 23-37): for j30 the average deviation from the optimum
 * and the number of optima found; for j60 the average deviation from the critical-path lower bound
 * and from the best known upper bound; seconds per instance. Every schedule goes through {@link
 * ScheduleChecker}. One thread.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.airshield.bench.PsplibBenchmarkRunner j30
 * java -cp bench/target/benchmarks.jar io.airshield.bench.PsplibBenchmarkRunner j60 480 --peer
 * </pre>
 *
 * <p>Arguments: {@code j30|j60 [limit] [--schedules N] [--nodes N] [--peer] [--data DIR] [--only
 * REGEX]}; {@code --only} keeps the instances whose file name matches the regex. {@code limit} caps
 * the instance count (in name order, which spreads over parameter groups poorly: use the full set
 * for figures); {@code --schedules} and {@code --nodes} are the per-instance budgets of the genetic
 * search and the branch and bound; {@code --peer} also solves each instance with OR-Tools CP-SAT
 * (one worker) limited to the time our engine took on it. The data is {@code shared/data/psplib},
 * found by walking up from the working directory, or {@code --data}; when absent the runner says so
 * and exits 0.
 */
public final class PsplibBenchmarkRunner {
  private PsplibBenchmarkRunner() {}

  /**
   * @param args see the class comment
   * @throws IOException if a data file cannot be read
   */
  public static void main(final String[] args) throws IOException {
    final PrintStream out = System.out;
    String set = null;
    int limit = Integer.MAX_VALUE;
    long schedules = -1;
    long nodes = -1;
    boolean peer = false;
    Path data = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--peer" -> peer = true;
        case "--schedules" -> schedules = Long.parseLong(args[++i]);
        case "--nodes" -> nodes = Long.parseLong(args[++i]);
        case "--data" -> data = Paths.get(args[++i]);
        case "--only" -> only = args[++i];
        default -> {
          if (set == null) {
            set = args[i];
          } else {
            limit = Integer.parseInt(args[i]);
          }
        }
      }
    }
    if (set == null || !set.matches("j\\d+")) {
      out.println(
          "usage: PsplibBenchmarkRunner j30|j60 [limit] [--schedules N] [--nodes N]"
              + " [--peer] [--data DIR] [--only REGEX]");
      return;
    }
    final boolean j30 = set.equals("j30");
    if (schedules < 0) {
      schedules = j30 ? 5_000 : 100_000;
    }
    if (nodes < 0) {
      nodes = j30 ? 5_000_000 : 10_000;
    }
    if (data == null) {
      data = findData();
    }
    final Path dir = data == null ? null : data.resolve(set);
    if (dir == null || !Files.isDirectory(dir)) {
      out.println(
          "PSPLIB data not found (looked for shared/data/psplib/"
              + set
              + " above the working directory; pass --data DIR). Nothing to run.");
      return;
    }
    final Map<String, PsplibOptima.Bound> optima =
        PsplibOptima.read(dir.resolve("optimum").resolve("optimum.csv"));
    final List<Path> files = new ArrayList<>();
    try (var s = Files.list(dir)) {
      final String pattern = only;
      s.filter(p -> p.getFileName().toString().endsWith(".sm"))
          .filter(p -> pattern == null || p.getFileName().toString().matches(pattern))
          .forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    boolean peerOk = false;
    if (peer) {
      try {
        CpSatPeer.load();
        peerOk = true;
      } catch (Throwable e) { // native loading fails in many ways: report and go on
        out.println("OR-Tools CP-SAT could not be loaded (" + e + "); running our engine only.");
      }
    }
    out.printf(
        Locale.ROOT,
        "PSPLIB %s, budget %d schedules + %d nodes per instance, seed 1%s%n",
        set,
        schedules,
        nodes,
        peerOk ? ", peer CP-SAT (1 worker, same time limit)" : "");
    out.printf(
        Locale.ROOT,
        "%-14s %5s %9s %7s %6s %7s%s%n",
        "instance",
        "ours",
        "bound",
        "gap%",
        "proven",
        "sec",
        peerOk ? "  cpsat  opt    sec" : "");
    final DefaultScheduler scheduler = new DefaultScheduler(nodes);
    final SolveOptions options = new SolveOptions(schedules, 1);
    int count = 0;
    int optimaFound = 0;
    int knownOptima = 0;
    int proven = 0;
    int atOrBelowBest = 0;
    int violations = 0;
    double devUb = 0;
    double devCp = 0;
    double devOpt = 0;
    double secSum = 0;
    double secMax = 0;
    long sumOurs = 0;
    long sumPeer = 0;
    int peerCount = 0;
    int peerProven = 0;
    double peerSec = 0;
    for (final Path f : files) {
      if (count >= limit) {
        break;
      }
      final String name = f.getFileName().toString();
      final PsplibOptima.Bound bound = optima.get(name);
      if (bound == null) {
        out.println(name + ": no entry in optimum.csv, skipped");
        continue;
      }
      final Project p = PsplibFormat.read(f);
      final long t0 = System.nanoTime();
      final Schedule s = scheduler.solve(p, options);
      final double sec = (System.nanoTime() - t0) / 1e9;
      count++;
      final List<String> v = ScheduleChecker.check(p, s);
      if (!v.isEmpty()) {
        violations++;
        out.println(name + ": INFEASIBLE " + v);
      }
      if (s.provenOptimal() && s.makespan() > bound.lower() && bound.proven()) {
        out.println(name + ": WRONG optimality claim " + s.makespan() + " vs " + bound);
      }
      final int cp = Bounds.criticalPath(p);
      secSum += sec;
      secMax = Math.max(secMax, sec);
      devUb += 100.0 * (s.makespan() - bound.upper()) / bound.upper();
      devCp += 100.0 * (s.makespan() - cp) / cp;
      if (bound.proven()) {
        knownOptima++;
        devOpt += 100.0 * (s.makespan() - bound.upper()) / bound.upper();
        if (s.makespan() == bound.upper()) {
          optimaFound++;
        }
      }
      if (s.makespan() <= bound.upper()) {
        atOrBelowBest++;
      }
      if (s.provenOptimal()) {
        proven++;
      }
      String peerText = "";
      if (peerOk) {
        final CpSatPeer.Result r = CpSatPeer.solve(p, Math.max(sec, 0.01));
        peerText =
            String.format(Locale.ROOT, "  %5d  %-5s %6.2f", r.makespan(), r.optimal(), r.seconds());
        if (r.makespan() > 0) {
          peerCount++;
          sumOurs += s.makespan();
          sumPeer += r.makespan();
        }
        peerProven += r.optimal() ? 1 : 0;
        peerSec += r.seconds();
      }
      out.printf(
          Locale.ROOT,
          "%-14s %5d %9s %7.2f %6s %7.3f%s%n",
          name,
          s.makespan(),
          bound,
          100.0 * (s.makespan() - bound.upper()) / bound.upper(),
          s.provenOptimal(),
          sec,
          peerText);
    }
    out.println("---- summary " + set + " ----");
    out.printf(Locale.ROOT, "instances: %d, infeasible schedules: %d%n", count, violations);
    if (j30 || knownOptima == count) {
      out.printf(
          Locale.ROOT,
          "average deviation from the optimum: %.3f%%%n",
          knownOptima == 0 ? 0 : devOpt / knownOptima);
      out.printf(
          Locale.ROOT,
          "optima found: %d of %d (proven optimal by the engine: %d)%n",
          optimaFound,
          knownOptima,
          proven);
    }
    out.printf(
        Locale.ROOT,
        "average deviation from the critical-path lower bound: %.3f%%%n",
        devCp / Math.max(1, count));
    out.printf(
        Locale.ROOT,
        "average deviation from the best known upper bound: %.3f%%"
            + " (at or below it: %d of %d; proven optimal: %d)%n",
        devUb / Math.max(1, count),
        atOrBelowBest,
        count,
        proven);
    out.printf(
        Locale.ROOT,
        "seconds per instance: average %.3f, max %.3f%n",
        secSum / Math.max(1, count),
        secMax);
    if (peerOk) {
      out.printf(
          Locale.ROOT,
          "CP-SAT: solved %d, proven optimal %d, average seconds %.3f%n",
          peerCount,
          peerProven,
          peerSec / Math.max(1, count));
      out.printf(
          Locale.ROOT,
          "average makespan ours %.3f, CP-SAT %.3f, ratio CP-SAT/ours %.4f%n",
          sumOurs / (double) Math.max(1, peerCount),
          sumPeer / (double) Math.max(1, peerCount),
          sumOurs == 0 ? 0 : sumPeer / (double) sumOurs);
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
