package io.airshield.bench;

import io.airshield.engine.Rng;
import io.airshield.reinforce.KimNelson;
import io.airshield.reinforce.Reinforcer;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The probability of correct selection (PCS) of the selection procedure {@code airshield reinforce}
 * uses (KN of Kim and Nelson 2001 with the default first stage {@link Reinforcer#FIRST_STAGE} and
 * 95% confidence), estimated by macroreplications on a test bed whose best system is known: normal
 * outcomes, unequal variances, and the two configurations of the literature (Kim and Nelson 2001,
 * section 4):
 *
 * <ul>
 *   <li><b>slippage</b> (SC): the best leads by exactly one indifference zone delta, all others
 *       equal. The least favourable configuration: the guarantee must hold here with least room;
 *   <li><b>monotone decreasing means</b> (MDM): mu_i = -(i - 1) delta.
 * </ul>
 *
 * with the variances increasing with the index (the inferior systems noisier), or decreasing (the
 * best the noisiest, the harder case for the best), independent or with common random numbers (a
 * common component giving correlation 0.5 between systems, as the plans' CRN do). A
 * macroreplication counts as correct when the procedure selects system 0 (KN without a cap ends
 * with one system). PCS is given with its 95% Wilson interval; the procedure passes when the
 * estimate reaches the nominal 95%.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.airshield.bench.SelectionPcsRunner [--macro 500] [--systems 15] [--seed 16]
 * </pre>
 *
 * One thread; deterministic: the same arguments give the same figures. Exit code 1 if any
 * configuration's PCS estimate is below 95%.
 */
public final class SelectionPcsRunner {
  private static final double DELTA = 0.25;
  private static final double ALPHA = 0.05;

  private SelectionPcsRunner() {}

  /**
   * A configuration of the test bed.
   *
   * @param name short name
   * @param mdm monotone decreasing means (else slippage)
   * @param increasing variances increase with the index (else decrease)
   * @param rho correlation between systems from a common component (0: independent)
   */
  record Config(String name, boolean mdm, boolean increasing, double rho) {}

  /**
   * @param args {@code --macro N}, {@code --systems K}, {@code --seed S}
   */
  public static void main(final String[] args) {
    final PrintStream out = System.out;
    int macro = 500;
    int k = 15;
    long seed = 16;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--macro" -> macro = Integer.parseInt(args[++a]);
        case "--systems" -> k = Integer.parseInt(args[++a]);
        case "--seed" -> seed = Long.parseLong(args[++a]);
        default -> {
          out.println("unknown argument " + args[a] + "; use --macro N --systems K --seed S");
          System.exit(2);
        }
      }
    }
    final Config[] configs = {
      new Config("slippage, variances increasing", false, true, 0),
      new Config("slippage, variances decreasing", false, false, 0),
      new Config("slippage, variances decreasing, CRN 0.5", false, false, 0.5),
      new Config("monotone means, variances increasing", true, true, 0),
      new Config("monotone means, variances decreasing", true, false, 0),
    };
    out.printf(
        Locale.ROOT,
        "KN: %d systems, delta %.2f (standard deviations 1 to 2), 1 - alpha %.0f%%, first stage %d, %d macroreplications,"
            + " seed %d%n",
        k,
        DELTA,
        100 * (1 - ALPHA),
        Reinforcer.FIRST_STAGE,
        macro,
        seed);
    out.printf(
        Locale.ROOT,
        "%-42s %7s %17s %14s %s%n",
        "configuration",
        "PCS",
        "95% interval",
        "mean total",
        "");
    boolean ok = true;
    for (int c = 0; c < configs.length; c++) {
      final Config cf = configs[c];
      final double[] mu = new double[k];
      final double[] sd = new double[k];
      for (int i = 0; i < k; i++) {
        mu[i] = cf.mdm() ? -i * DELTA : (i == 0 ? DELTA : 0);
        // variances from 1 to 4 (standard deviations 1 to 2) across the systems
        final double t = k == 1 ? 0 : (double) i / (k - 1);
        sd[i] = Math.sqrt(1 + 3 * (cf.increasing() ? t : 1 - t));
      }
      int correct = 0;
      long total = 0;
      for (int m = 0; m < macro; m++) {
        final Rng rng = new Rng(seed, m, c);
        final KimNelson.Result r =
            KimNelson.select(
                k,
                new KimNelson.Options(DELTA, ALPHA, Reinforcer.FIRST_STAGE, 1_000_000),
                (systems, rep, o) -> {
                  final double common = rng.gaussian();
                  for (int j = 0; j < systems.length; j++) {
                    final int i = systems[j];
                    o[j] =
                        mu[i]
                            + sd[i]
                                * (Math.sqrt(cf.rho()) * common
                                    + Math.sqrt(1 - cf.rho()) * rng.gaussian());
                  }
                });
        if (r.converged() && r.best() == 0) {
          correct++;
        }
        total += r.total();
      }
      final double pcs = (double) correct / macro;
      final double[] ci = wilson(correct, macro);
      final boolean pass = pcs >= 1 - ALPHA;
      ok &= pass;
      out.printf(
          Locale.ROOT,
          "%-42s %7.3f   [%.3f, %.3f] %14.0f %s%n",
          cf.name(),
          pcs,
          ci[0],
          ci[1],
          (double) total / macro,
          pass ? "" : "BELOW 95%");
    }
    out.println(ok ? "PCS >= 95% in every configuration." : "PCS below 95% somewhere.");
    if (!ok) {
      System.exit(1);
    }
  }

  /** The 95% Wilson score interval of a binomial proportion. */
  static double[] wilson(final int successes, final int n) {
    final double z = 1.959964;
    final double p = (double) successes / n;
    final double den = 1 + z * z / n;
    final double centre = (p + z * z / (2.0 * n)) / den;
    final double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / den;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
