package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explore} with the runs store: a study is one run, listed with its kind and its leading
 * factor, shown and exported again from its stored design points; a study cut short (the store left
 * as a kill leaves it: a prefix of the points, the run marked running) resumes to the uninterrupted
 * study's output, to the last digit of its JSON.
 */
class ExploreStoreTest {
  @TempDir Path dir;

  private String factorFile() throws IOException {
    final Path f = dir.resolve("factors.yaml");
    Files.writeString(
        f,
        "design: morris\ntrajectories: 2\nfactors:\n"
            + "  - {name: hitFactorBridge}\n"
            + "  - {name: repair.crews}\n"
            + "  - {name: pilotSurvives}\n");
    return f.toString();
  }

  private String[] study(final String f, final String... more) {
    final String[] base = {"explore", "--factors", f, "--replications", "3", "--days", "8", "-q"};
    final String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void aStoredStudyIsListedShownAndExported() throws Exception {
    final String f = factorFile();
    final String db = dir.resolve("runs.db").toString();
    final CliRunner.Run run = CliRunner.run(study(f, "--store", db));
    assertThat(run.code()).as(run.err()).isZero();
    final CliRunner.Run list = CliRunner.run("runs", "--store", db);
    assertThat(list.out())
        .contains("kind")
        .contains("explore")
        .contains("morris, 3 factors, 8 points x 3 reps; top ")
        .contains("complete");
    final CliRunner.Run show = CliRunner.run("runs", "show", "1", "--store", db);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).startsWith("Run 1 (complete, local engine").endsWith(run.out());
    final CliRunner.Run json = CliRunner.run(study(f, "--no-store", "--format", "json"));
    assertThat(CliRunner.run("runs", "show", "1", "--store", db, "--format", "json").out())
        .isEqualTo(json.out());
    final Path csv = dir.resolve("csv");
    assertThat(CliRunner.run("runs", "export", "1", "--csv", csv.toString(), "--store", db).code())
        .isZero();
    assertThat(Files.readAllLines(csv.resolve("design.csv"))).hasSize(1 + 8);
    final CliRunner.Run compare = CliRunner.run("runs", "compare", "1", "1", "--store", db);
    assertThat(compare.code()).isEqualTo(2);
    assertThat(compare.err())
        .contains("run 1 is an explore study, not an assessment")
        .doesNotContain("Exception");
    final CliRunner.Run assess = CliRunner.run("assess", "--resume", "1", "--store", db, "-q");
    assertThat(assess.code()).isEqualTo(2);
    assertThat(assess.err()).contains("explore --resume 1");
  }

  @Test
  void aStudyCutShortResumesToTheUninterruptedOutput() throws Exception {
    final String f = factorFile();
    final Path file = dir.resolve("runs.db");
    final String db = file.toString();
    final CliRunner.Run whole = CliRunner.run(study(f, "--no-store", "--format", "json"));
    assertThat(whole.code()).as(whole.err()).isZero();
    final CliRunner.Run stored =
        CliRunner.run(study(f, "--store", db, "--format", "json", "--threads", "2"));
    assertThat(stored.out()).isEqualTo(whole.out());
    // what a kill -9 leaves: the first three points' blocks, the run marked running
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("DELETE FROM blocks WHERE run_id = 1 AND first >= 9"))
          .isEqualTo(5);
      st.executeUpdate(
          "UPDATE runs SET status = 'running', ended_at = NULL, replications = 9 WHERE id = 1");
    }
    assertThat(CliRunner.run("runs", "show", "1", "--store", db).err())
        .contains("has 3 of its 8 design points; resume it with: airshield explore --resume 1");
    assertThat(CliRunner.run("runs", "--store", db).out())
        .contains("running")
        .contains("resumes with: airshield explore --resume ID");
    final CliRunner.Run resumed =
        CliRunner.run(
            "explore", "--resume", "1", "--store", db, "--format", "json", "--threads", "1");
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("3 of 8 design points read back");
    assertThat(resumed.out()).isEqualTo(whole.out());
    assertThat(CliRunner.run("runs", "--store", db).out()).contains("complete");
    final CliRunner.Run again = CliRunner.run("explore", "--resume", "1", "--store", db, "-q");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already complete");
    final CliRunner.Run changed =
        CliRunner.run("explore", "--resume", "1", "--store", db, "--design", "nolh", "-q");
    assertThat(changed.code()).isEqualTo(2);
    assertThat(changed.err()).contains("drop --design");
    final CliRunner.Run noStore = CliRunner.run("explore", "--resume", "1", "--no-store", "-q");
    assertThat(noStore.code()).isEqualTo(2);
    assertThat(noStore.err()).contains("drop --no-store");
  }

  @Test
  void anEngineThatCannotStartLeavesNoRunBehind() throws Exception {
    final String db = dir.resolve("runs.db").toString();
    final CliRunner.Run spark =
        CliRunner.run(study(factorFile(), "--store", db, "--engine", "spark"));
    assertThat(spark.code()).isEqualTo(2);
    assertThat(spark.err())
        .contains("--engine spark needs the Spark build")
        .doesNotContain("Exception");
    final CliRunner.Run other =
        CliRunner.run(study(factorFile(), "--store", db, "--engine", "mpi"));
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("unknown --engine \"mpi\"");
    assertThat(CliRunner.run("runs", "--store", db).out()).contains("No stored runs");
  }

  @Test
  void theProgressBarReportsOnStandardErrorUnlessQuiet() throws Exception {
    final String f = factorFile();
    final String[] args = {
      "explore", "--factors", f, "--replications", "3", "--days", "8", "--no-store"
    };
    final CliRunner.Run loud = CliRunner.run(args);
    assertThat(loud.code()).isZero();
    assertThat(loud.err()).contains("explore korea-1951-autumn: 24/24 replications");
    assertThat(loud.err()).contains("24 replications in");
  }
}
