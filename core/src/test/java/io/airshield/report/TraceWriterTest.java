package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.scenario.EmbeddedScenarios;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replay's event log: one JSON object per line, in time order, names resolved. */
class TraceWriterTest {
  @Test
  void traceIsNdjsonInTimeOrderWithResolvedNames() throws Exception {
    final var s = EmbeddedScenarios.load("korea-1951-autumn");
    final Theatre th = new Theatre(s.withEnd(s.start().plusDays(2)));
    final StringWriter w = new StringWriter();
    final long n = TraceWriter.write(th, new GreedyAllocator(), 1951, 3, w);
    final String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize((int) n + 1);
    final ObjectMapper om = new ObjectMapper();
    final JsonNode header = om.readTree(lines[0]);
    assertThat(header.get("type").asText()).isEqualTo("header");
    assertThat(header.get("replication").asLong()).isEqualTo(3);
    assertThat(header.get("days").asInt()).isEqualTo(3);
    long last = Long.MIN_VALUE;
    final Set<String> types = new HashSet<>();
    final Set<Integer> raids = new HashSet<>();
    final List<JsonNode> attacks = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      final JsonNode e = om.readTree(lines[i]);
      assertThat(e.get("t").asLong()).isGreaterThanOrEqualTo(last);
      last = e.get("t").asLong();
      final String type = e.get("type").asText();
      types.add(type);
      if (type.equals("raid")) {
        raids.add(e.get("raid").asInt());
        assertThat(e.get("route").size()).isGreaterThanOrEqualTo(2);
        assertThat(e.get("enter").asLong()).isLessThanOrEqualTo(e.get("attack").asLong());
      } else if (e.has("raid")) {
        assertThat(raids).as("raid announced before its events").contains(e.get("raid").asInt());
      }
      if (type.equals("attack")) {
        attacks.add(e);
        assertThat(e.get("target").asText()).isNotEmpty();
      }
    }
    assertThat(types).contains("day", "raid", "detected", "attack");
    assertThat(attacks).isNotEmpty();
    // the same replication gives the same trace
    final StringWriter w2 = new StringWriter();
    TraceWriter.write(th, new GreedyAllocator(), 1951, 3, w2);
    assertThat(w2.toString()).isEqualTo(w.toString());
  }
}
