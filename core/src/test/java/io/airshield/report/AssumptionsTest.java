package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.domain.EstimateRange;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The "assumptions and sources" section lists every source, estimate and model constant. */
class AssumptionsTest {
  static Document parse(final Scenario s) throws Exception {
    final String page = "<div>" + Assumptions.html(s) + "</div>";
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void listsEveryReferenceEntryEstimateAndConstant() throws Exception {
    for (String id : new String[] {"korea-1951-autumn", "northeast-1952-spring"}) {
      final Scenario s = EmbeddedScenarios.load(id);
      final Document doc = parse(s);
      final XPath xp = XPathFactory.newInstance().newXPath();
      assertThat(xp.evaluate("count(//table[@id='references']/tbody/tr)", doc))
          .isEqualTo(Integer.toString(s.sources().size()));
      assertThat(xp.evaluate("count(//table[@id='entries']/tbody/tr)", doc))
          .isEqualTo(Integer.toString(Assumptions.entries(s).size()));
      assertThat(Assumptions.entries(s).size())
          .isGreaterThan(s.places().size() + s.fighterUnits().size() + s.aaUnits().size());
      assertThat(xp.evaluate("count(//table[@id='estimates']/tbody/tr[@data-field])", doc))
          .isEqualTo(Integer.toString(s.estimates().size()));
      for (EstimateRange e : s.estimates()) {
        final String row = "//table[@id='estimates']/tbody/tr[@data-field='" + e.field() + "']";
        assertThat(xp.evaluate(row + "/td[3]", doc)).isEqualTo(Num.of(e.low()));
        assertThat(xp.evaluate(row + "/td[4]", doc)).isEqualTo(Num.of(e.high()));
        assertThat(xp.evaluate(row + "/td[5]", doc)).isEqualTo(e.source());
      }
      assertThat(xp.evaluate("count(//table[@id='constants']/tbody/tr)", doc))
          .isEqualTo(Integer.toString(ModelParameter.values().length));
    }
  }

  @Test
  void constantsMatchTheTableOfModelsMd() throws Exception {
    // docs/models.md tabulates the parameter set; a parameter added here and not there fails this
    final Path md = Path.of("..", "docs", "models.md");
    final long rows = Files.readAllLines(md).stream().filter(l -> l.startsWith("| `")).count();
    assertThat(ModelParameter.values().length).isEqualTo((int) rows);
  }

  @Test
  void fieldPathsReadAsWords() {
    final Map<String, String> names =
        Map.of("g12mm-dshk", "12.7 mm DShK", "bridge-kaechon", "Kaechon bridge");
    assertThat(Assumptions.field("gunTypes.g12mm-dshk.roundsPerKill", names))
        .isEqualTo("Gun type 12.7 mm DShK: rounds per kill");
    assertThat(Assumptions.field("targets.bridge-kaechon.bypassPct", names))
        .isEqualTo("Target Kaechon bridge: bypass (%)");
    assertThat(Assumptions.field("repair.crews", names)).isEqualTo("Repair force: crews");
  }
}
