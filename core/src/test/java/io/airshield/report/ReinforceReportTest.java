package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

/** The request's sentence on the runner-up. */
class ReinforceReportTest {
  @Test
  void aLeadIsGivenWithItsInterval() {
    final String s =
        ReinforceReport.lead(
            "Liaoyang, Andong", new Estimate(1.5, 0.5, 2.5, 2.0, 40), "intercepts", "intercepts");
    assertThat(s).startsWith("this one leads the next best (Liaoyang, Andong) by 1.50");
    assertThat(s).contains("0.50 to 2.50").doesNotContain("tell them apart");
  }

  @Test
  void twoPlansThatNeverDifferAreSaidToBeLevelNotLed() {
    final String s =
        ReinforceReport.lead(
            "Liaoyang, Andong",
            new Estimate(0.0, 0.0, 0.0, 0.0, 130),
            "intrusions intercepted",
            "intercepts");
    assertThat(s)
        .isEqualTo(
            "this one and the next best (Liaoyang, Andong) gave the same result (intrusions"
                + " intercepted) in every one of the 130 replications they shared: the model does"
                + " not tell them apart, and the choice between them rests on what it leaves"
                + " out.");
  }

  @Test
  void aZeroMeanThatVariesIsStillALeadOfZeroWithItsInterval() {
    final String s =
        ReinforceReport.lead("B", new Estimate(0.0, -0.4, 0.4, 1.0, 30), "x", "intercepts");
    assertThat(s).startsWith("this one leads the next best (B) by").contains("-0.40 to 0.40");
  }
}
