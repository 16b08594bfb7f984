package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --report DIR}, {@code --no-report} and {@code --trace N}. */
class ReportOptionsTest {
  @Test
  void writesReportFolderAndTrace(@TempDir final Path dir) throws Exception {
    final Path rep = dir.resolve("rep");
    final CliRunner.Run r =
        CliRunner.run(
            "assess",
            CliRunner.resource("/mini.yaml"),
            "--replications",
            "16",
            "--report",
            rep.toString(),
            "--trace",
            "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(rep.resolve("index.html")).exists();
    assertThat(rep.resolve("lines.csv")).exists();
    assertThat(rep.resolve("trace-2.ndjson")).exists();
    assertThat(Files.readString(rep.resolve("index.html"))).contains("id=\"map\"");
    assertThat(Files.readAllLines(rep.resolve("trace-2.ndjson")).get(0))
        .contains("\"replication\":2");
    assertThat(r.err()).contains("Report written to").contains("Trace of replication 2");
  }

  @Test
  void noReportWritesNothingAndTraceFileIsHonoured(@TempDir final Path dir) {
    final Path trace = dir.resolve("t.ndjson");
    final CliRunner.Run r =
        CliRunner.run(
            "assess",
            CliRunner.resource("/mini.yaml"),
            "--replications",
            "8",
            "-q",
            "--no-report",
            "--report",
            dir.resolve("rep").toString(),
            "--trace",
            "0",
            "--trace-file",
            trace.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("rep")).doesNotExist();
    assertThat(trace).exists();
  }

  @Test
  void traceOutsideTheRunIsAUserError(@TempDir final Path dir) {
    final CliRunner.Run r =
        CliRunner.run(
            "assess",
            CliRunner.resource("/mini.yaml"),
            "--replications",
            "8",
            "-q",
            "--no-report",
            "--trace",
            "99");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--trace takes a replication from 0 to 7");
  }
}
