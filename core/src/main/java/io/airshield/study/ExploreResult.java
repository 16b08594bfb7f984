package io.airshield.study;

import java.util.List;

/**
 * What an {@code explore} study found. Arrays are indexed [point][factor], [measure][point],
 * [point][replication][measure], [measure][factor] and [point][plan]; the analyses present are
 * those of the design (Morris effects, Sobol indices, or the main effects of a NOLH or LHS), and
 * the robustness of the plans when plans were compared.
 *
 * @param scenarioId the scenario
 * @param factors the factors, in design column order
 * @param settings the settings run
 * @param design the design
 * @param measures the measures' names
 * @param x each point's factor values (file units)
 * @param mean each measure's mean over the replications at each point
 * @param stdErr its standard error
 * @param outcomes every replication's measures at every point
 * @param morris Morris effects [measure][factor], or null
 * @param sobol Sobol indices [measure][factor], or null
 * @param main main effects [measure][factor] of a NOLH or LHS design, or null
 * @param planLabels the plans compared, or empty
 * @param objective each plan's mean objective at each point, or null
 * @param robustness the plans' robustness, or null
 * @param objectiveName the pool's objective, or empty
 * @param simulations replications run in all
 */
public record ExploreResult(
    String scenarioId,
    List<Factor> factors,
    ExploreSettings settings,
    Design design,
    List<String> measures,
    double[][] x,
    double[][] mean,
    double[][] stdErr,
    double[][][] outcomes,
    Morris.Effect[][] morris,
    Sobol.Index[][] sobol,
    MainEffect[][] main,
    List<String> planLabels,
    double[][] objective,
    Robustness.Result robustness,
    String objectiveName,
    long simulations) {

  /**
   * A factor's main effect in a space-filling design: the least-squares slope of the measure on the
   * factor's unit-cube coordinate (so the change across its range, other factors averaged over the
   * design) and their correlation. In a nearly orthogonal design the factors' slopes hardly disturb
   * each other (Kleijnen, Sanchez, Lucas and Cioppa, INFORMS J. Comput. 17(3), 2005).
   *
   * @param effect change of the measure from the factor's low to its high
   * @param correlation Pearson correlation of measure and factor
   */
  public record MainEffect(double effect, double correlation) {}

  /**
   * The importance the ranking uses: mu* (Morris), the total index (Sobol), the absolute main
   * effect otherwise.
   *
   * @param m measure
   * @param f factor
   * @return the importance
   */
  public double importance(final int m, final int f) {
    if (morris != null) {
      return morris[m][f].muStar();
    }
    if (sobol != null) {
      return sobol[m][f].total();
    }
    return main != null ? Math.abs(main[m][f].effect()) : 0;
  }

  /**
   * @param m measure
   * @return factor indices, most important first (ties: design order)
   */
  public int[] ranking(final int m) {
    final Integer[] idx = new Integer[factors.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(
        idx,
        java.util.Comparator.comparingDouble((Integer f) -> -importance(m, f))
            .thenComparingInt(f -> f));
    final int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
