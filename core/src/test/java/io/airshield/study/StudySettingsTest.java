package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.campaign.Metric;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.reinforce.Reinforcer;
import org.junit.jupiter.api.Test;

/**
 * The studies' settings (issue 18's study layer): their defaults are the command line's of before,
 * so results stay bit-identical, and a setting out of range is a {@link StudyException} that names
 * it.
 */
class StudySettingsTest {
  @Test
  void assessDefaultsAreThoseOfTheCommandLine() {
    final AssessSettings s = AssessSettings.defaults().withThreads(3);
    assertThat(s.options())
        .isEqualTo(
            new MonteCarlo.Options(1951, 1000, 0, 32, 3, 8, Metric.SUPPLY_TONS_PER_DAY.slot()));
    // with a precision target the cap is 100,000, the stopping rule consulted from 32 on
    assertThat(AssessSettings.defaultReplications(0.01)).isEqualTo(100_000);
    assertThat(s.withPrecision(0.01).withReplications(100_000).options().minReplications())
        .isEqualTo(32);
    // fewer replications than the least before stopping: all of them
    assertThat(s.withReplications(5).options().minReplications()).isEqualTo(5);
  }

  @Test
  void reinforceDefaultsAreThoseOfTheCommandLine() {
    final ReinforceSettings s = ReinforceSettings.defaults().withRun(7, 1);
    assertThat(s.options()).isEqualTo(Reinforcer.Options.defaults(7));
    assertThat(s.withSizes(0, 8, 12).firstStageInEffect()).isEqualTo(8);
    assertThat(s.withSizes(5, 8, 12).firstStageInEffect()).isEqualTo(5);
    // every plan to the cap, and the baseline's 1,000 (or the cap, if more)
    assertThat(s.cap(3)).isEqualTo(3 * 400 + 1000);
    assertThat(s.withSizes(0, 2000, 12).cap(1)).isEqualTo(4000);
  }

  @Test
  void formDefaultsAreThoseOfTheCommandLine() {
    final FormSettings s = FormSettings.defaults();
    assertThat(s.seed()).isEqualTo(1);
    assertThat(s.budget()).isEqualTo(2000);
    assertThat(s.samples()).isEqualTo(1000);
    assertThat(s.confidence()).isNaN();
  }

  @Test
  void aSettingOutOfRangeIsNamed() {
    assertThatThrownBy(() -> AssessSettings.defaults().withReplications(0).check())
        .isInstanceOf(StudyException.class)
        .hasMessageContaining("replications must be from 1 to 100000000, not 0");
    assertThatThrownBy(() -> AssessSettings.defaults().withThreads(0).check())
        .hasMessageContaining("threads must be from 1 to 1024, not 0");
    assertThatThrownBy(() -> AssessSettings.defaults().withPrecision(1.5).check())
        .hasMessageContaining("precision");
    assertThatThrownBy(() -> ReinforceSettings.defaults().withSizes(0, 1, 12).check())
        .hasMessageContaining("max-replications must be from 2");
    assertThatThrownBy(() -> ReinforceSettings.defaults().withSizes(50, 40, 12).check())
        .hasMessageContaining("first-stage must be from 2 to max-replications (40), not 50");
    assertThatThrownBy(() -> ReinforceSettings.defaults().withSelection(0.4, null).check())
        .hasMessageContaining("confidence must be from 50%");
    assertThatThrownBy(() -> FormSettings.defaults().withSearch(1, 0).check())
        .hasMessageContaining("budget must be at least 1");
    assertThatThrownBy(
            () -> FormSettings.defaults().withMonteCarlo(0, 1).withConfidence(0.9).check())
        .hasMessageContaining("confidence needs samples");
    AssessSettings.defaults().check();
    ReinforceSettings.defaults().check();
    FormSettings.defaults().check();
  }
}
