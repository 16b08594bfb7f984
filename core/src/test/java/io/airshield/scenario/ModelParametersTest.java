package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.domain.ModelParameter;
import io.airshield.domain.ModelParameters;
import io.airshield.domain.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The model's parameter set: its table in docs/models.md matches the code, every default lies in
 * its plausible range and its legal values, and a scenario's {@code constants} section overrides
 * them with located errors for unknown names, values outside the legal range and repeats.
 */
class ModelParametersTest {

  @Test
  void everyDefaultLiesInItsRangeAndLegalValues() {
    for (ModelParameter p : ModelParameter.values()) {
      assertThat(p.low()).as(p.key()).isLessThanOrEqualTo(p.defaultValue());
      assertThat(p.high()).as(p.key()).isGreaterThanOrEqualTo(p.defaultValue());
      assertThat(p.legalMin()).as(p.key()).isLessThanOrEqualTo(p.low());
      assertThat(p.legalMax()).as(p.key()).isGreaterThanOrEqualTo(p.high());
      assertThat(p.source()).as(p.key()).isNotBlank();
      assertThat(ModelParameter.byKey(p.key())).contains(p);
    }
  }

  @Test
  void docsTableListsEveryParameterWithItsDefaultAndRange() throws IOException {
    final List<String> rows =
        Files.readAllLines(Path.of("..", "docs", "models.md")).stream()
            .filter(l -> l.startsWith("| `"))
            .toList();
    assertThat(rows).hasSize(ModelParameter.values().length);
    for (ModelParameter p : ModelParameter.values()) {
      final String row = rows.get(p.ordinal());
      final String[] cells = row.split("\\|");
      assertThat(cells[1].trim()).isEqualTo("`" + p.key() + "`");
      assertThat(number(cells[2])).as(p.key()).isEqualTo(p.defaultValue());
      if (p.ranged()) {
        assertThat(number(cells[3])).as(p.key()).isEqualTo(p.low());
        assertThat(number(cells[4])).as(p.key()).isEqualTo(p.high());
      } else {
        assertThat(cells[3].trim() + cells[4].trim()).as(p.key()).isEmpty();
      }
      assertThat(cells[5].trim()).as(p.key()).isEqualTo(p.unit());
    }
  }

  private static double number(final String cell) {
    return Double.parseDouble(cell.trim().replace(",", "").toLowerCase(Locale.ROOT));
  }

  @Test
  void theEmbeddedScenariosRunAtTheDefaults() {
    for (String name : EmbeddedScenarios.names()) {
      assertThat(EmbeddedScenarios.load(name).parameters()).isEqualTo(ModelParameters.defaults());
    }
  }

  @Test
  void constantsSectionOverridesAParameter() throws IOException {
    final Scenario s =
        read(
            "constants:\n"
                + "  - {name: aaFireDuty, value: 0.65}\n"
                + "  - {name: gciErrorNoGciKm, value: 15}\n");
    assertThat(s.parameters().get(ModelParameter.AA_FIRE_DUTY)).isEqualTo(0.65);
    assertThat(s.parameters().si(ModelParameter.GCI_NONE)).isEqualTo(15_000);
    assertThat(s.parameters().overrides()).hasSize(2);
  }

  @Test
  void unknownNameIsLocatedWithAHint() {
    assertThatThrownBy(() -> read("constants:\n  - {name: aaFireDutty, value: 0.5}\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e -> {
              final InputProblem p = ((InputException) e).problems().get(0);
              assertThat(p.field()).isEqualTo("constants[0].name");
              assertThat(p.message()).contains("unknown model constant \"aaFireDutty\"");
              assertThat(p.hint()).contains("Maybe aaFireDuty?");
              assertThat(p.line()).isGreaterThan(190);
            });
  }

  @Test
  void valueOutsideTheLegalRangeIsLocated() {
    assertThatThrownBy(() -> read("constants:\n  - {name: lightPickup, value: 1.5}\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e -> {
              final InputProblem p = ((InputException) e).problems().get(0);
              assertThat(p.field()).isEqualTo("constants[0].value");
              assertThat(p.message()).contains("out of range");
            });
  }

  @Test
  void aRepeatedNameAndInvertedDelaysAreRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "constants:\n"
                        + "  - {name: daDelayMinH, value: 50}\n"
                        + "  - {name: daDelayMinH, value: 20}\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e -> {
              final List<InputProblem> ps = ((InputException) e).problems();
              assertThat(ps).anyMatch(p -> p.message().contains("is set twice"));
              assertThat(ps).anyMatch(p -> p.message().contains("exceeds daDelayMaxH"));
            });
  }

  private static Scenario read(final String constants) throws IOException {
    final String small;
    try (InputStream in = ModelParametersTest.class.getResourceAsStream("small.yaml")) {
      small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    final String base = small.substring(0, small.indexOf("constants:"));
    return ScenarioReader.read("small.yaml", (base + constants).getBytes(StandardCharsets.UTF_8));
  }
}
