package io.airshield.campaign;

/**
 * Closed forms shared by the model and its tests.
 */
public final class AirDefenceMath {
  private AirDefenceMath() {}

  /**
   * The probability that one of n aircraft is destroyed when the fire expects lambda kills
   * among them, shots falling at random on the formation: each aircraft then takes a Poisson
   * number of lethal hits with mean lambda / n, and survives with exp(-lambda / n). The number
   * destroyed is binomial (n, 1 - exp(-lambda / n)), whose mean tends to lambda when
   * lambda is small against n (the rounds-per-kill count of wartime statistics).
   *
   * @param lambda expected kills (rounds fired / rounds per kill)
   * @param n aircraft in the formation
   * @return each aircraft's kill probability
   */
  public static double killProbability(final double lambda, final int n) {
    if (n <= 0 || lambda <= 0) {
      return 0;
    }
    return 1 - Math.exp(-lambda / n);
  }

  /**
   * The probability that an aircraft survives layered defences with independent kill
   * probabilities: the product of the survivals (Przemieniecki, Mathematical Methods in
   * Defense Analyses, 3rd ed., 2000, ch. 4).
   *
   * @param kill each layer's kill probability
   * @return the probability of surviving all layers
   */
  public static double layeredSurvival(final double... kill) {
    double s = 1;
    for (double p : kill) {
      s *= 1 - p;
    }
    return s;
  }
}
