package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.reinforce.EmbeddedPools;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.PoolReader;
import io.airshield.reinforce.Reinforcement;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceReport;
import io.airshield.study.ExploreStudy;
import io.airshield.study.FactorFile;
import io.airshield.study.ReinforceSettings;
import io.airshield.study.ReinforceStudy;
import io.airshield.study.RobustReinforce;
import io.airshield.study.Studies;
import io.airshield.study.StudyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airshield reinforce}: ranks stationing plans for a reinforcement pool; a thin shell over
 * the core's {@link ReinforceStudy}: the options the user set change the {@link ReinforceSettings}
 * (the defaults live there).
 */
@Command(
    name = "reinforce",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Where should reinforcements stand? Enumerates the feasible stationings of"
          + " the pool's units, screens them analytically, simulates the promising ones with"
          + " common random numbers and the fully sequential ranking-and-selection procedure of"
          + " Kim and Nelson until the best is known with the requested confidence, and prints"
          + " the ranked plans with each one's gain over doing nothing and over the runner-up"
          + " (95%% confidence intervals). With --request, drafts the request for the best plan."
          + " Writes a report folder (index.html: the ranking, a chart of the gains, the map of"
          + " the best plan and the request) unless --no-report.",
      "",
      "Each embedded scenario carries its default pool; give --pool for your own (format in"
          + " docs/reinforce.md).",
      "",
      "Examples:",
      "  airshield reinforce",
      "  airshield reinforce northeast-1952-spring --request",
      "  airshield reinforce korea-1951-autumn --indifference 10 --max-replications 1000",
      "  airshield reinforce my-theatre.yaml --pool my-pool.yaml --format json --no-report"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ranking written",
      "2:bad scenario or pool file, or bad option (a --report" + " that is a file)"
    })
final class ReinforceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioArgument scenarioArgument;

  @Option(
      names = "--pool",
      paramLabel = "FILE",
      description = "The reinforcement pool (default: the scenario's embedded pool).")
  String pool;

  @Option(
      names = "--confidence",
      paramLabel = "P",
      defaultValue = "95%",
      description = "Required probability of selecting the best plan (default: ${DEFAULT-VALUE}).")
  String confidence;

  @Option(
      names = "--indifference",
      paramLabel = "X",
      description =
          "Indifference zone: a smaller difference is not worth telling apart. A share of"
              + " the objective without reinforcement (2%%) or a figure in the objective's units"
              + " (0.5) (default: the pool's, or 2%% of the baseline).")
  String indifference;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      defaultValue = "" + ReinforceSettings.MAX_REPLICATIONS,
      description = "Most replications of any one plan (default: ${DEFAULT-VALUE}).")
  int maxReplications;

  @Option(
      names = "--first-stage",
      paramLabel = "N",
      description =
          "Replications of every plan before any is dropped; they estimate the variances the"
              + " selection relies on (default: 20, or --max-replications if lower; why in"
              + " docs/reinforce.md).")
  Integer firstStage;

  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "" + ReinforceSettings.KEEP,
      description =
          "Most plans the analytic screen passes to the simulation (default:"
              + " ${DEFAULT-VALUE}).")
  int keep;

  @Mixin SharedOptions.Seed seedOption;

  @Mixin SharedOptions.Threads threadsOption;

  @Mixin SharedOptions.Format formatOption;

  @Option(names = "--request", description = "Also draft the request for the best plan.")
  boolean request;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = "airshield-reinforce-report",
      description =
          "Write the report folder DIR: index.html with the ranking, the gains"
              + " chart, the map of the best plan and (with --request) the request; opens offline"
              + " (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--no-report", description = "Write no report folder.")
  boolean noReport;

  @Mixin SharedOptions.Quiet quietOption;

  @Option(
      names = "--robust",
      description =
          "Also test the recommendation against the estimates: simulate the leading plans over"
              + " a nearly orthogonal Latin hypercube of every ranged estimate (10 replications a"
              + " point) and report, per plan, where it is best, its regret, and which estimates"
              + " flip the choice; the request says how robust it is (docs/explore.md).")
  boolean robust;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description =
          "With --robust: a factor file choosing the estimates, their ranges and the design"
              + " (format in docs/explore.md).")
  String factors;

  @Override
  public Integer call() {
    final boolean json = formatOption.json();
    final boolean quiet = quietOption.quiet;
    final double conf = parseConfidence();
    if (firstStage != null && firstStage < 1) {
      // 0 would mean "the default" to the settings
      throw new UserException("--first-stage must be at least 2, not " + firstStage);
    }
    final Pool.Indifference zone = indifference == null ? null : parseIndifference(indifference);
    final ReinforceSettings settings =
        ReinforceSettings.defaults()
            .withRun(seedOption.orElse(ReinforceSettings.SEED), threadsOption.orAllCores())
            .withSelection(conf, zone)
            .withSizes(firstStage != null ? firstStage : 0, maxReplications, keep);
    settings.check();
    if (!noReport) {
      ReportOutput.checkFolder(report);
    }
    if (factors != null && !robust) {
      throw new UserException("--factors takes effect with --robust; give --robust too");
    }
    final Scenario s = ScenarioFiles.scenario(scenarioArgument.scenario);
    final Pool p =
        pool == null
            ? EmbeddedPools.load(s)
                .orElseThrow(
                    () ->
                        new UserException(
                            "scenario "
                                + s.id()
                                + " has no embedded reinforcement pool; give one with --pool FILE"))
            : PoolReader.read(pool, ScenarioFiles.read(pool, "pool", List.of()).bytes(), s);
    // the robustness study's files are read before the run, so that a bad one costs no time
    final Robust rs = robust ? robustSpec(s, settings.seed(), settings.threads()) : null;
    final Progress bar =
        quiet ? null : new Progress(spec.commandLine().getErr(), "reinforce " + s.id());
    final Reinforcement r =
        ReinforceStudy.run(
            s,
            p,
            settings,
            bar == null ? null : (done, cap) -> bar.update(done, cap, Double.NaN),
            null);
    if (bar != null) {
      bar.done(r.replications());
    }
    final RobustReinforce.Outcome ro = rs == null ? null : robust(rs, r);
    final PrintWriter out = spec.commandLine().getOut();
    String draft = request ? ReinforceReport.request(r, p) : null;
    if (draft != null && ro != null) {
      draft = RobustReinforce.request(draft, ro, r.objectiveUnit());
    }
    if (json) {
      ReinforceReport.json(r, draft, ro == null ? null : RobustReinforce.json(ro), out);
    } else {
      ReinforceReport.text(r, out);
      if (ro != null) {
        RobustReinforce.text(ro, r.objectiveUnit(), out);
      }
      if (draft != null) {
        out.println();
        out.println("REQUEST (drafted from the run)");
        out.println();
        out.print(TextWrap.wrap(draft));
      }
      out.flush();
    }
    if (!noReport) {
      ReportOutput.reinforce(
          ro == null
              ? ReinforceData.of(s, p, r, draft)
              : ReinforceData.of(s, p, r, draft).withRobust(RobustReinforce.html(ro)),
          report,
          quiet ? null : spec.commandLine().getErr());
    }
    return 0;
  }

  /** What --robust studies: the scenario and pool as files, the factors and settings. */
  private record Robust(
      ExploreStudy.Input in, ExploreStudy.PoolSource pool, FactorFile.Spec spec, String id) {}

  private Robust robustSpec(final Scenario s, final long seed, final int n) {
    final ScenarioFiles.Source src = ScenarioFiles.source(scenarioArgument.scenario);
    final ExploreStudy.Input in = new ExploreStudy.Input(src.name(), src.bytes(), s);
    final ExploreStudy.PoolSource ps =
        pool == null
            ? new ExploreStudy.PoolSource(
                "embedded:pools/" + s.id() + ".yaml", EmbeddedPools.bytes(s.id()).orElseThrow())
            : new ExploreStudy.PoolSource(
                pool, ScenarioFiles.read(pool, "pool", List.of()).bytes());
    final FactorFile.Spec fs =
        RobustReinforce.settings(
            in,
            factors,
            factors == null ? null : ScenarioFiles.read(factors, "factor", List.of()).bytes(),
            seed,
            n);
    return new Robust(in, ps, fs, s.id());
  }

  /** --robust: the leading plans over the estimates' plausible ranges (the core's study). */
  private RobustReinforce.Outcome robust(final Robust rs, final Reinforcement r) {
    final Progress bar =
        quietOption.quiet
            ? null
            : new Progress(spec.commandLine().getErr(), "reinforce --robust " + rs.id());
    try {
      final RobustReinforce.Outcome o =
          RobustReinforce.run(
              rs.in(),
              rs.spec().factors(),
              rs.spec().settings(),
              rs.pool(),
              r,
              Studies.allocator(),
              bar == null ? null : (done, total) -> bar.update(done, total, Double.NaN));
      if (bar != null) {
        bar.done(o.result().simulations());
      }
      return o;
    } catch (StudyException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * @param text "2%" (a share of the objective without reinforcement) or "0.5" (objective units)
   * @return the zone
   */
  static Pool.Indifference parseIndifference(final String text) {
    final String t = text.trim();
    final boolean share = t.endsWith("%");
    try {
      final double v = Double.parseDouble(share ? t.substring(0, t.length() - 1).trim() : t);
      if (!(v > 0 && Double.isFinite(v)) || share && v > 100) {
        throw new UserException(
            "--indifference must be a positive figure, or a share from above 0% to 100%, not \""
                + text
                + "\"");
      }
      return new Pool.Indifference(share ? v / 100 : v, share);
    } catch (NumberFormatException e) {
      throw new UserException(
          "--indifference takes a share of the baseline such as 2% or a figure in the"
              + " objective's units such as 0.5, not \""
              + text
              + "\"");
    }
  }

  private double parseConfidence() {
    final String c = confidence.trim();
    try {
      final double v =
          c.endsWith("%")
              ? Double.parseDouble(c.substring(0, c.length() - 1)) / 100
              : Double.parseDouble(c);
      if (!(v >= 0.5 && v < 1)) {
        throw new UserException("--confidence must be from 50% to below 100%, not " + confidence);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UserException(
          "--confidence takes a probability such as 95% or 0.95, not \"" + confidence + "\"");
    }
  }
}
