package io.airshield.store;

import io.airshield.campaign.Metric;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small test scenario and helpers shared by the store's tests and the kill test's child. */
final class StoreFixture {
  private StoreFixture() {}

  static byte[] miniBytes() {
    try (InputStream in = StoreFixture.class.getResourceAsStream("/mini.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunSpec spec(final long seed, final long replications, final double precision) {
    final byte[] bytes = miniBytes();
    final Scenario s = ScenarioReader.read("mini.yaml", bytes);
    return new RunSpec(
        "mini.yaml",
        bytes,
        s.end(),
        null,
        null,
        seed,
        replications,
        precision,
        Math.min(replications, 32),
        8,
        Metric.SUPPLY_TONS_PER_DAY.slot());
  }

  static Theatre theatre(final RunSpec spec) {
    Scenario s = ScenarioReader.read(spec.scenarioName(), spec.scenario());
    if (!s.end().equals(spec.lastDay())) {
      s = s.withEnd(spec.lastDay());
    }
    return new Theatre(s);
  }

  /** The local engine, as the command line wires it. */
  static StoredRuns.Engine local(final Theatre theatre) {
    return (options, stats, start, sink) ->
        MonteCarlo.run(theatre, WtaAllocator::new, options, null, null, sink, stats, start);
  }

  /** Every slot's mean and sd, as bits, so that equality means equality to the last bit. */
  static long[] bits(final Statistics s, final int size) {
    final long[] out = new long[2 * size + 1];
    for (int i = 0; i < size; i++) {
      final Estimate e = s.estimate(i);
      out[2 * i] = Double.doubleToRawLongBits(e.mean());
      out[2 * i + 1] = Double.doubleToRawLongBits(e.sd());
    }
    out[2 * size] = s.count();
    return out;
  }
}
