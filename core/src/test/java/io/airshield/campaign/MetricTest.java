package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scalar figures carry their names: the names are unique, found again by name, in slot order,
 * and the outcome vector begins with them (the golden file checks the names byte for byte).
 */
class MetricTest {
  @Test
  void eachFigureCarriesAUniqueNameAUnitAndItsSlot() {
    final List<Metric> all = Metric.all();
    assertThat(all.stream().map(Metric::key).distinct().count()).isEqualTo(all.size());
    for (Metric m : all) {
      assertThat(m.slot()).isEqualTo(all.indexOf(m));
      assertThat(Metric.byKey(m.key())).isSameAs(m);
      assertThat(m.key()).matches("[a-z][A-Za-z]*");
      assertThat(m.unit()).isNotBlank();
      assertThat(m.description()).endsWith(".");
    }
    assertThat(Metric.byKey("noSuchFigure")).isNull();
    assertThat(Metrics.scalarNames())
        .containsExactlyElementsOf(all.stream().map(Metric::key).toList());
  }

  @Test
  void theNamesOfTheFormerListKeepTheirSlots() {
    assertThat(Metric.SUPPLY_TONS_PER_DAY.slot()).isEqualTo(1);
    assertThat(Metric.CUTS_AIRFIELD.key()).isEqualTo("cutsAirfield");
    assertThat(Metric.CUTS_AIRFIELD.slot()).isEqualTo(34);
    assertThat(Metric.CUTS_JUNCTION.slot()).isEqualTo(35);
    assertThat(Metric.INTRUSIONS_REACHED.slot()).isEqualTo(48);
    assertThat(new Metrics(2, 3, 1, 4, 1).lineTons(0)).isEqualTo(Metric.all().size());
  }
}
