package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reinforce --robust} as a user runs it, kept small: the northeast pool's leading plans over
 * a 17-point NOLH of three night-fighting estimates, 2 replications a point. The text, the JSON,
 * the request and the report page say how robust the recommendation is; a factor file without
 * --robust, and a bad one, are refused with exit code 2 before anything runs.
 */
class ReinforceRobustTest {
  @TempDir Path dir;

  private String factorFile() throws Exception {
    final Path f = dir.resolve("night.yaml");
    Files.writeString(
        f,
        "design: nolh\nreplications: 2\nfactors:\n"
            + "  - {name: gciErrorNoGciKm}\n"
            + "  - {name: nightSearchDarkM}\n"
            + "  - {name: contactDay}\n");
    return f.toString();
  }

  private static String[] args(final String f, final String... more) {
    final String[] base = {
      "reinforce",
      "northeast-1952-spring",
      "--robust",
      "--factors",
      f,
      "--max-replications",
      "10",
      "--keep",
      "4",
      "--request",
      "-q"
    };
    final String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void theRecommendationsRobustnessIsInTheTextJsonRequestAndReport() throws Exception {
    final String f = factorFile();
    final Path report = dir.resolve("report");
    final CliRunner.Run text = CliRunner.run(args(f, "--report", report.toString()));
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Robustness over the estimates' plausible ranges (a nearly orthogonal Latin")
        .contains("of 17 points x 2 replications")
        .contains("best in")
        .contains("The recommended plan (*) is best in")
        .contains("5. How robust it is. Over the plausible ranges of 3 estimates");
    // the request's paragraph comes before its closing note on the figures
    assertThat(text.out().indexOf("5. How robust it is."))
        .isLessThan(text.out().indexOf("(Figures from"));
    final String page = Files.readString(report.resolve("index.html"));
    assertThat(page)
        .contains("How robust the recommendation is")
        .contains("id=\"robust\"")
        .contains("(recommended)");

    final CliRunner.Run json = CliRunner.run(args(f, "--format", "json", "--no-report"));
    assertThat(json.code()).as(json.err()).isZero();
    final JsonNode root = new ObjectMapper().readTree(json.out());
    final JsonNode rb = root.path("robustness");
    assertThat(rb.path("design").asText()).isEqualTo("nolh");
    assertThat(rb.path("points").asInt()).isEqualTo(17);
    assertThat(rb.path("plans").size()).isGreaterThanOrEqualTo(2);
    assertThat(rb.path("plans").get(0).path("recommended").asBoolean()).isTrue();
    final double share = rb.path("plans").get(0).path("shareBest").asDouble();
    assertThat(share).isBetween(0.0, 1.0);
    assertThat(root.path("request").asText())
        .contains(
            String.format(java.util.Locale.ROOT, "in %.0f%% of the plausible range", 100 * share));
  }

  @Test
  void factorsWithoutRobustAndABadFactorFileAreRefusedBeforeTheRun() throws Exception {
    final CliRunner.Run alone =
        CliRunner.run("reinforce", "--factors", factorFile(), "-q", "--no-report");
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.err()).contains("--factors takes effect with --robust");
    final Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "factors:\n  - {name: nightSearchDarkM, low: 5000, high: 1000}\n");
    final CliRunner.Run r =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--robust",
            "--factors",
            bad.toString(),
            "-q",
            "--no-report");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:2").contains("inverted").doesNotContain("Exception");
  }
}
