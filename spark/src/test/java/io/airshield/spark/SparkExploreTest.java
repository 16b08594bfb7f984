package io.airshield.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.app.Main;
import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.scenario.ScenarioReader;
import io.airshield.study.Design;
import io.airshield.study.ExploreResult;
import io.airshield.study.ExploreSettings;
import io.airshield.study.ExploreStudy;
import io.airshield.study.Factor;
import io.airshield.study.PointEngine;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explore} on Spark in local[2], bound to 127.0.0.1: the same design and seed give the same
 * bits on one thread, two threads and Spark, and the command line's {@code --engine spark} prints
 * and stores what the local engine does.
 */
class SparkExploreTest {
  @Test
  void oneThreadTwoThreadsAndSparkGiveTheSameBits() throws Exception {
    final byte[] bytes;
    try (InputStream in = SparkExploreTest.class.getResourceAsStream("/mini.yaml")) {
      bytes = in.readAllBytes();
    }
    final Scenario s = ScenarioReader.read("mini.yaml", bytes);
    final ExploreStudy.Input in = new ExploreStudy.Input("mini.yaml", bytes, s);
    final List<Factor> factors =
        List.of(
            Factor.of(ModelParameter.HIT_FACTOR_BRIDGE, s),
            Factor.of(ModelParameter.AA_FIRE_DUTY, s),
            Factor.of(ModelParameter.CONTACT_DAY, s));
    final ExploreSettings st =
        ExploreSettings.defaults()
            .withDesign(Design.Kind.NOLH)
            .withRun(3, 42, 1, Long.MAX_VALUE)
            .withMeasures(List.of("supplyTonsPerDay", "killsByAa"), 0, 0);
    final ExploreResult one = ExploreStudy.run(in, factors, st, null, WtaAllocator::new, null);
    final ExploreResult two =
        ExploreStudy.run(
            in, factors, st.withRun(3, 42, 2, Long.MAX_VALUE), null, WtaAllocator::new, null);
    final ExploreResult spark;
    try (PointEngine e = new SparkPointEngine.Provider().open(Map.of("master", "local[2]"))) {
      // 17 points in waves of 4 x 2: three waves, the last a short one
      assertThat(((SparkPointEngine) e).pointsPerWave()).isEqualTo(8);
      spark =
          ExploreStudy.execute(
              ExploreStudy.prepare(in, factors, st, null), e, List.of(), null, null, null);
    }
    assertThat(one.design().count()).isEqualTo(17);
    assertThat(two.outcomes()).isDeepEqualTo(one.outcomes());
    assertThat(spark.outcomes()).isDeepEqualTo(one.outcomes());
    assertThat(spark.mean()).isDeepEqualTo(one.mean());
    assertThat(spark.main()).isDeepEqualTo(one.main());
    // not a trivially equal study: the factors move the supply
    assertThat(one.mean()[0][0]).isNotEqualTo(one.mean()[0][1]);
  }

  @Test
  void theCommandLineRunsAndStoresASparkStudy(@TempDir final Path dir) throws Exception {
    final String mini = Path.of("src/test/resources/mini.yaml").toString();
    final Path f = dir.resolve("factors.yaml");
    Files.writeString(
        f,
        "design: nolh\nreplications: 2\nfactors:\n"
            + "  - {name: hitFactorBridge}\n"
            + "  - {name: aaFireDuty}\n");
    final String db = dir.resolve("runs.db").toString();
    final String[] local = {
      "explore", mini, "--factors", f.toString(), "-q", "--no-store", "--format", "json"
    };
    final String[] spark = {
      "explore",
      mini,
      "--factors",
      f.toString(),
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
    assertThat(Main.commandLine(new PrintWriter(a), new PrintWriter(err)).execute(local))
        .as(err.toString())
        .isZero();
    assertThat(Main.commandLine(new PrintWriter(b), new PrintWriter(err)).execute(spark))
        .as(err.toString())
        .isZero();
    assertThat(b.toString()).isEqualTo(a.toString());
    final StringWriter list = new StringWriter();
    Main.commandLine(new PrintWriter(list), new PrintWriter(err)).execute("runs", "--store", db);
    assertThat(list.toString()).contains("explore").contains("spark").contains("complete");
  }
}
