package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers for people: no exponent, no negative zero, decimals by size. */
class NumTest {
  @Test
  void noExponentNoNegativeZero() {
    assertThat(Num.of(6770.4)).isEqualTo("6,770");
    assertThat(Num.of(13.34)).isEqualTo("13.3");
    assertThat(Num.of(2.345)).isEqualTo("2.35");
    assertThat(Num.of(0.0072216)).isEqualTo("0.0072");
    assertThat(Num.of(-0.00001)).isEqualTo("0.0000");
    assertThat(Num.of(-0.0)).isEqualTo("0");
    assertThat(Num.of(-0.2, 0)).isEqualTo("0");
    assertThat(Num.of(-1234.0)).isEqualTo("-1,234");
    assertThat(Num.of(Double.NaN)).isEqualTo("no data");
    assertThat(Num.of(1.0e12)).doesNotContain("e").isEqualTo("1,000,000,000,000");
  }

  @Test
  void intervalTakesTheDecimalsOfItsMean() {
    assertThat(Num.interval(13.3, 13.21, 13.44)).isEqualTo("13.3 (13.2 to 13.4)");
    assertThat(Num.interval(2955, 2835.2, 3076)).isEqualTo("2,955 (2,835 to 3,076)");
    assertThat(Num.interval(0.02, -0.01, 0.05)).isEqualTo("0.0200 (-0.0100 to 0.0500)");
    assertThat(Num.interval(5, Double.NaN, Double.NaN)).isEqualTo("5.00");
  }
}
