package io.airshield.app;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.WtaAllocator;
import java.util.function.Supplier;

/** The allocator the command posts use. */
public final class Allocators {
  private Allocators() {}

  /**
   * @return a maker of the allocator every command uses: the WTA solver
   */
  public static Supplier<Allocator> defaultAllocator() {
    return WtaAllocator::new;
  }
}
