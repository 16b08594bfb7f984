package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {
  private final String mini = CliRunner.resource("/mini.yaml");

  @Test
  void storedRunsAreListedShownComparedExportedAndDeleted(@TempDir final Path dir)
      throws Exception {
    final String db = dir.resolve("runs.db").toString();
    final CliRunner.Run first =
        CliRunner.run("assess", mini, "--replications", "24", "-q", "--store", db);
    assertThat(first.code()).isZero();
    assertThat(
            CliRunner.run(
                    "assess", mini, "--replications", "24", "-q", "--store", db, "--threads", "1")
                .code())
        .isZero();
    assertThat(
            CliRunner.run(
                    "assess", mini, "--replications", "16", "-q", "--store", db, "--seed", "7")
                .code())
        .isZero();

    final CliRunner.Run list = CliRunner.run("runs", "--store", db);
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("complete", "seed 7, 16 replications");

    final CliRunner.Run show = CliRunner.run("runs", "show", "1", "--store", db);
    assertThat(show.code()).isZero();
    assertThat(show.out()).endsWith(first.out());

    final CliRunner.Run crn = CliRunner.run("runs", "compare", "1", "2", "--store", db);
    assertThat(crn.out()).contains("common random numbers", "supplyTonsPerDay");
    final CliRunner.Run welch = CliRunner.run("runs", "compare", "1", "3", "--store", db);
    assertThat(welch.out()).contains("Welch");

    final Path csv = dir.resolve("csv");
    assertThat(CliRunner.run("runs", "export", "1", "--csv", csv.toString(), "--store", db).code())
        .isZero();
    assertThat(Files.readAllLines(csv.resolve("replications.csv"))).hasSize(25);
    assertThat(csv.resolve("lines.csv")).exists();

    final CliRunner.Run again = CliRunner.run("assess", "--resume", "1", "--store", db, "-q");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already complete");

    assertThat(CliRunner.run("runs", "delete", "1", "--store", db).code()).isZero();
    final CliRunner.Run gone = CliRunner.run("runs", "show", "1", "--store", db);
    assertThat(gone.code()).isEqualTo(2);
    assertThat(gone.err()).contains("no run 1").doesNotContain("Exception");
  }

  @Test
  void aDamagedStoreIsAClearErrorNotAStackTrace(@TempDir final Path dir) throws Exception {
    final Path db = dir.resolve("runs.db");
    Files.writeString(db, "not a database\n".repeat(100), StandardCharsets.UTF_8);
    final CliRunner.Run r =
        CliRunner.run("assess", mini, "--replications", "8", "-q", "--store", db.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("damaged").doesNotContain("at io.airshield");
    assertThat(CliRunner.run("assess", mini, "--replications", "8", "-q", "--no-store").code())
        .isZero();
  }

  @Test
  void sparkWithoutTheSparkJarSaysHowToRunIt() {
    final CliRunner.Run r =
        CliRunner.run(
            "assess", mini, "--replications", "8", "-q", "--no-store", "--engine", "spark");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("airshield-spark.jar", "spark-submit");
  }
}
