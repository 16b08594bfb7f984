package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WtaFormatTest {
  /** 2 types, 3 targets, 2 units per type. Lines: 1 header, 2-4 values, 5-10 probabilities. */
  static final String GOOD =
      String.join(
          "\n",
          "2 3 2",
          "10",
          "20",
          "5.5",
          "0 0 0.5",
          "0 1 0.25",
          "0 2 1",
          "1 0 0",
          "1 1 0.75",
          "1 2 1e-1",
          "");

  private static WtaProblem parse(final String text) {
    try {
      return WtaFormat.read(new StringReader(text), "t.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputProblem firstProblem(final String text) {
    final InputException e = catchThrowableOfType(InputException.class, () -> parse(text));
    assertThat(e).as("expected an InputException").isNotNull();
    return e.problems().get(0);
  }

  @Test
  void readsAGoodFile() {
    final WtaProblem p = parse(GOOD);
    assertThat(p.typeCount()).isEqualTo(2);
    assertThat(p.targetCount()).isEqualTo(3);
    assertThat(p.weaponCount()).isEqualTo(4);
    assertThat(p.units(1)).isEqualTo(2);
    assertThat(p.values()).containsExactly(10, 20, 5.5);
    assertThat(p.kill(0, 2)).isEqualTo(1.0);
    assertThat(p.kill(1, 2)).isEqualTo(0.1);
    assertThat(p.allowUnassigned()).isFalse();
  }

  @Test
  void acceptsAnyOrderTabsBlankLinesAndCrlf() {
    final String shuffled =
        "2 3 2\r\n10\r\n\r\n20\r\n5.5\r\n1 2 1e-1\r\n0\t0\t0.5\r\n0 2 1\r\n"
            + "0 1 0.25\r\n1 1 0.75\r\n1 0 0\r\n\r\n";
    assertThat(parse(shuffled)).isEqualTo(parse(GOOD));
  }

  @Test
  void readsFromAFile(@TempDir final Path dir) throws IOException {
    final Path f = dir.resolve("wta_2x3x2.txt");
    Files.writeString(f, GOOD, StandardCharsets.UTF_8);
    assertThat(WtaFormat.read(f)).isEqualTo(parse(GOOD));
  }

  /**
   * Found by the bad-input catalogue: a binary file surfaced as "cannot read f: Input length = 1"
   * (the decoder's exception message); it is the user's mistake and says so.
   */
  @Test
  void binaryFileIsAUserMistakeNotAnIoFailure(@TempDir final Path dir) throws IOException {
    final Path f = dir.resolve("wta.bin");
    Files.write(f, new byte[] {'1', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'});
    final InputException e = catchThrowableOfType(InputException.class, () -> WtaFormat.read(f));
    assertThat(e).isNotNull();
    assertThat(e.problems().get(0).message()).contains("not UTF-8 text");
  }

  @Test
  void emptyFile() {
    final InputProblem p = firstProblem("\n  \n");
    assertThat(p.file()).isEqualTo("t.txt");
    assertThat(p.message()).contains("the file is empty");
  }

  @Test
  void headerWithTooFewNumbers() {
    final InputProblem p = firstProblem("2 3\n");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("header");
    assertThat(p.message()).contains("expected 3 numbers 'W T mu'").contains("found 2");
  }

  @Test
  void headerNotANumber() {
    final InputProblem p = firstProblem("2 x 2\n");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("targets T");
    assertThat(p.message()).isEqualTo("expected a whole number, found 'x'");
  }

  @Test
  void hugeDimensionsAreRefusedBeforeAllocating() {
    final InputProblem p = firstProblem("100000 100000 1\n");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message()).contains("more than the limit " + WtaFormat.MAX_ENTRIES);
    final InputProblem q = firstProblem("2 3 0\n");
    assertThat(q.field()).isEqualTo("units per type mu");
    assertThat(q.column()).isEqualTo(5);
    assertThat(q.message()).isEqualTo("must be between 1 and 10000, found 0");
  }

  @Test
  void negativeValue() {
    final InputProblem p = firstProblem(GOOD.replace("\n20\n", "\n-20\n"));
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("value v[1]");
    assertThat(p.message()).isEqualTo("target value must be >= 0, found -20.0");
  }

  @Test
  void nanIsRefused() {
    final InputProblem p = firstProblem(GOOD.replace("0 1 0.25", "0 1 NaN"));
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(5);
    assertThat(p.field()).isEqualTo("probability p[0][1]");
    assertThat(p.message()).isEqualTo("expected a decimal number, found 'NaN'");
  }

  @Test
  void probabilityAboveOne() {
    final InputProblem p = firstProblem(GOOD.replace("1 1 0.75", "1 1 1.75"));
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(5);
    assertThat(p.field()).isEqualTo("probability p[1][1]");
    assertThat(p.message()).isEqualTo("kill probability must be in [0, 1], found 1.75");
    assertThat(p.format())
        .isEqualTo(
            "t.txt:9:5: probability p[1][1]: kill probability must be in [0, 1], found 1.75");
  }

  @Test
  void indexOutOfRange() {
    final InputProblem p = firstProblem(GOOD.replace("1 2 1e-1", "1 3 1e-1"));
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("target index j");
    assertThat(p.message()).isEqualTo("must be between 0 and 2, found 3");
  }

  @Test
  void duplicatePair() {
    final InputProblem p = firstProblem(GOOD.replace("1 0 0\n", "0 0 0.5\n"));
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("probability p[0][0]");
    assertThat(p.message())
        .isEqualTo(
            "given twice (first given at line 5, column 1); each pair (i, j) must appear once");
  }

  /**
   * Found by a review: a pair given twice in a file with one line too many was reported, and then
   * again as "unexpected content after the 6 kill probabilities: '0'", quoting the first number of
   * the last line. The duplicate is the one problem, whether the file has the extra line or lacks
   * the pair the duplicate stands for.
   */
  @Test
  void aDuplicatePairIsTheOnlyProblemReported() {
    final String extraLine = GOOD.replace("1 1 0.75\n", "1 1 0.75\n  0 1 0.3\n");
    assertThat(problems(extraLine))
        .containsExactly(
            "t.txt:10:3: probability p[0][1]: given twice (first given at line 6, column 1);"
                + " each pair (i, j) must appear once");
    final String instead = GOOD.replace("1 0 0\n", "0 0 0.5\n");
    assertThat(problems(instead)).hasSize(1);
    final String atTheEnd = GOOD + "0 2 1\n";
    assertThat(problems(atTheEnd))
        .containsExactly("t.txt:11:1: unexpected content after the 6 kill probabilities: '0 2 1'");
  }

  /** A line with two target values, or one too many: one problem, none for the lines after it. */
  @Test
  void aMistakeInTheValuesIsNotFollowedByOthers() {
    assertThat(problems(GOOD.replace("\n20\n", "\n20 30\n")))
        .containsExactly(
            "t.txt:3:4: value v[1]: expected one target value on this line, found 2 numbers");
    assertThat(problems(GOOD.replace("\n5.5\n", "\n")))
        .containsExactly(
            "t.txt:4:3: value v[2]: expected one target value on this line, found 3 numbers;"
                + " the header gives T = 3 targets, so 3 value lines come before the lines"
                + " 'i j p'");
    assertThat(problems(GOOD.replace("\n5.5\n", "\n5.5\n6\n7\n")))
        .containsExactly(
            "t.txt:5:1: probability line: expected 3 fields 'i j p' (type, target, kill"
                + " probability), found 1; the header gives T = 3 targets, so only 3 target"
                + " values");
  }

  /** A malformed line 'i j p' is not followed by "the file ends after 5 of 6". */
  @Test
  void aMalformedLineIsNotFollowedByTheMissingPair() {
    assertThat(problems(GOOD.replace("0 2 1\n", "0 2\n")))
        .containsExactly(
            "t.txt:7:1: probability line: expected 3 fields 'i j p' (type, target, kill"
                + " probability), found 2");
    assertThat(problems(GOOD.replace("0 2 1\n1 0 0\n", "0 2 1 1 0 0\n")))
        .containsExactly(
            "t.txt:7:7: probability line: expected 3 fields 'i j p' (type, target, kill"
                + " probability), found 6");
  }

  private static java.util.List<String> problems(final String text) {
    final InputException e = catchThrowableOfType(InputException.class, () -> parse(text));
    assertThat(e).as("expected an InputException").isNotNull();
    return e.problems().stream().map(InputProblem::format).toList();
  }

  @Test
  void missingLines() {
    final InputProblem p = firstProblem(GOOD.substring(0, GOOD.indexOf("1 1 0.75")));
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("probability p[1][1]");
    assertThat(p.message()).isEqualTo("the file ends after 4 of 6 kill probabilities 'i j p'");
    final InputProblem v = firstProblem("2 3 2\n10\n");
    assertThat(v.line()).isEqualTo(3);
    assertThat(v.field()).isEqualTo("value v[1]");
    assertThat(v.message()).isEqualTo("the file ends after 1 of 3 target values");
  }

  @Test
  void trailingGarbage() {
    final InputProblem p = firstProblem(GOOD + "\n0 0 0.3\n");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message())
        .isEqualTo("unexpected content after the 6 kill probabilities: '0 0 0.3'");
    final InputProblem q = firstProblem(GOOD.replace("0 2 1", "0 2 1 extra"));
    assertThat(q.line()).isEqualTo(7);
    assertThat(q.column()).isEqualTo(7);
    assertThat(q.message()).contains("expected 3 fields 'i j p'").contains("found 4");
  }

  @Test
  void severalProblemsReportedTogether() {
    final InputException e =
        catchThrowableOfType(
            InputException.class,
            () -> parse(GOOD.replace("0 0 0.5", "0 0 -0.5").replace("1 1 0.75", "1 1 x")));
    assertThat(e.problems()).extracting(InputProblem::line).containsExactly(5, 9);
    assertThat(e.problems())
        .extracting(InputProblem::field)
        .containsExactly("probability p[0][0]", "probability p[1][1]");
  }

  @Test
  void infinityAndHexAreRefused() {
    assertThat(firstProblem(GOOD.replace("\n10\n", "\nInfinity\n")).message())
        .isEqualTo("expected a decimal number, found 'Infinity'");
    assertThat(firstProblem(GOOD.replace("\n10\n", "\n1e999\n")).message())
        .isEqualTo("number '1e999' is out of range");
    assertThat(firstProblem(GOOD.replace("0 1 0.25", "0 1 0x1p-2")).message())
        .isEqualTo("expected a decimal number, found '0x1p-2'");
  }
}
