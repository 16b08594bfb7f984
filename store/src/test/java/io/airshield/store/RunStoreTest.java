package io.airshield.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.MonteCarlo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
  @TempDir Path dir;

  @Test
  void aNewStoreHasTheCurrentSchemaAndReopens() {
    final Path db = dir.resolve("sub/runs.db");
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(RunStore.SCHEMA_VERSION);
      assertThat(s.list()).isEmpty();
    }
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(RunStore.SCHEMA_VERSION);
    }
  }

  @Test
  void aStoreFromANewerAirshieldIsRefusedUntouched() throws Exception {
    final Path db = dir.resolve("runs.db");
    RunStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'future')");
    }
    final byte[] before = Files.readAllBytes(db);
    assertThatThrownBy(() -> RunStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer airshield")
        .hasMessageContaining("schema version 99");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void aDamagedFileIsReportedNotOverwritten() throws Exception {
    final Path db = dir.resolve("runs.db");
    final byte[] junk =
        "this is not a database, it is a shopping list\n"
            .repeat(200)
            .getBytes(StandardCharsets.UTF_8);
    Files.write(db, junk);
    assertThatThrownBy(() -> RunStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("damaged or is not an airshield store");
    assertThat(Files.readAllBytes(db)).isEqualTo(junk);
  }

  @Test
  void aForeignSqliteFileIsRefused() throws Exception {
    final Path db = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE recipes (name TEXT)");
    }
    assertThatThrownBy(() -> RunStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not an airshield store");
  }

  /**
   * Issue 18: opening a foreign SQLite file switched it to WAL (a write to its header) before it
   * was found to be foreign. Refused, it is left byte for byte as it was, without a WAL file.
   */
  @Test
  void aForeignSqliteFileIsLeftUnchanged() throws Exception {
    final Path db = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE recipes (name TEXT)");
      st.execute("INSERT INTO recipes VALUES ('kimchi')");
    }
    final byte[] before = Files.readAllBytes(db);
    assertThat(before[18]).as("rollback journal, not WAL, to begin with").isEqualTo((byte) 1);
    assertThatThrownBy(() -> RunStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not an airshield store");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(dir.resolve("other.db-wal")).doesNotExist();
  }

  /** Issue 18: a store this process may not write can still be listed and shown. */
  @Test
  void aReadOnlyStoreCanBeListedAndShownAndSaysSoOnAWrite() {
    final Path db = dir.resolve("runs.db");
    final RunSpec spec = StoreFixture.spec(1, 16, 0);
    final long id;
    try (RunStore s = RunStore.open(db)) {
      id = s.createRun(spec, "mini", 10, "local", "test");
    }
    try (RunStore s = RunStore.open(db.toAbsolutePath(), 200, true)) {
      assertThat(s.list()).extracting(RunInfo::id).containsExactly(id);
      assertThat(s.get(id).id()).isEqualTo(id);
      assertThatThrownBy(() -> s.createRun(spec, "mini", 10, "local", "test"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is read-only");
    }
  }

  @Test
  void aRunKeepsItsNameAndNoteUntilItIsDeleted() {
    final Path db = dir.resolve("runs.db");
    final RunSpec spec = StoreFixture.spec(1, 16, 0);
    try (RunStore s = RunStore.open(db)) {
      final long id = s.createRun(spec, "mini", 10, "local", "test");
      assertThat(s.label(id)).isEqualTo(RunStore.Label.NONE);
      assertThat(s.label(id, new RunStore.Label("baseline", "before the MiG regiment"))).isTrue();
      assertThat(s.label(id)).isEqualTo(new RunStore.Label("baseline", "before the MiG regiment"));
      assertThat(s.label(id + 1, new RunStore.Label("x", ""))).isFalse();
      assertThat(s.label(id, RunStore.Label.NONE)).isTrue();
      assertThat(s.label(id)).isEqualTo(RunStore.Label.NONE);
      s.label(id, new RunStore.Label("again", ""));
      assertThat(s.delete(id)).isTrue();
      assertThat(s.label(id)).isEqualTo(RunStore.Label.NONE);
    }
  }

  /** A store of schema 1, opened read-only, is not migrated: it simply has no labels. */
  @Test
  void aReadOnlyStoreOlderThanLabelsHasNone() throws Exception {
    final Path db = dir.resolve("runs.db");
    final long id;
    try (RunStore s = RunStore.open(db)) {
      id = s.createRun(StoreFixture.spec(1, 16, 0), "mini", 10, "local", "test");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE labels");
      st.execute("DELETE FROM schema_version WHERE version >= 2");
    }
    try (RunStore s = RunStore.open(db.toAbsolutePath(), 200, true)) {
      assertThat(s.label(id)).isEqualTo(RunStore.Label.NONE);
    }
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(RunStore.SCHEMA_VERSION);
      assertThat(s.label(id, new RunStore.Label("migrated", ""))).isTrue();
    }
  }

  @Test
  void aLockedStoreGivesAClearMessage() throws Exception {
    final Path db = dir.resolve("runs.db");
    final RunSpec spec = StoreFixture.spec(1, 16, 0);
    RunStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");
      st.execute("INSERT INTO schema_version VALUES (50, 'held')");
      try (RunStore s = RunStore.open(db, 200)) {
        assertThatThrownBy(() -> s.createRun(spec, "mini", 10, "local", "test"))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is locked by another");
      }
      st.execute("ROLLBACK");
    }
  }

  @Test
  void aCancelledRunResumesToTheUninterruptedBits() {
    final Path db = dir.resolve("runs.db");
    final RunSpec spec = StoreFixture.spec(5, 96, 0);
    final Theatre theatre = StoreFixture.theatre(spec);
    final int size = theatre.metrics().size();
    try (RunStore s = RunStore.open(db)) {
      // cancelled once two blocks are stored: a count of the cancel flag's polls, which come
      // every few milliseconds while a block is computed, could end a slow run before any
      final int[] blocks = {0};
      final StoredRuns.Outcome first =
          StoredRuns.start(
              s,
              spec,
              theatre,
              "local",
              "test",
              2,
              (options, stats, start, sink) ->
                  MonteCarlo.run(
                      theatre,
                      WtaAllocator::new,
                      options,
                      null,
                      () -> blocks[0] >= 2,
                      (firstReplication, outcomes) -> {
                        sink.accept(firstReplication, outcomes);
                        blocks[0]++;
                      },
                      stats,
                      start),
              null);
      assertThat(first.result().cancelled()).isTrue();
      assertThat(s.get(first.runId()).status()).isEqualTo(RunInfo.Status.CANCELLED);
      // how many blocks two threads finish before they see the cancellation depends on timing;
      // what matters is that some, not all, were stored, and that resuming reloads exactly those
      final long stored = s.get(first.runId()).replications();
      assertThat(stored).isPositive().isLessThan(96);
      final StoredRuns.Outcome resumed =
          StoredRuns.resume(s, first.runId(), theatre, 3, StoreFixture.local(theatre));
      assertThat(resumed.reloaded()).isEqualTo(stored);
      final MonteCarlo.Result plain =
          MonteCarlo.run(
              theatre,
              WtaAllocator::new,
              spec.options(1),
              null,
              null,
              null,
              CampaignStatistics.create(theatre),
              0);
      assertThat(StoreFixture.bits(resumed.result().statistics(), size))
          .isEqualTo(StoreFixture.bits(plain.statistics(), size));
      final RunInfo info = s.get(first.runId());
      assertThat(info.status()).isEqualTo(RunInfo.Status.COMPLETE);
      assertThat(s.assessmentJson(info.id())).get().asString().contains("\"replications\"");
      assertThatThrownBy(
              () -> StoredRuns.resume(s, info.id(), theatre, 1, StoreFixture.local(theatre)))
          .hasMessageContaining("already complete");
    }
  }

  @Test
  void aPrecisionRunResumedAfterItsLastBlockStopsWhereItStopped() {
    final Path db = dir.resolve("runs.db");
    final RunSpec spec = StoreFixture.spec(9, 100_000, 0.05);
    final Theatre theatre = StoreFixture.theatre(spec);
    try (RunStore s = RunStore.open(db)) {
      final StoredRuns.Outcome o =
          StoredRuns.start(s, spec, theatre, "local", "test", 2, StoreFixture.local(theatre), null);
      assertThat(o.result().precisionReached()).isTrue();
      // as if killed after the last block was committed but before the end was recorded
      s.markRunning(o.runId());
      final StoredRuns.Outcome r =
          StoredRuns.resume(
              s,
              o.runId(),
              theatre,
              2,
              (options, stats, start, sink) -> {
                throw new AssertionError("nothing is left to run");
              });
      assertThat(r.result().replications()).isEqualTo(o.result().replications());
      assertThat(s.get(o.runId()).status()).isEqualTo(RunInfo.Status.COMPLETE);
    }
  }

  @Test
  void compareUsesPairedDifferencesWithCommonRandomNumbersAndWelchOtherwise() throws Exception {
    final Path db = dir.resolve("runs.db");
    try (RunStore s = RunStore.open(db)) {
      final long a = run(s, StoreFixture.spec(3, 48, 0));
      final long b = run(s, StoreFixture.spec(3, 48, 0));
      final long c = run(s, StoreFixture.spec(4, 40, 0));
      final RunComparison.Result same = RunComparison.compare(s, a, b);
      assertThat(same.paired()).isTrue();
      for (RunComparison.Row row : same.rows()) {
        assertThat(row.difference()).as(row.figure()).isZero();
      }
      final RunComparison.Result other = RunComparison.compare(s, a, c);
      assertThat(other.paired()).isFalse();
      assertThat(other.why()).contains("Welch");
      final RunComparison.Row supply = other.rows().get(1);
      assertThat(supply.figure()).isEqualTo("supplyTonsPerDay");
      assertThat(supply.low()).isLessThan(supply.difference());
      assertThat(supply.high()).isGreaterThan(supply.difference());

      TidyExport.write(s, a, dir.resolve("csv"));
      final List<String> lines = Files.readAllLines(dir.resolve("csv/replications.csv"));
      assertThat(lines).hasSize(49);
      assertThat(lines.get(0)).startsWith("run,replication,supplyTons,supplyTonsPerDay,");
      assertThat(Files.readAllLines(dir.resolve("csv/run.csv")).get(1)).contains("complete");
      assertThat(s.delete(a)).isTrue();
      assertThat(s.find(a)).isEmpty();
      assertThat(s.list()).hasSize(2);
    }
  }

  private static long run(final RunStore s, final RunSpec spec) {
    final Theatre t = StoreFixture.theatre(spec);
    return StoredRuns.start(s, spec, t, "local", "test", 2, StoreFixture.local(t), null).runId();
  }
}
