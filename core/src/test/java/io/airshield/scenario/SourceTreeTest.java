package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

  /** The one problem of a document that cannot be read, formatted. */
  private static String problem(final String text) {
    final InputException e = catchThrowableOfType(InputException.class, () -> parse(text));
    assertThat(e).as("expected an InputException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).format();
  }

  private static final String NESTING =
      "nesting deeper than 40 levels of maps and lists (set -Dairshield.maxDepth to raise the"
          + " limit)";
  private static final String DIGITS = "a number with more than 100 digits";
  private static final String LONG_TEXT = "a text or name longer than 1048576 characters";

  /**
   * Found by a review: Jackson's limits were placed where its parser stood, one column after the
   * bracket that nests too deep ({@code 1:242} for the {@code {} at column 241), and after the
   * number that is too long. They point at the offending character now.
   */
  @Test
  void jsonLimitsPointAtTheOffendingCharacter() {
    // the 41st level is the 41st '{', at column 6 * 40 + 1
    assertThat(problem("{\"a\": ".repeat(100) + "1" + "}".repeat(100)))
        .isEqualTo("t.yaml:1:241: " + NESTING);
    assertThat(problem("{\"a\":\n " + "[\n ".repeat(100) + "1" + "]".repeat(100)))
        .isEqualTo("t.yaml:41:2: " + NESTING);
    assertThat(problem("[[[{\"b\": " + "{\"a\":\r\n ".repeat(60) + "1" + "}".repeat(61) + "]]]"))
        .isEqualTo("t.yaml:37:2: " + NESTING);
    final String digits = "9".repeat(150);
    assertThat(problem("{\"a\": [1,\n  -" + digits + "]}"))
        .isEqualTo("t.yaml:2:3: a[1]: " + DIGITS);
    assertThat(problem("{\"a\": {\"b\": 1, \"c\\\"d\"  :\n\t " + digits + ".5}}"))
        .isEqualTo("t.yaml:2:3: a.c\"d: " + DIGITS);
    final String text = "x".repeat((1 << 20) + 1);
    assertThat(problem("{\"a\": [1,\n  \"" + text + "\"]}"))
        .isEqualTo("t.yaml:2:3: a[1]: " + LONG_TEXT);
    assertThat(problem("{\"a\": {\"b\": 1,\n  \"" + text + "\": 2}}"))
        .isEqualTo("t.yaml:2:3: a: " + LONG_TEXT);
    // longer than Jackson's buffers: refused before the end of the text, placed at its start
    final String longer = "x".repeat(5 << 20);
    assertThat(problem("{\"a\": {\"b\": 1,\n  \"" + longer + "\": 2}}"))
        .isEqualTo("t.yaml:2:3: a: " + LONG_TEXT);
    assertThat(problem("{\"a\": {\n\"" + longer + "\": 2}}"))
        .isEqualTo("t.yaml:2:1: a: " + LONG_TEXT);
    assertThat(problem("{\"a\": [\"" + longer + "\"]}"))
        .isEqualTo("t.yaml:1:8: a[0]: " + LONG_TEXT);
  }

  /**
   * Found by a review: docs/limits.md gives every file a limit of 100 digits for a number and 1 MiB
   * for a text, but only JSON was held to them (by Jackson); a YAML number of 150 digits was read.
   * YAML is held to them now, with the same words, at the scalar.
   */
  @Test
  void yamlIsHeldToTheLimitsOfNumbersAndTexts() {
    final String digits = "1".repeat(150);
    assertThat(problem("a: 1\nb:\n  c: [2, " + digits + "]\n"))
        .isEqualTo("t.yaml:3:10: b.c[1]: " + DIGITS);
    assertThat(problem("a:\n  - b: -" + digits + ".25e3\n"))
        .isEqualTo("t.yaml:2:8: a[0].b: " + DIGITS);
    assertThat(problem("a: 0x" + "f".repeat(101) + "\n")).isEqualTo("t.yaml:1:4: a: " + DIGITS);
    final String hundred = "7".repeat(100);
    assertThat(parse("a: " + hundred + "\nb: -" + hundred.substring(1) + ".5\n")).isNotNull();
    final String text = "x".repeat((1 << 20) + 1);
    assertThat(problem("a: 1\nb: " + text + "\n")).isEqualTo("t.yaml:2:4: b: " + LONG_TEXT);
    assertThat(problem("a: [1, '" + text + "']\n")).isEqualTo("t.yaml:1:8: a[1]: " + LONG_TEXT);
    assertThat(problem("a:\n  ? " + text + "\n  : 1\n")).isEqualTo("t.yaml:2:5: a: " + LONG_TEXT);
    assertThat(parse("a: " + "x".repeat(1 << 20) + "\n")).isNotNull();
    // the YAML nesting limit was placed right, at the bracket: it stays there
    assertThat(problem("a: " + "[".repeat(100) + "]".repeat(100)))
        .isEqualTo("t.yaml:1:43: " + NESTING);
  }
}
