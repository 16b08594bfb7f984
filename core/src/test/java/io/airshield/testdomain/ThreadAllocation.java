package io.airshield.testdomain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/**
 * The JVM's count of bytes the current thread has allocated, for tests that check a hot path
 * allocates nothing; such a test is skipped on a JVM without the counter.
 */
public final class ThreadAllocation {
  private ThreadAllocation() {}

  /**
   * @return bytes allocated by the current thread so far
   */
  public static long allocated() {
    final java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
    final com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
    assumeTrue(hs.isThreadAllocatedMemorySupported() && hs.isThreadAllocatedMemoryEnabled());
    return hs.getCurrentThreadAllocatedBytes();
  }

  /**
   * @return what reading the counter itself allocates (after a first read that may set things up)
   */
  public static long overhead() {
    allocated();
    final long a = allocated();
    return allocated() - a;
  }
}
