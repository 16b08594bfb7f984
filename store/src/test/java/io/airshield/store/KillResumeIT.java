package io.airshield.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.MonteCarlo;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM with SIGKILL ({@code destroyForcibly}) at seeded-random moments while it
 * writes a run to the store, resumes it each time, and checks that the finished run's statistics
 * equal an uninterrupted run's to the last bit: no block lost, none counted twice. The moments fall
 * anywhere: during JVM start-up, opening the database, replaying stored blocks, running, and
 * committing. Should a run finish before all the kills are spent (a fast machine), another run is
 * started and killed in turn; every finished run is checked.
 */
class KillResumeIT {
  private static final int KILLS = 12;
  private static final long REPLICATIONS = 400;
  private static final long PAUSE_MS = 40;

  @Test
  void aRunKilledAtRandomMomentsResumesToTheSameBits(@TempDir final Path dir) throws Exception {
    final Path db = dir.resolve("runs.db");
    java.nio.file.Files.deleteIfExists(Path.of("target/kill-test-children.log"));
    final RunSpec spec = StoreFixture.spec(77, REPLICATIONS, 0);
    final Theatre theatre = StoreFixture.theatre(spec);
    final int size = theatre.metrics().size();
    final long[] expected =
        StoreFixture.bits(
            MonteCarlo.run(
                    theatre,
                    WtaAllocator::new,
                    spec.options(2),
                    null,
                    null,
                    null,
                    CampaignStatistics.create(theatre),
                    0)
                .statistics(),
            size);
    final SplittableRandom rng = new SplittableRandom(20251122L);
    final List<Long> storedAtKill = new ArrayList<>();
    int kills = 0;
    int runs = 0;
    // on a loaded machine the children start slowly and the first kills may all land before any
    // block is stored: more kills, later, until they have landed at several points (at most
    // twice as many)
    while (kills < KILLS || spread(storedAtKill) <= 3 && kills < 2 * KILLS) {
      final long id;
      try (RunStore store = RunStore.open(db)) {
        id = store.createRun(spec, theatre.scenario().id(), size, "local", "test");
      }
      runs++;
      for (int launch = 0; ; launch++) {
        assertThat(launch).as("launches of run %s", id).isLessThan(100);
        final Process p = child(db, id);
        if (kills < KILLS || spread(storedAtKill) <= 3 && kills < 2 * KILLS) {
          // from JVM start-up (about 1 s) to well into the run (about 2 s more); twice that range
          // for the extra kills
          final long delayMs = 50 + rng.nextLong(kills < KILLS ? 3000 : 6000);
          if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            kills++;
            try (RunStore store = RunStore.open(db)) {
              storedAtKill.add(store.get(id).replications());
            }
            continue;
          }
        } else {
          assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        }
        assertThat(p.exitValue()).as("child exit code; see target/kill-test-children.log").isZero();
        try (RunStore store = RunStore.open(db)) {
          if (store.get(id).status() == RunInfo.Status.COMPLETE) {
            break;
          }
        }
      }
      try (RunStore store = RunStore.open(db)) {
        final RunInfo info = store.get(id);
        assertThat(info.replications()).isEqualTo(REPLICATIONS);
        final StoredRuns.Replayed r = StoredRuns.replay(store, info, theatre);
        assertThat(r.replications()).isEqualTo(REPLICATIONS);
        assertThat(StoreFixture.bits(r.statistics(), size)).as("run %s", id).isEqualTo(expected);
      }
    }
    assertThat(kills).isGreaterThanOrEqualTo(10);
    // the kills landed at different points of the runs, some of them after blocks were stored
    assertThat(spread(storedAtKill))
        .as("replications stored at each kill: %s in %s runs", storedAtKill, runs)
        .isGreaterThan(3);
  }

  /** How many different counts of stored replications the kills found. */
  private static long spread(final List<Long> storedAtKill) {
    return storedAtKill.stream().distinct().count();
  }

  private static Process child(final Path db, final long id) throws Exception {
    final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            KillChild.class.getName(),
            db.toString(),
            Long.toString(id),
            Long.toString(PAUSE_MS))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/kill-test-children.log")))
        .start();
  }
}
