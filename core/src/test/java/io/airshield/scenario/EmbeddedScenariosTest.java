package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.domain.Scenario;
import org.junit.jupiter.api.Test;

class EmbeddedScenariosTest {
  @Test
  void defaultComesFirstAndLoads() {
    assertThat(EmbeddedScenarios.names()).startsWith("korea-1951-autumn");
    final Scenario s = EmbeddedScenarios.load("korea-1951-autumn");
    assertThat(s.id()).isEqualTo("korea-1951-autumn");
  }

  @Test
  void unknownNameSuggestsTheNearest() {
    assertThatThrownBy(() -> EmbeddedScenarios.load("korea-1951-autum"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maybe korea-1951-autumn?");
  }
}
