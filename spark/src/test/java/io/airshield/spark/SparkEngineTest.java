package io.airshield.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.app.Main;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.montecarlo.BlockEngine;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.scenario.ScenarioReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local[2], bound to 127.0.0.1: the same statistics as the local engine, bit for bit. */
class SparkEngineTest {
  @Test
  void sparkLocal2GivesTheLocalEnginesBits() throws Exception {
    final byte[] bytes;
    try (InputStream in = SparkEngineTest.class.getResourceAsStream("/mini.yaml")) {
      bytes = in.readAllBytes();
    }
    final Theatre theatre = new Theatre(ScenarioReader.read("mini.yaml", bytes));
    final int size = theatre.metrics().size();
    // 70 = 8 full blocks and a short one; waves of 4 x 2 blocks, so two waves
    final MonteCarlo.Options options =
        new MonteCarlo.Options(42, 70, 0, 32, 2, 8, Metric.SUPPLY_TONS_PER_DAY.slot());
    final MonteCarlo.Result local =
        MonteCarlo.run(theatre, WtaAllocator::new, options, null, null, null);
    final MonteCarlo.Result spark;
    try (BlockEngine e =
        new SparkEngineProvider()
            .open(
                new BlockEngine.Request(
                    "mini.yaml",
                    bytes,
                    theatre.scenario().end(),
                    42,
                    size,
                    Map.of("master", "local[2]")))) {
      assertThat(e.blocksPerWave()).isEqualTo(8);
      spark = MonteCarlo.run(e, options, null, null, null, CampaignStatistics.create(theatre), 0);
    }
    assertThat(spark.replications()).isEqualTo(70);
    assertThat(bits(spark.statistics(), size)).isEqualTo(bits(local.statistics(), size));
  }

  @Test
  void theCommandLineRunsAndStoresASparkRun(@TempDir final Path dir) {
    final String mini = Path.of("src/test/resources/mini.yaml").toString();
    final String db = dir.resolve("runs.db").toString();
    final String[] local = {
      "assess", mini, "--replications", "24", "-q", "--store", db, "--format", "json"
    };
    final String[] spark = {
      "assess",
      mini,
      "--replications",
      "24",
      "-q",
      "--store",
      db,
      "--format",
      "json",
      "--engine",
      "spark",
      "--master",
      "local[2]"
    };
    final StringWriter a = new StringWriter();
    final StringWriter b = new StringWriter();
    final StringWriter err = new StringWriter();
    assertThat(Main.commandLine(new PrintWriter(a), new PrintWriter(err)).execute(local)).isZero();
    assertThat(Main.commandLine(new PrintWriter(b), new PrintWriter(err)).execute(spark))
        .as(err.toString())
        .isZero();
    assertThat(b.toString()).isEqualTo(a.toString());
    final StringWriter list = new StringWriter();
    Main.commandLine(new PrintWriter(list), new PrintWriter(err)).execute("runs", "--store", db);
    assertThat(list.toString()).contains("spark");
  }

  private static long[] bits(final Statistics s, final int size) {
    final long[] out = new long[2 * size];
    for (int i = 0; i < size; i++) {
      final Estimate e = s.estimate(i);
      out[2 * i] = Double.doubleToRawLongBits(e.mean());
      out[2 * i + 1] = Double.doubleToRawLongBits(e.sd());
    }
    return out;
  }
}
