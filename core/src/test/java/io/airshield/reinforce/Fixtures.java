package io.airshield.reinforce;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reinforcement test theatre and pools, and paired comparisons of plans. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(final String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario theatre() {
    return ScenarioReader.read("theatre.yaml", bytes("theatre.yaml"));
  }

  static Pool pool(final String name, final Scenario s) {
    return PoolReader.read(name, bytes(name), s);
  }

  /** Paired difference b - a of the objective over reps replications with CRN. */
  static Estimate paired(
      final Scenario sa, final Scenario sb, final Pool.Objective objective, final int reps) {
    final Theatre ta = new Theatre(sa);
    final Theatre tb = new Theatre(sb);
    final Replication ra = new Replication(ta, new GreedyAllocator());
    final Replication rb = new Replication(tb, new GreedyAllocator());
    final double[] xa = new double[ta.metrics().size()];
    final double[] xb = new double[tb.metrics().size()];
    final double[] a = new double[reps];
    final double[] b = new double[reps];
    for (int r = 0; r < reps; r++) {
      ra.run(7, r, xa);
      rb.run(7, r, xb);
      a[r] = objective.value(xa);
      b[r] = objective.value(xb);
    }
    return Reinforcer.paired(b, a, reps);
  }
}
