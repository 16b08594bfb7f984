package io.airshield.store;

import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.montecarlo.MonteCarlo;
import java.nio.file.Path;

/**
 * The child process of {@link KillResumeIT}: resumes a stored run of the mini scenario until it is
 * complete (or until it is killed). Arguments: the store file, the run id, and a pause after each
 * merged block (ms) that stretches the tiny test run so the kills land inside it.
 */
public final class KillChild {
  private KillChild() {}

  /**
   * @param args store file, run id, pause per block in ms
   */
  public static void main(final String[] args) {
    final long t0 = System.nanoTime();
    final long id = Long.parseLong(args[1]);
    final long pauseMs = Long.parseLong(args[2]);
    try (RunStore store = RunStore.open(Path.of(args[0]))) {
      final RunInfo info = store.get(id);
      if (info.status() == RunInfo.Status.COMPLETE) {
        // the previous child was killed after it had marked the run complete
        log(t0, "complete");
        return;
      }
      final Theatre theatre = StoreFixture.theatre(info.spec());
      log(t0, "resuming run " + id + " from " + info.replications());
      StoredRuns.resume(
          store,
          id,
          theatre,
          2,
          (options, stats, start, sink) -> {
            log(t0, "replayed " + start);
            return MonteCarlo.run(
                theatre,
                WtaAllocator::new,
                options,
                (done, cap, rel) -> pause(pauseMs),
                null,
                sink,
                stats,
                start);
          });
      log(t0, "complete");
    }
  }

  @SuppressWarnings("SystemOut")
  private static void log(final long t0, final String what) {
    System.out.printf("%6d ms %s%n", (System.nanoTime() - t0) / 1_000_000, what);
    System.out.flush();
  }

  private static void pause(final long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
