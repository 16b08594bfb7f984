package io.airshield.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How robust a choice among plans is over a designed experiment (robust decision making: Lempert,
 * Popper and Bankes, Shaping the Next One Hundred Years, RAND MR-1626, 2003; regret after Savage,
 * JASA 46, 1951). At each design point the plans' objectives (larger is better) name a best; a plan
 * counts as best there when it is within the indifference zone of the best. Per plan: the share of
 * the points where it is best, its worst-case and mean regret (the best objective at the point less
 * its own). The recommended plan is best on the largest share (ties: the smaller mean regret).
 * Which factors flip the choice: for each factor, the single threshold on its value that best
 * separates the points where the recommended plan is best from those where it is not (a decision
 * stump, Iba and Langley 1992), ranked by how many points it explains beyond always guessing the
 * majority.
 */
public final class Robustness {
  private Robustness() {}

  /**
   * One plan's figures.
   *
   * @param plan the plan's index
   * @param shareBest share of the design points where it is best within the zone
   * @param worstRegret its largest regret
   * @param meanRegret its mean regret
   * @param meanObjective its mean objective over the design
   */
  public record PlanFigures(
      int plan, double shareBest, double worstRegret, double meanRegret, double meanObjective) {}

  /**
   * A factor that flips the choice.
   *
   * @param factor the factor's index
   * @param threshold the value that separates
   * @param losesAbove whether the recommended plan stops being best above the threshold (else
   *     below)
   * @param accuracy share of the points the rule classifies right
   * @param gain accuracy beyond always guessing the majority
   */
  public record Flip(
      int factor, double threshold, boolean losesAbove, double accuracy, double gain) {}

  /**
   * The analysis.
   *
   * @param plans each plan's figures, in plan order
   * @param recommended the index of the recommended plan
   * @param flips the factors that flip it, most telling first (only those with a gain)
   */
  public record Result(List<PlanFigures> plans, int recommended, List<Flip> flips) {}

  /**
   * @param x the factors' values at each design point [point][factor]
   * @param objective each plan's mean objective at each point [point][plan]
   * @param zone the indifference zone at each point (objective units, at least 0)
   * @return the analysis
   */
  public static Result analyse(
      final double[][] x, final double[][] objective, final double[] zone) {
    final int points = objective.length;
    final int plans = objective[0].length;
    final boolean[][] best = new boolean[points][plans];
    final double[][] regret = new double[points][plans];
    for (int p = 0; p < points; p++) {
      double top = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < plans; j++) {
        top = Math.max(top, objective[p][j]);
      }
      for (int j = 0; j < plans; j++) {
        regret[p][j] = top - objective[p][j];
        best[p][j] = regret[p][j] <= zone[p];
      }
    }
    final List<PlanFigures> figs = new ArrayList<>();
    for (int j = 0; j < plans; j++) {
      int count = 0;
      double worst = 0;
      double sum = 0;
      double obj = 0;
      for (int p = 0; p < points; p++) {
        count += best[p][j] ? 1 : 0;
        worst = Math.max(worst, regret[p][j]);
        sum += regret[p][j];
        obj += objective[p][j];
      }
      figs.add(new PlanFigures(j, (double) count / points, worst, sum / points, obj / points));
    }
    final PlanFigures rec =
        figs.stream()
            .min(
                Comparator.comparingDouble((PlanFigures f) -> -f.shareBest())
                    .thenComparingDouble(PlanFigures::meanRegret)
                    .thenComparingInt(PlanFigures::plan))
            .orElseThrow();
    final boolean[] recBest = new boolean[points];
    for (int p = 0; p < points; p++) {
      recBest[p] = best[p][rec.plan()];
    }
    final List<Flip> flips = new ArrayList<>();
    final int k = points == 0 ? 0 : x[0].length;
    for (int f = 0; f < k; f++) {
      final Flip s = stump(x, f, recBest);
      if (s != null && s.gain() > 0) {
        flips.add(s);
      }
    }
    flips.sort(Comparator.comparingDouble((Flip fl) -> -fl.gain()).thenComparingInt(Flip::factor));
    return new Result(figs, rec.plan(), flips);
  }

  /**
   * The best threshold on factor f for "the plan is best": thresholds half-way between successive
   * distinct values; the rule "best below, not above" or its mirror.
   */
  static Flip stump(final double[][] x, final int f, final boolean[] isBest) {
    final int n = isBest.length;
    final Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> x[i][f]).thenComparingInt(i -> i));
    int totalBest = 0;
    for (boolean b : isBest) {
      totalBest += b ? 1 : 0;
    }
    final double majority = Math.max(totalBest, n - totalBest) / (double) n;
    int bestBelow = 0;
    double top = -1;
    Flip out = null;
    for (int c = 1; c < n; c++) {
      bestBelow += isBest[order[c - 1]] ? 1 : 0;
      final double lo = x[order[c - 1]][f];
      final double hi = x[order[c]][f];
      if (lo == hi) {
        continue;
      }
      // "best below, not above": right are the best below and the not-best above
      final int notBestAbove = (n - c) - (totalBest - bestBelow);
      final double accBelow = (bestBelow + notBestAbove) / (double) n;
      final double accAbove = 1 - accBelow;
      final double acc = Math.max(accBelow, accAbove);
      if (acc > top + 1e-12) {
        top = acc;
        out = new Flip(f, (lo + hi) / 2, accBelow >= accAbove, acc, acc - majority);
      }
    }
    return out;
  }
}
