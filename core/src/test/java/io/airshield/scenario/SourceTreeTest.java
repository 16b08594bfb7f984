package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTreeTest {
  private static Node parse(final String text) {
    return SourceTree.parse("t.yaml", text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
  }

  @Test
  void locatesFieldsAndReportsUnknownWithHint() {
    final Node root = parse("name: x\nradar:\n  rangeKm: 150\n  rangeM: 3\n  altitudeMm: 4\n");
    final Problems problems = new Problems("t.yaml");
    final Fields f = Fields.root(root, problems);
    assertThat(f.text("name")).isEqualTo("x");
    final Fields r = f.map("radar");
    assertThat(r.num("rangeKm", Unit.KM, 0, 1000)).isEqualTo(150_000.0);
    r.num("altitudeM", Unit.M, 0, 20000, 0);
    r.end();
    f.end();
    assertThat(problems.sorted())
        .extracting(InputProblem::format)
        .containsExactly(
            "t.yaml:4:3: radar.rangeM: unknown field"
                + System.lineSeparator()
                + "    Maybe rangeKm? Only the unit differs: this field is given as rangeKm; convert the value.",
            "t.yaml:5:3: radar.altitudeMm: unknown field"
                + System.lineSeparator()
                + "    Maybe altitudeM?");
  }

  @Test
  void numberWithUnitGetsAHint() {
    final Problems problems = new Problems("t.yaml");
    final Fields f = Fields.root(parse("a: 1\nrangeKm: 150 km\n"), problems);
    f.num("rangeKm", Unit.KM, 0, 1000);
    assertThat(problems.sorted().get(0).line()).isEqualTo(2);
    assertThat(problems.sorted().get(0).column()).isEqualTo(10);
    assertThat(problems.sorted().get(0).hint()).contains("Maybe write 150 alone");
  }

  @Test
  void syntaxErrorHasItsLine() {
    assertThatThrownBy(() -> parse("a: 1\nb: [1, 2\nc: 3\n"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems().get(0).line()).isPositive());
  }

  @Test
  void duplicateKeysAreReported() {
    assertThatThrownBy(() -> parse("a: 1\nb: 2\na: 3\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("t.yaml:3:1: a: duplicate key (first given at line 1)");
  }

  @Test
  void aliasBombIsStopped() {
    final StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i > 0 ? ", " : "").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    assertThatThrownBy(() -> parse(sb.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("alias");
  }

  @Test
  void binaryGarbageIsNotText() {
    final byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 1, 2};
    assertThatThrownBy(() -> SourceTree.parse("g.bin", bytes, ReadLimits.DEFAULT))
        .hasMessageContaining("not UTF-8 text");
  }
}
