package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsplibFormatTest {
  private static String tiny() throws IOException {
    try (var in = PsplibFormatTest.class.getResourceAsStream("/psplib/tiny.sm")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static InputProblem problemOf(final String text) {
    final InputException e =
        catchThrowableOfType(InputException.class, () -> PsplibFormat.parse("t.sm", text));
    assertThat(e).as("expected an InputException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).file()).isEqualTo("t.sm");
    return e.problems().get(0);
  }

  @Test
  void readsTheTinyFile(@TempDir final Path dir) throws IOException {
    final Path f = dir.resolve("tiny.sm");
    Files.writeString(f, tiny(), StandardCharsets.ISO_8859_1);
    final Project p = PsplibFormat.read(f);
    assertThat(p.name()).isEqualTo("tiny");
    assertThat(p.activities()).hasSize(8);
    assertThat(p.resources()).extracting(Resource::name).containsExactly("R1", "R2");
    assertThat(p.resources().get(0).capacityAt(100)).isEqualTo(4);
    assertThat(p.activities().get(0).successors()).containsExactly(1, 2, 3);
    assertThat(p.activities().get(2).modes().get(0)).isEqualTo(new Mode(4, new int[] {3, 0}));
    assertThat(p.activities().get(7).successors()).isEmpty();
    assertThat(Bounds.criticalPath(p)).isEqualTo(8);
  }

  @Test
  void truncatedFile() throws IOException {
    final String t = tiny();
    final InputProblem p = problemOf(t.substring(0, t.indexOf("RESOURCEAVAILABILITIES")));
    assertThat(p.message()).contains("RESOURCEAVAILABILITIES").contains("truncated");
    assertThat(p.field()).isEqualTo("availabilities");
  }

  @Test
  void truncatedInsideRows() throws IOException {
    final String t = tiny();
    final InputProblem p = problemOf(t.substring(0, t.indexOf("   6        1          1")));
    assertThat(p.message()).contains("truncated");
    assertThat(p.field()).isEqualTo("precedence[6]");
  }

  @Test
  void wrongSuccessorCount() throws IOException {
    final InputProblem p =
        problemOf(
            tiny()
                .replace(
                    "   3        1          2           6   7",
                    "   3        1          3           6   7"));
    assertThat(p.message()).isEqualTo("declares 3 successors but lists 2");
    assertThat(p.line()).isEqualTo(21);
    assertThat(p.column()).isEqualTo(24);
    assertThat(p.field()).isEqualTo("precedence[3].successors");
  }

  @Test
  void wrongJobCount() throws IOException {
    final InputProblem p = problemOf(tiny().replace("):  8", "):  9"));
    assertThat(p.field()).isEqualTo("precedence[9]");
    assertThat(p.message()).contains("expected another row");
    assertThat(p.line()).isEqualTo(27);
  }

  @Test
  void notANumber() throws IOException {
    final InputProblem p =
        problemOf(tiny().replace("  4      1     2       1    2", "  4      1     2       x    2"));
    assertThat(p.message()).isEqualTo("expected an integer, found 'x'");
    assertThat(p.field()).isEqualTo("requests[4].R1");
    assertThat(p.line()).isEqualTo(34);
    assertThat(p.column()).isEqualTo(24);
  }

  @Test
  void negativeDuration() throws IOException {
    final InputProblem p =
        problemOf(tiny().replace("  5      1     5       2    2", "  5      1    -5       2    2"));
    assertThat(p.message()).isEqualTo("duration must be >= 0, was -5");
    assertThat(p.field()).isEqualTo("requests[5].duration");
    assertThat(p.line()).isEqualTo(35);
    assertThat(p.column()).isEqualTo(15);
  }

  @Test
  void demandAboveCapacity() throws IOException {
    final InputProblem p =
        problemOf(tiny().replace("  7      1     3       1    3", "  7      1     3       1    5"));
    assertThat(p.message()).isEqualTo("job 7 mode 1 demands 5 units of R2 but only 3 exist");
    assertThat(p.field()).isEqualTo("requests[7].R2");
    assertThat(p.line()).isEqualTo(37);
    assertThat(p.column()).isEqualTo(29);
  }

  @Test
  void unknownSuccessor() throws IOException {
    final InputProblem p =
        problemOf(
            tiny()
                .replace(
                    "   4        1          1           7",
                    "   4        1          1          12"));
    assertThat(p.message()).isEqualTo("unknown successor 12 (jobs are 1..8)");
    assertThat(p.field()).isEqualTo("precedence[4].successors");
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.column()).isEqualTo(35);
  }

  @Test
  void precedenceCycle() throws IOException {
    final InputProblem p =
        problemOf(
            tiny()
                .replace(
                    "   7        1          1           8",
                    "   7        1          1           3"));
    assertThat(p.message()).isEqualTo("precedence cycle: job 3 is reached again from job 7");
    assertThat(p.field()).isEqualTo("precedence[7].successors");
    assertThat(p.line()).isEqualTo(25);
    assertThat(p.column()).isEqualTo(36);
  }

  @Test
  void jobNumberOutOfOrder() throws IOException {
    final InputProblem p =
        problemOf(tiny().replace("  6      1     2       4    0", "  9      1     2       4    0"));
    assertThat(p.message()).isEqualTo("expected job 6, found 9");
    assertThat(p.field()).isEqualTo("requests[6].jobnr");
    assertThat(p.line()).isEqualTo(36);
    assertThat(p.column()).isEqualTo(3);
  }

  @Test
  void wrongCapacityCount() throws IOException {
    final InputProblem p = problemOf(tiny().replace("    4    3\n", "    4\n"));
    assertThat(p.message()).isEqualTo("expected 2 capacities, found 1");
    assertThat(p.line()).isEqualTo(42);
  }

  @Test
  void formatLocatesTheProblem() throws IOException {
    final InputProblem p =
        problemOf(tiny().replace("  5      1     5       2    2", "  5      1    -5       2    2"));
    assertThat(p.format())
        .isEqualTo("t.sm:35:15: requests[5].duration: duration must be >= 0, was -5");
  }
}
