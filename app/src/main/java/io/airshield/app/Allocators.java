package io.airshield.app;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.WtaAllocator;
import java.util.function.Supplier;

/** The allocator the command posts use. */
final class Allocators {
  private Allocators() {}

  static Supplier<Allocator> defaultAllocator() {
    return WtaAllocator::new;
  }
}
