package io.airshield.bench;

import io.airshield.allocate.WtaFormat;
import io.airshield.allocate.WtaProblem;
import io.airshield.allocate.WtaSolution;
import io.airshield.allocate.WtaSolver;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link WtaSolver} on the static weapon-target assignment instances of Andersen, Pavlikov and
 * Toffolo (2022), doi 10.1007/s10479-022-04525-6, and compares with the best upper bound they
 * publish (the best over all their approaches, read from {@code published-results.csv}).
 *
 * <p>Run from the project root:
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.airshield.bench.WtaBenchmarkRunner [DIR] [--iterations N] [--seed N]
 * </pre>
 *
 * <p>{@code DIR} defaults to {@code shared/data/wta} found next to the project root, by walking up
 * from the working directory. If the data is absent the runner says so and exits 0. One thread.
 * Each instance's solve is timed twice: wall clock, and the thread's CPU time, which is what
 * "seconds on one core" means on a shared machine; the 2 s target is checked on CPU time. Reading
 * the file is not timed.
 */
public final class WtaBenchmarkRunner {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Pattern NAME = Pattern.compile("wta_(\\d+)x(\\d+)x(\\d+)\\.txt");

  private WtaBenchmarkRunner() {}

  /** Published bounds of one instance. */
  record Published(double bestUb, double bestLb) {}

  /**
   * @param args optional data directory, {@code --iterations N}, {@code --seed N}
   * @throws IOException if a file cannot be read
   */
  public static void main(final String[] args) throws IOException {
    final PrintStream out = System.out;
    Path dir = null;
    WtaSolver.Options options = WtaSolver.Options.DEFAULT;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--iterations" -> options = options.withIterations(Long.parseLong(args[++a]));
        case "--seed" -> options = options.withSeed(Long.parseLong(args[++a]));
        default -> dir = Path.of(args[a]);
      }
    }
    if (dir == null) {
      dir = findData();
    }
    if (dir == null || !Files.isDirectory(dir)) {
      out.println(
          "WTA benchmark data not found at "
              + (dir == null ? "shared/data/wta above " + Path.of("").toAbsolutePath() : dir)
              + "; it ships beside the project in ../shared/data/wta");
      return;
    }
    final Map<String, Published> published = readPublished(dir.resolve("published-results.csv"));
    final List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).forEach(files::add);
    }
    files.sort((x, y) -> key(x).compareTo(key(y)));
    out.printf(Locale.ROOT, "WTA benchmark: %s, solver %s%n", dir, options);
    out.printf(
        Locale.ROOT,
        "%-12s %16s %16s %12s %-9s %8s %8s%n",
        "instance",
        "objective",
        "best pub. UB",
        "rel. gap",
        "feasible",
        "seconds",
        "cpu s");
    final WtaSolver solver = new WtaSolver(options);
    int met = 0;
    int feasible = 0;
    double maxGap = Double.NEGATIVE_INFINITY;
    double totalSeconds = 0;
    double maxSeconds = 0;
    double maxCpu = 0;
    for (Path f : files) {
      final Matcher m = NAME.matcher(f.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      final String inst = m.group(1) + "x" + m.group(2) + "x" + m.group(3);
      final WtaProblem problem = WtaFormat.read(f);
      final long c0 = THREADS.getCurrentThreadCpuTime();
      final long t0 = System.nanoTime();
      final WtaSolution sol = solver.solve(problem);
      final double sec = (System.nanoTime() - t0) / 1e9;
      final double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      final int[] assignment = sol.assignment();
      final String why = WtaSolution.infeasibility(problem, assignment);
      final boolean ok = why == null && countsMatch(problem, sol);
      final double exact = WtaSolution.evaluate(problem, assignment);
      final Published pub = published.get(inst);
      final double gap = pub == null ? Double.NaN : (exact - pub.bestUb()) / pub.bestUb();
      if (ok) {
        feasible++;
      }
      if (pub != null && gap <= 1e-4 && ok && cpu <= 2.0) {
        met++;
      }
      if (!Double.isNaN(gap)) {
        maxGap = Math.max(maxGap, gap);
      }
      totalSeconds += sec;
      maxSeconds = Math.max(maxSeconds, sec);
      maxCpu = Math.max(maxCpu, cpu);
      out.printf(
          Locale.ROOT,
          "%-12s %16.6f %16s %+12.3e %-9s %8.3f %8.3f%n",
          inst,
          exact,
          pub == null ? "n/a" : String.format(Locale.ROOT, "%.6f", pub.bestUb()),
          gap,
          ok ? "yes" : "NO " + (why == null ? "counts" : why),
          sec,
          cpu);
    }
    out.printf(
        Locale.ROOT,
        "summary: %d instances, %d feasible, %d within 1e-4 of best published UB in <= 2 s "
            + "CPU; max rel. gap %+.3e; wall total %.2f s, max %.3f s; CPU max %.3f s%n",
        files.size(),
        feasible,
        met,
        maxGap,
        totalSeconds,
        maxSeconds,
        maxCpu);
  }

  private static String key(final Path p) {
    final Matcher m = NAME.matcher(p.getFileName().toString());
    if (!m.matches()) {
      return p.toString();
    }
    return String.format(
        Locale.ROOT,
        "%06d%06d%06d",
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  /** Every type uses exactly its units (the benchmark's {@code sum_j x_ij = mu}). */
  private static boolean countsMatch(final WtaProblem problem, final WtaSolution sol) {
    final int[][] x = sol.countsPerType();
    for (int i = 0; i < x.length; i++) {
      int s = 0;
      for (int c : x[i]) {
        s += c;
      }
      if (s != problem.units(i)) {
        return false;
      }
    }
    return true;
  }

  private static Path findData() {
    Path d = Path.of("").toAbsolutePath();
    while (d != null) {
      final Path candidate = d.resolve("shared").resolve("data").resolve("wta");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      d = d.getParent();
    }
    return null;
  }

  /**
   * Reads the authors' log: sections headed {@code Approach: name}, each with a header row naming
   * the columns ({@code |W|}, {@code |T|}, {@code \mi}, {@code LB}, {@code UB}, ...), then one row
   * per instance. Returns per instance the best (lowest) UB and best (highest) LB.
   */
  static Map<String, Published> readPublished(final Path csv) throws IOException {
    final Map<String, Published> best = new TreeMap<>();
    if (!Files.isRegularFile(csv)) {
      return best;
    }
    int cw = -1;
    int ct = -1;
    int cmu = -1;
    int cub = -1;
    int clb = -1;
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      final String[] f = line.split(",", -1);
      if (line.contains("|W|")) {
        cw = cmu = ct = cub = clb = -1;
        for (int i = 0; i < f.length; i++) {
          final String h = f[i].trim();
          switch (h) {
            case "|W|" -> cw = i;
            case "|T|" -> ct = i;
            case "\\mi", "mu", "\\mu" -> cmu = i;
            case "UB" -> cub = i;
            case "LB" -> clb = i;
            default -> {}
          }
        }
        continue;
      }
      if (cw < 0 || ct < 0 || cmu < 0 || cub < 0 || f.length <= Math.max(cub, cmu)) {
        continue;
      }
      try {
        final String inst =
            Integer.parseInt(f[cw].trim())
                + "x"
                + Integer.parseInt(f[ct].trim())
                + "x"
                + Integer.parseInt(f[cmu].trim());
        final double ub = Double.parseDouble(f[cub].trim());
        final double lb =
            clb >= 0 && f.length > clb
                ? Double.parseDouble(f[clb].trim())
                : Double.NEGATIVE_INFINITY;
        best.merge(
            inst,
            new Published(ub, lb),
            (a, b) ->
                new Published(Math.min(a.bestUb(), b.bestUb()), Math.max(a.bestLb(), b.bestLb())));
      } catch (NumberFormatException e) {
        // not a data row
      }
    }
    return best;
  }
}
