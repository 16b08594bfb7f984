package io.airshield.reinforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.domain.AaUnit;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a reinforcement pool may add light AA along a section of track. An AA unit of the pool
 * with {@code along: true} spreads each placed regiment's guns along the rail section nearest its
 * station.
 */
class AlongPoolTest {
  private final Scenario korea = EmbeddedScenarios.load("korea-1951-autumn");

  @Test
  void theNearestSectionOfAStationIsOnALine() {
    final Place sukchon =
        korea.places().stream().filter(p -> p.id().equals("sukchon")).findFirst().orElseThrow();
    final String section = Plan.nearestSection(korea, sukchon);
    assertThat(korea.targets())
        .anySatisfy(
            t -> {
              assertThat(t.id()).isEqualTo(section);
              assertThat(t.lineId()).isEqualTo("pyongui");
            });
  }

  @Test
  void aPoolUnitAlongTheLinePlacesItsGunsAlongTheSection() {
    final String text =
        """
        format: airshield-pool/1
        id: along
        scenario: korea-1951-autumn
        units:
          - id: light-aa
            name: Light AA battalion
            kind: aa
            regiments: 1
            along: true
            guns:
              - {type: g37mm-61k, count: 12}
            stations: [sukchon]
            source: test
        objective:
          terms:
            - {metric: supplyTonsPerDay, weight: 1}
          indifference: 20
        """;
    final Pool pool = PoolReader.read("along.yaml", text.getBytes(StandardCharsets.UTF_8), korea);
    assertThat(pool.units().get(0).along()).isTrue();
    final Plan plan = new Plan(new int[][] {{1}});
    final Scenario placed = plan.apply(korea, pool);
    final AaUnit added = placed.aaUnits().get(placed.aaUnits().size() - 1);
    assertThat(added.isAlongLine()).isTrue();
    assertThat(added.along()).startsWith("track-").contains("sukchon");
  }
}
