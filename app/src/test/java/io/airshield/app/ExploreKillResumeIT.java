package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.store.RunInfo;
import io.airshield.store.RunStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explore study run by a real child JVM ({@code airshield explore --store}) is stopped first as
 * Ctrl-C stops it (SIGTERM: the run is recorded as cancelled after the points in hand), then killed
 * with SIGKILL at seeded-random moments while it resumes, each time resumed again; the study that
 * finally completes prints, to the last digit of its JSON, what an uninterrupted study without the
 * store prints. The moments fall during start-up, reading back the stored points, computing, and
 * committing.
 */
class ExploreKillResumeIT {
  private static final int KILLS = 8;

  @TempDir Path dir;

  private String[] study(final String... more) throws Exception {
    final Path f = dir.resolve("factors.yaml");
    if (!Files.exists(f)) {
      Files.writeString(
          f,
          "design: morris\ntrajectories: 6\nfactors:\n"
              + "  - {name: hitFactorBridge}\n"
              + "  - {name: repair.crews}\n"
              + "  - {name: suppressionGuns}\n");
    }
    final String[] base = {
      "explore", "--factors", f.toString(), "--replications", "4", "--days", "12", "--threads", "2"
    };
    final String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void aStudyStoppedAndKilledAtRandomMomentsResumesToTheSameOutput() throws Exception {
    final Path db = dir.resolve("runs.db");
    final CliRunner.Run whole = CliRunner.run(study("--no-store", "-q", "--format", "json"));
    assertThat(whole.code()).as(whole.err()).isZero();
    final int points = 6 * 4;

    // Ctrl-C once some points are stored: recorded as cancelled, with what it had
    Process p = child(study("--store", db.toString(), "-q"));
    long stored = 0;
    for (int i = 0; i < 600 && stored == 0; i++) {
      Thread.sleep(50);
      stored = storedPoints(db);
    }
    assertThat(stored).as("points stored before the stop").isPositive();
    p.destroy();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    try (RunStore s = RunStore.open(db)) {
      final RunInfo info = s.get(1);
      assertThat(info.status())
          .as("status after SIGTERM; see target/explore-kill-children.log")
          .isIn(RunInfo.Status.CANCELLED, RunInfo.Status.COMPLETE);
    }

    final SplittableRandom rng = new SplittableRandom(20261207L);
    final List<Long> storedAtKill = new ArrayList<>();
    int kills = 0;
    for (int launch = 0; kills < KILLS && !complete(db); launch++) {
      assertThat(launch).isLessThan(100);
      final Process q = child("explore", "--resume", "1", "--store", db.toString(), "-q");
      final long delayMs = 100 + rng.nextLong(2500);
      if (!q.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
        q.destroyForcibly();
        q.waitFor();
        kills++;
        storedAtKill.add(storedPoints(db));
      } else {
        assertThat(q.exitValue()).as("see target/explore-kill-children.log").isZero();
      }
    }
    final CliRunner.Run last =
        complete(db)
            ? CliRunner.run("runs", "show", "1", "--store", db.toString(), "--format", "json")
            : CliRunner.run(
                "explore", "--resume", "1", "--store", db.toString(), "-q", "--format", "json");
    assertThat(last.code()).as(last.err()).isZero();
    assertThat(last.out()).isEqualTo(whole.out());
    assertThat(storedPoints(db)).isEqualTo(points);
    assertThat(kills).as("kills at %s stored points", storedAtKill).isPositive();
  }

  private static boolean complete(final Path db) {
    try (RunStore s = RunStore.open(db)) {
      return s.get(1).status() == RunInfo.Status.COMPLETE;
    }
  }

  private static long storedPoints(final Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (RunStore s = RunStore.open(db)) {
      return s.find(1).map(r -> r.replications() / 4).orElse(0L);
    }
  }

  private static Process child(final String... args) throws Exception {
    final List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(new File("target/explore-kill-children.log")))
        .start();
  }
}
