package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.testdomain.TestScenarios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden-file regression of a fixed-seed run of the small theatre: every campaign figure's mean
 * over 64 replications must equal the stored value to 1e-9 relative. A deliberate model change
 * updates the file: run with {@code -Dairshield.updateGolden=true}, review the printed diff, and
 * commit the new file with the change that explains it.
 */
class GoldenRunTest {
  private static final String FILE = "/io/airshield/golden/mini-seed7.csv";

  @Test
  void fixedSeedRunMatchesTheGoldenFile() throws IOException {
    final Theatre th = new Theatre(TestScenarios.mini());
    final Statistics s =
        MonteCarlo.run(
                th, GreedyAllocator::new, MonteCarlo.Options.fixed(7, 64, 2), null, null, null)
            .statistics();
    final List<String> actual = new ArrayList<>();
    final List<String> names = Metrics.scalarNames();
    for (int i = 0; i < names.size(); i++) {
      actual.add(names.get(i) + "," + String.format(Locale.ROOT, "%.12g", s.estimate(i).mean()));
    }
    for (int t = 0; t < th.targets.count; t++) {
      actual.add(
          "open:"
              + th.targets.id[t]
              + ","
              + String.format(Locale.ROOT, "%.12g", s.estimate(th.metrics().targetOpen(t)).mean()));
    }
    for (int l = 0; l < th.lines; l++) {
      for (int d = 0; d < th.days; d++) {
        actual.add(
            "lineDay:"
                + th.scenario().lines().get(l).id()
                + ":"
                + d
                + ","
                + String.format(
                    Locale.ROOT, "%.12g", s.estimate(th.metrics().lineDayTons(l, d)).mean()));
      }
    }
    if (Boolean.getBoolean("airshield.updateGolden")) {
      final Path p = Path.of("src/test/resources" + FILE);
      Files.createDirectories(p.getParent());
      Files.write(p, actual, StandardCharsets.UTF_8);
    }
    final List<String> expected;
    try (InputStream in = getClass().getResourceAsStream(FILE)) {
      assertThat(in)
          .as("golden file %s (create it with -Dairshield.updateGolden=true)", FILE)
          .isNotNull();
      expected = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
    final StringBuilder diff = new StringBuilder();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      final String e = i < expected.size() ? expected.get(i).strip() : "<missing>";
      final String a = i < actual.size() ? actual.get(i) : "<missing>";
      if (!same(e, a)) {
        diff.append("  expected ").append(e).append("\n  actual   ").append(a).append('\n');
      }
    }
    if (diff.length() > 0) {
      System.out.println("Golden diff for " + FILE + ":\n" + diff);
    }
    assertThat(diff.toString()).as("golden diff").isEmpty();
  }

  private static boolean same(final String e, final String a) {
    final String[] x = e.split(",");
    final String[] y = a.split(",");
    if (x.length != 2 || y.length != 2 || !x[0].equals(y[0])) {
      return false;
    }
    final double u = Double.parseDouble(x[1]);
    final double v = Double.parseDouble(y[1]);
    return Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u));
  }
}
