package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the HTML report and the web UI's charts draw: the assessment plus the few things it
 * does not carry (the distribution of the headline, each line's time open, the scenario's
 * geometry). Kept apart from {@link Assessment} so that the assessment stays the stable,
 * machine-readable answer and the drawing needs can change freely.
 *
 * @param assessment the assessment
 * @param scenario the scenario as run
 * @param lineOpen each rail line's share of time open, in scenario order
 * @param supply the distribution of supply delivered (t/day, campaign mean per replication)
 * @param batteries the AA batteries {lat, lon, radius m, AA unit index}
 */
public record ReportData(
    Assessment assessment,
    Scenario scenario,
    List<Estimate> lineOpen,
    Histogram supply,
    List<double[]> batteries) {
  public ReportData {
    lineOpen = List.copyOf(lineOpen);
    batteries = List.copyOf(batteries);
  }

  /**
   * A histogram with equal bins.
   *
   * @param low the first bin's lower edge
   * @param binWidth each bin's width
   * @param counts replications per bin
   */
  public record Histogram(double low, double binWidth, long[] counts) {
    public Histogram {
      counts = counts.clone();
    }

    @Override
    public long[] counts() {
      return counts.clone();
    }
  }

  /** Bins wanted in the drawn histogram of supply delivered. */
  static final int SUPPLY_BINS = 30;

  /**
   * @param theatre the compiled theatre that was run
   * @param result the run
   * @param assessment its assessment
   * @return the data to draw
   */
  public static ReportData of(
      final Theatre theatre, final MonteCarlo.Result result, final Assessment assessment) {
    final Statistics st = result.statistics();
    final Metrics m = theatre.metrics();
    final List<Estimate> open = new ArrayList<>();
    for (int l = 0; l < theatre.scenario().lines().size(); l++) {
      open.add(st.estimate(m.lineOpen(l)));
    }
    final List<double[]> batt = new ArrayList<>();
    for (int b = 0; b < theatre.batteries(); b++) {
      batt.add(theatre.battery(b));
    }
    return new ReportData(
        assessment,
        theatre.scenario(),
        open,
        histogram(st, Metric.SUPPLY_TONS_PER_DAY.slot()),
        batt);
  }

  /**
   * Re-bins the statistics' fine histogram (2000 bins over 0 to capacity) onto the span the
   * replications actually covered, so the drawn bars are neither a spike nor empty.
   */
  static Histogram histogram(final Statistics st, final int slot) {
    final long[] fine = st.histogram(slot, 2000);
    final double[] range = st.histogramRange(slot);
    final double w = (range[1] - range[0]) / fine.length;
    int first = -1;
    int last = -1;
    for (int i = 0; i < fine.length; i++) {
      if (fine[i] > 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return new Histogram(range[0], range[1] - range[0], new long[] {0});
    }
    final int span = last - first + 1;
    final int group = Math.max(1, (span + SUPPLY_BINS - 1) / SUPPLY_BINS);
    final long[] out = new long[(span + group - 1) / group];
    for (int i = first; i <= last; i++) {
      out[(i - first) / group] += fine[i];
    }
    return new Histogram(range[0] + first * w, group * w, out);
  }
}
