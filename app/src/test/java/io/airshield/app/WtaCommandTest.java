package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WtaCommandTest {
  /**
   * Two targets (10, 5), weapon types 0 and 1, 1 unit each; optimum 0 -> 0, 1 -> 1: 10 * 0.5 + 5 *
   * 0.4 = 7.
   */
  private static final String GOOD =
      String.join("\n", "2 2 1", "10", "5", "0 0 0.5", "0 1 0.2", "1 0 0.3", "1 1 0.6", "");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(final String name, final String content) throws IOException {
    final Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void textOutput() throws IOException {
    final Path f = write("small.txt", GOOD);
    final Run r = run("wta", f.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("objective (expected surviving value): 7.000000")
        .contains("2 weapon types, 2 weapons, 2 targets");
    // per-target rows: target 0 engaged by type 0, target 1 by type 1
    assertThat(r.out())
        .containsPattern("\\s0\\s+10\\.000000\\s+1\\s+0\\.500000\\s+5\\.000000\\s+0")
        .containsPattern("\\s1\\s+5\\.000000\\s+1\\s+0\\.400000\\s+2\\.000000\\s+1");
  }

  @Test
  void printsTheCertifiedLowerBoundAndTheExactProof() throws IOException {
    final Path f = write("small.txt", GOOD);
    final Run r = run("wta", f.toString(), "--exact");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .contains("lower bound (certified): 7.000000, gap 0.000e+00")
        .contains("exact: proved optimal");
  }

  @Test
  void exactProvesABenchmarkLikeProblemOrSaysItGaveUp() throws IOException {
    // 6 types x 12 targets, 2 units each: beyond enumeration, so search, bound and branch
    final java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
    final StringBuilder b = new StringBuilder("6 12 2\n");
    for (int j = 0; j < 12; j++) {
      b.append(1 + rnd.nextInt(100)).append('\n');
    }
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 12; j++) {
        b.append(i).append(' ').append(j).append(' ').append(rnd.nextDouble()).append('\n');
      }
    }
    final Path f = write("bench-like.txt", b.toString());
    final Run proved = run("wta", f.toString(), "--exact", "--format", "json");
    assertThat(proved.code()).isEqualTo(0);
    final JsonNode j = new ObjectMapper().readTree(proved.out());
    assertThat(j.get("exact").get("proven").asBoolean()).isTrue();
    assertThat(j.get("lowerBound").asDouble())
        .isLessThanOrEqualTo(j.get("objective").asDouble())
        .isGreaterThan(0.0);
    final Run cut = run("wta", f.toString(), "--exact", "--node-limit", "1");
    assertThat(cut.code()).isEqualTo(0);
    assertThat(cut.out()).containsPattern("exact: (proved optimal|gave up at the node limit)");
  }

  @Test
  void badNodeLimitExitsTwo() throws IOException {
    final Path f = write("small.txt", GOOD);
    final Run r = run("wta", f.toString(), "--exact", "--node-limit", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--node-limit must be >= 1, got 0").doesNotContain("Exception");
  }

  @Test
  void jsonOutput() throws IOException {
    final Path f = write("small.txt", GOOD.replaceFirst("2 2 1", "2 2 2"));
    final Run r = run("wta", f.toString(), "--format", "json", "--iterations", "3", "--seed", "9");
    assertThat(r.code()).isEqualTo(0);
    final JsonNode j = new ObjectMapper().readTree(r.out());
    // 2 units per type: best is type 0 twice on 0 and type 1 twice on 1: 10*.25 + 5*.16 = 3.3
    assertThat(j.get("objective").asDouble())
        .isCloseTo(3.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(j.get("assignment")).hasSize(4);
    assertThat(j.get("assignment").get(0).asInt()).isEqualTo(0);
    assertThat(j.get("assignment").get(3).asInt()).isEqualTo(1);
    assertThat(j.get("countsPerType").get(0).get("targets").get("0").asInt()).isEqualTo(2);
    assertThat(j.get("instance").get("weapons").asInt()).isEqualTo(4);
    assertThat(j.get("seconds").isNumber()).isTrue();
    assertThat(j.get("solver").get("seed").asLong()).isEqualTo(9);
  }

  @Test
  void badFileExitsTwoWithLocation() throws IOException {
    final Path f = write("bad.txt", GOOD.replace("1 0 0.3", "1 0 1.3"));
    final Run r = run("wta", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("bad.txt:6:5: probability p[1][0]: kill probability must be in [0, 1]")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void missingFileExitsTwo() {
    final Run r = run("wta", dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: the file " + dir.resolve("nope.txt") + " does not exist")
        .doesNotContain("\tat ");
    // a folder is not reported as a missing file
    final Run folder = run("wta", dir.toString());
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err()).contains("error: " + dir + " is a folder; give a WTA problem file");
  }

  @Test
  void badOptionExitsTwo() throws IOException {
    final Path f = write("small.txt", GOOD);
    assertThat(run("wta", f.toString(), "--format", "xml").code()).isEqualTo(2);
    assertThat(run("wta", f.toString(), "--iterations", "-1").code()).isEqualTo(2);
  }

  @Test
  void listedInHelp() {
    final Run r = run("--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("wta");
    assertThat(run("wta", "--help").out()).contains("weapon-target assignment");
  }
}
