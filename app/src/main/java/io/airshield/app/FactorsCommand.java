package io.airshield.app;

import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.study.Factor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airshield factors}: the estimates a study may vary, with source, default and range. */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the factors explore varies by default: the scenario's estimates (its estimates"
          + " section) and the model's parameters with a plausible range, each with its source,"
          + " the value the scenario runs with and the range. --all adds the parameters whose"
          + " range is fixed.",
      "",
      "Examples:",
      "  airshield factors",
      "  airshield factors northeast-1952-spring --all"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:factors listed", "2:bad scenario file or option"})
final class FactorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioArgument scenarioArgument;

  @Option(names = "--all", description = "Also list the parameters whose range is fixed.")
  boolean all;

  @Override
  public Integer call() {
    final Scenario s = ScenarioFiles.scenario(scenarioArgument.scenario);
    final PrintWriter out = spec.commandLine().getOut();
    out.println("Factors of " + s.id() + " (explore varies these by default):");
    out.printf(
        Locale.ROOT,
        "%-48s %-8s %10s %10s %10s %-8s %s%n",
        "factor",
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "source");
    int n = 0;
    for (Factor f : Factor.all(s)) {
      row(out, f, f.low(), f.high());
      n++;
    }
    if (all) {
      for (ModelParameter p : ModelParameter.values()) {
        if (!p.ranged()) {
          row(out, Factor.of(p, s), Double.NaN, Double.NaN);
        }
      }
    }
    out.println(
        n
            + " factors: "
            + s.estimates().size()
            + " estimates of the scenario, "
            + (n - s.estimates().size())
            + " model parameters. Set a parameter in the scenario's constants section; vary"
            + " others with explore --factors FILE.");
    out.flush();
    return 0;
  }

  private static void row(final PrintWriter out, final Factor f, final double lo, final double hi) {
    out.printf(
        Locale.ROOT,
        "%-48s %-8s %10s %10s %10s %-8s %s%n",
        f.key(),
        f.kind() == Factor.Kind.CONSTANT ? "model" : "scenario",
        num(f.base()),
        Double.isNaN(lo) ? "fixed" : num(lo),
        Double.isNaN(hi) ? "" : num(hi),
        f.unit(),
        f.source());
  }

  private static String num(final double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
  }
}
