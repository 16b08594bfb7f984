package io.airshield.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WTA runner's {@code --seeds} argument: a count or a range, anything else refused. */
class WtaBenchmarkRunnerTest {
  @Test
  void seedsAreACountOrARange() {
    assertThat(WtaBenchmarkRunner.seedRange("12")).containsExactly(1, 12);
    assertThat(WtaBenchmarkRunner.seedRange("13-24")).containsExactly(13, 24);
    assertThat(WtaBenchmarkRunner.seedRange(" 7-7 ")).containsExactly(7, 7);
  }

  @Test
  void otherSeedsAreRefused() {
    for (String bad :
        new String[] {"", "0", "24-13", "0-3", "-3", "1-", "x", "1.5", "99999999999"}) {
      assertThat(WtaBenchmarkRunner.seedRange(bad)).as(bad).isNull();
    }
  }
}
