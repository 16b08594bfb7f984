package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.EmbeddedScenarios;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The map of issue 18: the weakest points marked and named, every place named, the fighters' radii
 * and patrols, a colour scale that tells the lines apart, a graticule. Labels that do not collide
 * are measured in the browser ({@code BrowserTest}); here the estimated boxes.
 */
class SvgMapTest {
  static ReportData data;
  static Document doc;
  static XPath xp;

  @BeforeAll
  static void run() throws Exception {
    final Scenario s = EmbeddedScenarios.load("korea-1951-autumn");
    final Theatre th = new Theatre(s.withEnd(s.start().plusDays(5)));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(7, 24, 2), null, null, null);
    final Assessment a = Assessor.assess(th, r, 7);
    data = ReportData.of(th, r, a);
    doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    SvgMap.render(data, Basemap.get()).getBytes(StandardCharsets.UTF_8)));
    xp = XPathFactory.newInstance().newXPath();
  }

  static List<String> texts(final String path) throws Exception {
    final NodeList n = (NodeList) xp.evaluate(path, doc, XPathConstants.NODESET);
    final List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void marksAndNamesTheWeakestPointsInOrder() throws Exception {
    final List<Assessment.WeakPoint> weak = data.assessment().weakest();
    assertThat(weak).isNotEmpty();
    assertThat(xp.evaluate("count(//g[@class='weak'])", doc))
        .isEqualTo(Integer.toString(weak.size()));
    final List<String> labels = texts("//g[@id='layer-labels']/*[contains(@class,'weak-lbl')]");
    for (int i = 0; i < weak.size(); i++) {
      assertThat(labels).contains((i + 1) + ". " + weak.get(i).name());
    }
  }

  @Test
  void namesEveryPlaceOrTheKeyPointOnIt() throws Exception {
    final String all = String.join("\n", texts("//g[@id='layer-labels']/*"));
    for (Place p : data.scenario().places()) {
      final boolean own = all.contains(p.name());
      final boolean viaTarget =
          data.scenario().targets().stream()
              .anyMatch(t -> t.placeId().equals(p.id()) && all.contains(t.name()));
      assertThat(own || viaTarget).as(p.name()).isTrue();
    }
    assertThat(texts("//*[contains(@class,'crowded')]")).as("labels with no free place").isEmpty();
  }

  @Test
  void drawsFighterRadiiPatrolsAndAGraticule() throws Exception {
    assertThat(Integer.parseInt(xp.evaluate("count(//g[@class='radius'])", doc))).isPositive();
    assertThat(texts("//g[@class='patrol']/title"))
        .anyMatch(t -> t.startsWith("Standing patrol over Anju"));
    assertThat(texts("//g[@id='layer-graticule']/*[local-name()='text']"))
        .contains("40°N", "125°E");
  }

  @Test
  void colourScaleSpansTheLinesSoTheyDiffer() {
    final double[] sc = SvgMap.lineScale(data.lineOpen());
    assertThat(sc[1] - sc[0]).isGreaterThanOrEqualTo(0.1 - 1e-12);
    assertThat(SvgMap.colour(sc[0], sc)).isEqualTo(SvgMap.RAMP[0]);
    assertThat(SvgMap.colour(sc[1], sc)).isEqualTo(SvgMap.RAMP[SvgMap.RAMP.length - 1]);
    assertThat(SvgMap.colour((sc[0] + sc[1]) / 2, sc)).isEqualTo(SvgMap.RAMP[2]);
  }
}
