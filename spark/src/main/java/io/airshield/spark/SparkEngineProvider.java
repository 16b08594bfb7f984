package io.airshield.spark;

import io.airshield.montecarlo.BlockEngine;

/** Makes {@code --engine spark} available when this jar is on the class path. */
public final class SparkEngineProvider implements BlockEngine.Provider {
  /** For {@link java.util.ServiceLoader}. */
  public SparkEngineProvider() {
    // stateless
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public BlockEngine open(final BlockEngine.Request request) {
    return new SparkBlockEngine(request);
  }
}
