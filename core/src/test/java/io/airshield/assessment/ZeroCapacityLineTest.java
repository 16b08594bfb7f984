package io.airshield.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.TextReport;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A rail line of zero capacity delivers nothing, and no share of it can be delivered: its share and
 * the total share are reported as n/a, not as "100% of capacity" (issue 18).
 */
class ZeroCapacityLineTest {
  @Test
  void aZeroCapacityLineHasNoShareOfCapacity() throws IOException {
    final String text;
    try (InputStream in =
        ZeroCapacityLineTest.class.getResourceAsStream("/io/airshield/testdomain/mini.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).contains("capacityTonsPerDay: 1000");
    final Scenario s =
        ScenarioReader.read(
            "zero.yaml",
            text.replace("capacityTonsPerDay: 1000", "capacityTonsPerDay: 0")
                .getBytes(StandardCharsets.UTF_8));
    final Theatre th = new Theatre(s.withEnd(s.start().plusDays(1)));
    final Assessment a =
        Assessor.assess(
            th,
            MonteCarlo.run(
                th, GreedyAllocator::new, MonteCarlo.Options.fixed(3, 4, 1), null, null, null),
            3);
    assertThat(a.lines()).singleElement().satisfies(l -> assertThat(l.share().mean()).isNaN());
    assertThat(a.supplyShare().mean()).isNaN();
    final StringWriter w = new StringWriter();
    TextReport.write(a, new PrintWriter(w));
    assertThat(w.toString())
        .contains("n/a (none) of capacity")
        .doesNotContain("100.0%")
        .doesNotContain("NaN");
  }
}
