package io.airshield.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsplibOptimaTest {
  @Test
  void readsProvenRangesAndUpperOnly(@TempDir final Path dir) throws IOException {
    final Path f = dir.resolve("optimum.csv");
    Files.writeString(f, "problem,optimum\nj601_1.sm,77\nj6013_1.sm,105..112\nj6042_1.sm,..83\n");
    final Map<String, PsplibOptima.Bound> m = PsplibOptima.read(f);
    assertThat(m.get("j601_1.sm")).isEqualTo(new PsplibOptima.Bound(77, 77));
    assertThat(m.get("j601_1.sm").proven()).isTrue();
    assertThat(m.get("j6013_1.sm").toString()).isEqualTo("105..112");
    assertThat(m.get("j6042_1.sm")).isEqualTo(new PsplibOptima.Bound(0, 83));
    assertThat(m.get("j6042_1.sm").toString()).isEqualTo("..83");
  }

  @Test
  void reportsTheLineOfABadRow(@TempDir final Path dir) throws IOException {
    final Path f = dir.resolve("optimum.csv");
    Files.writeString(f, "problem,optimum\nj301_1.sm,43\nj301_2.sm,abc\n");
    assertThatThrownBy(() -> PsplibOptima.read(f))
        .isInstanceOf(InputException.class)
        .hasMessage("optimum.csv:3:11: optimum: expected an integer or lo..hi, found 'abc'");
  }

  @Test
  void aLowerBoundAboveTheUpperLeavesTheRowOutWithAMessage(@TempDir final Path dir)
      throws IOException {
    final Path f = dir.resolve("optimum.csv");
    Files.writeString(f, "problem,optimum\nj905_2.sm,93\nj905_3.sm,87..82\n");
    assertThatThrownBy(() -> PsplibOptima.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("optimum.csv:3:11");
    final List<String> warnings = new ArrayList<>();
    final Map<String, PsplibOptima.Bound> m = PsplibOptima.read(f, warnings);
    assertThat(m).containsOnlyKeys("j905_2.sm");
    assertThat(warnings)
        .containsExactly(
            "optimum.csv:3:11: optimum: lower bound 87 above upper bound 82; instance left out");
  }

  @Test
  void subsetOrderIsByParameterGroupThenInstance() {
    assertThat(PsplibBenchmarkRunner.order("j60", "j602_10.sm"))
        .isGreaterThan(PsplibBenchmarkRunner.order("j60", "j602_9.sm"))
        .isLessThan(PsplibBenchmarkRunner.order("j60", "j6010_1.sm"));
    assertThat(PsplibBenchmarkRunner.instanceIndex("j90", "j9048_7.sm")).isEqualTo(7);
  }

  @Test
  void literatureBudgetsRunTheLiteratureSearchUnlessOneIsGiven() {
    final var lit = new PsplibBenchmarkRunner.Config("lit50000", 50_000, 0, 0);
    final var def = new PsplibBenchmarkRunner.Config("default", 50_000, 2_000_000, 0);
    final var timed = new PsplibBenchmarkRunner.Config("2s", Long.MAX_VALUE, Long.MAX_VALUE, 2);
    assertThat(PsplibBenchmarkRunner.searchFor(lit, null))
        .isEqualTo(DefaultScheduler.Search.ACTIVE);
    assertThat(PsplibBenchmarkRunner.searchFor(def, null))
        .isEqualTo(DefaultScheduler.Search.GENETIC);
    assertThat(PsplibBenchmarkRunner.searchFor(timed, null))
        .isEqualTo(DefaultScheduler.Search.GENETIC);
    assertThat(PsplibBenchmarkRunner.searchFor(lit, DefaultScheduler.Search.GENETIC))
        .isEqualTo(DefaultScheduler.Search.GENETIC);
  }

  @Test
  void missingDataIsNotAnError() throws IOException {
    // the runner exits quietly when the data is absent; a bogus path must not throw
    PsplibBenchmarkRunner.main(new String[] {"j30", "--data", "/nonexistent/psplib"});
  }
}
