package io.airshield.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airshield.allocate.WtaFormat;
import io.airshield.allocate.WtaProblem;
import io.airshield.allocate.WtaSolution;
import io.airshield.allocate.WtaSolver;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshield wta FILE}: solves a static weapon-target assignment problem given in the
 * benchmark format of Andersen, Pavlikov and Toffolo (2022) (see {@link WtaFormat}) and prints the
 * expected surviving value and the assignment.
 */
@Command(
    name = "wta",
    mixinStandardHelpOptions = true,
    description = {
      "Solve a static weapon-target assignment problem: give each weapon a target so that the"
          + " expected surviving target value, sum_j v_j * prod (1 - p_ij)^x_ij, is least.",
      "FILE uses the benchmark format of Andersen, Pavlikov & Toffolo (2022): 'W T mu', then"
          + " T target values, then W*T lines 'i j p'.",
      "Small problems are solved exactly; larger ones by iterated local search, large ones"
          + " starting from a Lagrangian relaxation (docs/reinforce.md). Same file and seed,"
          + " same answer.",
      "Every answer comes with a certified lower bound on the optimum (Lagrangian relaxation"
          + " of the weapon counts with column generation) and the gap between the two;"
          + " --exact then proves optimality by branch and bound, or says that it gave up.",
      "",
      "Examples:",
      "  airshield wta problem.txt",
      "  airshield wta problem.txt --format json --seed 3",
      "  airshield wta problem.txt --exact --node-limit 50000"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:solved", "2:bad problem file or option"})
public final class WtaCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the problem file")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description =
          "iterated-local-search rounds after the start, the deterministic work budget"
              + " (default: chosen from the problem's size)")
  Long iterations;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "seed of the search's random stream (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--exact",
      description =
          "prove the answer optimal (within 1e-9 relative) by branch and bound on the Lagrangian"
              + " bound; meant for small problems (up to about 50 weapon types x 100 targets),"
              + " gives up at --node-limit and says so")
  boolean exact;

  @Option(
      names = "--node-limit",
      paramLabel = "N",
      defaultValue = "100000",
      description = "most branch-and-bound nodes of --exact (default: ${DEFAULT-VALUE})")
  long nodeLimit;

  @Override
  public Integer call() {
    if (Files.isDirectory(file)) {
      throw new UserException(file + " is a folder; give a WTA problem file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a device or a pipe: reading it would not end, or wait for a writer (issue 18)
      throw new UserException(
          file
              + " is not a regular file (a device, a named pipe or a socket); give a WTA problem"
              + " file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException(
          "the file "
              + file
              + " does not exist"
              + (file.isAbsolute()
                  ? ""
                  : " (looked for " + file.toAbsolutePath().normalize() + ")"));
    }
    if (iterations != null && iterations < 0) {
      throw new UserException("--iterations must be >= 0, got " + iterations);
    }
    if (nodeLimit < 1) {
      throw new UserException("--node-limit must be >= 1, got " + nodeLimit);
    }
    final WtaProblem problem;
    try {
      problem = WtaFormat.read(file);
    } catch (UncheckedIOException e) {
      throw new UserException(e.getMessage());
    }
    WtaSolver.Options options = WtaSolver.Options.DEFAULT.withSeed(seed);
    if (iterations != null) {
      options = options.withIterations(iterations);
    }
    final long t0 = System.nanoTime();
    final WtaSolver solver = new WtaSolver(options);
    final WtaSolver.Exact proof = exact ? solver.solveExact(problem, nodeLimit) : null;
    final WtaSolution sol = proof != null ? proof.solution() : solver.solve(problem);
    final double seconds = (System.nanoTime() - t0) / 1e9;
    final PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(problem, sol, seconds, options, proof));
    } else {
      text(out, problem, sol, seconds, proof);
    }
    out.flush();
    return 0;
  }

  private void text(
      final PrintWriter out,
      final WtaProblem problem,
      final WtaSolution sol,
      final double seconds,
      final WtaSolver.Exact proof) {
    final double total = totalValue(problem);
    out.printf(
        Locale.ROOT,
        "instance: %s (%d weapon types, %d weapons, %d targets, total value %s)%n",
        file.getFileName(),
        problem.typeCount(),
        problem.weaponCount(),
        problem.targetCount(),
        num(total));
    out.printf(Locale.ROOT, "objective (expected surviving value): %s%n", num(sol.objective()));
    out.printf(
        Locale.ROOT,
        "expected value destroyed: %s (%.2f%%)%n",
        num(total - sol.objective()),
        total > 0 ? 100 * (total - sol.objective()) / total : 0.0);
    out.printf(
        Locale.ROOT,
        "lower bound (certified): %s, gap %.3e (%.4f%%)%n",
        num(sol.lowerBound()),
        sol.gap(),
        100 * sol.gap());
    if (proof != null) {
      out.println(
          proof.proven()
              ? String.format(
                  Locale.ROOT,
                  "exact: proved optimal within a relative 1e-9 (%d branch-and-bound nodes)",
                  proof.nodes())
              : String.format(
                  Locale.ROOT,
                  "exact: gave up at the node limit (%d nodes, --node-limit); not proved optimal,"
                      + " the optimum lies between the lower bound and the objective",
                  proof.nodes()));
    }
    out.printf(Locale.ROOT, "solved in %.3f s%n", seconds);
    out.println();
    out.printf(
        Locale.ROOT,
        "%7s %12s %8s %10s %12s  %s%n",
        "target",
        "value",
        "weapons",
        "survival",
        "surviving",
        "weapon types (units)");
    final int[][] x = sol.countsPerType();
    final double[] q = sol.survival();
    for (int j = 0; j < problem.targetCount(); j++) {
      final StringBuilder types = new StringBuilder();
      int count = 0;
      for (int i = 0; i < problem.typeCount(); i++) {
        if (x[i][j] > 0) {
          if (types.length() > 0) {
            types.append(' ');
          }
          types.append(i);
          if (x[i][j] > 1) {
            types.append('(').append(x[i][j]).append(')');
          }
          count += x[i][j];
        }
      }
      out.printf(
          Locale.ROOT,
          "%7d %12s %8d %10.6f %12s  %s%n",
          j,
          num(problem.value(j)),
          count,
          q[j],
          num(problem.value(j) * q[j]),
          types.length() == 0 ? "-" : types);
    }
  }

  private String json(
      final WtaProblem problem,
      final WtaSolution sol,
      final double seconds,
      final WtaSolver.Options options,
      final WtaSolver.Exact proof) {
    final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    final ObjectNode root = mapper.createObjectNode();
    final ObjectNode inst = root.putObject("instance");
    inst.put("file", file.toString());
    inst.put("weaponTypes", problem.typeCount());
    inst.put("weapons", problem.weaponCount());
    inst.put("targets", problem.targetCount());
    inst.put("totalValue", totalValue(problem));
    root.put("objective", sol.objective());
    root.put("lowerBound", sol.lowerBound());
    root.put("gap", sol.gap());
    if (proof != null) {
      final ObjectNode ex = root.putObject("exact");
      ex.put("proven", proof.proven());
      ex.put("nodes", proof.nodes());
      ex.put("nodeLimit", proof.nodeLimit());
    }
    final ArrayNode a = root.putArray("assignment");
    for (int t : sol.assignment()) {
      a.add(t);
    }
    final int[] type = problem.weaponTypes();
    final ArrayNode wt = root.putArray("weaponType");
    for (int t : type) {
      wt.add(t);
    }
    final ArrayNode counts = root.putArray("countsPerType");
    final int[][] x = sol.countsPerType();
    for (int i = 0; i < x.length; i++) {
      final ObjectNode row = counts.addObject();
      row.put("type", i);
      final ObjectNode perTarget = row.putObject("targets");
      for (int j = 0; j < x[i].length; j++) {
        if (x[i][j] > 0) {
          perTarget.put(Integer.toString(j), x[i][j]);
        }
      }
    }
    final ArrayNode surv = root.putArray("survival");
    for (double v : sol.survival()) {
      surv.add(v);
    }
    root.put("seconds", seconds);
    final ObjectNode solver = root.putObject("solver");
    solver.put("iterations", options.iterations());
    solver.put("seed", options.seed());
    solver.put("exactLimit", options.exactLimit());
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double totalValue(final WtaProblem problem) {
    double s = 0;
    for (int j = 0; j < problem.targetCount(); j++) {
      s += problem.value(j);
    }
    return s;
  }

  private static String num(final double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
