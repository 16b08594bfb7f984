package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.domain.Scenario;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.PoolReader;
import io.airshield.reinforce.Reinforcement;
import io.airshield.reinforce.Reinforcer;
import io.airshield.scenario.ScenarioReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The reinforcement page, on the small test theatre of the reinforce tests with its AA pool (an AA
 * division of two regiments for two stations) and its night-fighter pool: it parses as XML, its
 * table carries the text report's numbers, its map marks the best plan's units at their stations,
 * and it holds the request when one was drafted.
 */
class ReinforceHtmlTest {
  static Scenario theatre;
  static Pool aaPool;
  static Reinforcement aa;
  static Pool nightPool;
  static Reinforcement night;

  @BeforeAll
  static void run() {
    theatre = ScenarioReader.read("theatre.yaml", bytes("theatre.yaml"));
    final Reinforcer.Options o = new Reinforcer.Options(7, 0.95, null, 5, 12, 1, 12, 200, 12);
    aaPool = PoolReader.read("aa-pool.yaml", bytes("aa-pool.yaml"), theatre);
    aa = Reinforcer.run(theatre, aaPool, o, GreedyAllocator::new, null);
    nightPool = PoolReader.read("night-pool.yaml", bytes("night-pool.yaml"), theatre);
    night = Reinforcer.run(theatre, nightPool, o, GreedyAllocator::new, null);
  }

  static byte[] bytes(final String name) {
    try (InputStream in =
        ReinforceHtmlTest.class.getResourceAsStream("/io/airshield/reinforce/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(final String html) throws Exception {
    final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static final XPath XP = XPathFactory.newInstance().newXPath();

  static String x(final String expr, final Document doc) throws Exception {
    return XP.evaluate(expr, doc);
  }

  @Test
  void pageIsWrittenAndParsesWithTheMapTheTableAndTheChart(@TempDir final Path dir)
      throws Exception {
    final Path index =
        ReinforceHtml.write(ReinforceData.of(theatre, aaPool, aa, null), dir.resolve("rep"), "");
    assertThat(index).isEqualTo(dir.resolve("rep").resolve("index.html"));
    final Document doc = parse(Files.readString(index));
    assertThat(x("count(//svg[@id='map'])", doc)).isEqualTo("1");
    for (String layer :
        List.of(
            "basemap", "rail", "radars", "aa", "routes", "airfields", "targets", "reinforcement")) {
      assertThat(x("count(//g[@id='layer-" + layer + "'])", doc)).as(layer).isEqualTo("1");
    }
    assertThat(x("//g[@id='legend']", doc)).contains("reinforcement (best plan)");
    assertThat(x("count(//svg[@id='chart-gain'])", doc)).isEqualTo("1");
    assertThat(x("count(//table[@id='plans']/tbody/tr)", doc))
        .isEqualTo(Integer.toString(aa.ranking().size()));
    assertThat(x("count(//svg[@id='chart-gain']//rect[@stroke='#000'])", doc))
        .isEqualTo(Integer.toString(aa.ranking().size()));
    assertThat(x("//div[@id='headline']", doc)).contains(aa.best().label());
    assertThat(x("count(//pre[@id='request'])", doc)).isEqualTo("0");
    assertThat(x("//table[@id='selection']", doc))
        .contains(Long.toString(aa.replications()), "Probability of correct selection");
  }

  /** Each row of the HTML table holds the estimates of the text table's line for that plan. */
  @Test
  void plansTableHasTheTextReportsNumbers() throws Exception {
    final StringWriter text = new StringWriter();
    ReinforceReport.text(aa, text);
    final Document doc =
        parse(ReinforceHtml.render(ReinforceData.of(theatre, aaPool, aa, null), ""));
    final Pattern est = Pattern.compile("[-+]?[\\d.]+ \\[[-+]?[\\d.]+, [-+]?[\\d.]+\\]");
    int rows = 0;
    for (String line : text.toString().split("\\R")) {
      final Matcher rank = Pattern.compile("^(\\d+)\\s").matcher(line);
      if (!rank.find()) {
        continue;
      }
      final Matcher m = est.matcher(line);
      final List<String> ests = new ArrayList<>();
      while (m.find()) {
        ests.add(m.group());
      }
      assertThat(ests).as(line).hasSize(3);
      final String[] tokens = line.trim().split("\\s+");
      final String row = "//table[@id='plans']/tbody/tr[td[1]='" + rank.group(1) + "']";
      assertThat(x(row + "/td[4]", doc)).as(line).isEqualTo(ests.get(0));
      assertThat(x(row + "/td[5]", doc)).as(line).isEqualTo(ests.get(1));
      assertThat(x(row + "/td[6]", doc)).as(line).isEqualTo(ests.get(2));
      assertThat(x(row + "/td[7]", doc)).as(line).isEqualTo(tokens[tokens.length - 1]);
      assertThat(line).contains(x(row + "/td[2]/b", doc));
      rows++;
    }
    assertThat(rows).isEqualTo(aa.ranking().size()).isGreaterThan(1);
    assertThat(x("//table[@id='selection']", doc)).contains(ReinforceReport.est(aa.baseline()));
  }

  /**
   * The rail lines: the table gives each line's share of time open without and with the selected
   * plan and the paired gain, the same numbers as the text report; the map colours the line by the
   * share with the plan; and an AA regiment at the line's bridge keeps it open longer.
   */
  @Test
  void linesTableAndMapShowEachLinesShareOfTimeOpenWithTheSelectedPlan() throws Exception {
    assertThat(aa.lineNames().keySet())
        .containsExactlyElementsOf(theatre.lines().stream().map(l -> l.id()).toList());
    final String id = theatre.lines().get(0).id();
    assertThat(aa.baselineLineOpen().get(id).mean()).isBetween(0.0, 1.0);
    assertThat(aa.bestLineOpen().get(id).mean()).isBetween(0.0, 1.0);
    assertThat(aa.bestLineOpenGains().get(id).low())
        .as("paired gain in the share of time open of the defended line")
        .isGreaterThan(0);
    final Document doc =
        parse(ReinforceHtml.render(ReinforceData.of(theatre, aaPool, aa, null), ""));
    final String row =
        "//table[@id='lines']/tbody/tr[td[1]='" + theatre.lines().get(0).name() + "']";
    assertThat(x(row + "/td[2]", doc))
        .isEqualTo(ReinforceReport.est(aa.baselineLineOpen().get(id).times(100)));
    assertThat(x(row + "/td[3]", doc))
        .isEqualTo(ReinforceReport.est(aa.bestLineOpen().get(id).times(100)));
    assertThat(x(row + "/td[4]", doc))
        .isEqualTo(ReinforceReport.estSigned(aa.bestLineOpenGains().get(id).times(100)));
    final StringWriter text = new StringWriter();
    ReinforceReport.text(aa, text);
    assertThat(text.toString())
        .contains(
            "Rail lines, % of time open",
            ReinforceReport.est(aa.bestLineOpen().get(id).times(100)),
            ReinforceReport.estSigned(aa.bestLineOpenGains().get(id).times(100)));
    // the map labels the line with its share of time open with the plan, as assess's map does
    assertThat(x("//g[@id='layer-rail']/g[@data-line='" + id + "']/title", doc))
        .endsWith(
            String.format(
                java.util.Locale.ROOT,
                ": open %.0f%% of the time",
                100 * aa.bestLineOpen().get(id).mean()));
  }

  @Test
  void mapMarksTheBestPlansAaRegimentsAtTheirStations() throws Exception {
    final ReinforceData d = ReinforceData.of(theatre, aaPool, aa, null);
    // the map is drawn from the scenario the best plan makes: the pool's regiments div-1, div-2
    assertThat(d.newUnits()).containsExactly("div-1", "div-2");
    assertThat(d.reinforced().aaUnits()).hasSize(theatre.aaUnits().size() + 2);
    final Document doc = parse(ReinforceHtml.render(d, ""));
    final List<String> ids = new ArrayList<>();
    for (var st : aa.best().stations()) {
      final String g =
          "//g[@class='reinforcement' and @data-place='"
              + st.placeId()
              + "' and @data-unit='"
              + st.unitId()
              + "']";
      assertThat(x("count(" + g + ")", doc)).as(st.toString()).isEqualTo("1");
      assertThat(x(g + "/@data-regiments", doc)).isEqualTo(Integer.toString(st.regiments()));
      final String placed = x(g + "/@data-ids", doc);
      assertThat(placed.split(" ")).hasSize(st.regiments());
      ids.addAll(List.of(placed.split(" ")));
      assertThat(x("//g[@id='layer-reinforcement']", doc))
          .contains(
              "+ AA division"
                  + (st.regiments() > 1 ? " x" + st.regiments() : "")
                  + " at "
                  + st.placeName());
    }
    assertThat(ids).containsExactlyInAnyOrder("div-1", "div-2");
    // each new AA unit has its zone drawn apart, and not again among the old zones
    for (String id : ids) {
      assertThat(
              x(
                  "count(//g[@id='layer-reinforcement']/g[@class='aa-new' and @data-unit='"
                      + id
                      + "'])",
                  doc))
          .isEqualTo("1");
    }
    assertThat(x("//g[@id='layer-aa']", doc)).doesNotContain("AA division");
  }

  @Test
  void mapDrawsANewFighterRegimentWithItsRadius() throws Exception {
    final ReinforceData d = ReinforceData.of(theatre, nightPool, night, null);
    assertThat(d.newUnits()).containsExactly("nf-1");
    final Document doc = parse(ReinforceHtml.render(d, ""));
    final var st = night.best().stations().get(0);
    assertThat(x("//g[@class='reinforcement']/@data-place", doc)).isEqualTo(st.placeId());
    assertThat(x("//g[@class='reinforcement']/@data-ids", doc)).isEqualTo("nf-1");
    assertThat(x("//g[@class='radius-new']/title", doc)).contains("combat radius 600 km");
    // the units box lists the new regiment under its airfield
    assertThat(x("//g[@id='units-box']", doc))
        .contains(st.placeName(), "+ Night regiment, regiment 1");
  }

  @Test
  void theRequestIsInThePageWhenDrafted() throws Exception {
    final String request = ReinforceReport.request(aa, aaPool);
    final String html = ReinforceHtml.render(ReinforceData.of(theatre, aaPool, aa, request), "");
    final Document doc = parse(html);
    assertThat(x("//h2[@id='request-h']", doc)).isEqualTo("The request");
    assertThat(x("//pre[@id='request']", doc)).isEqualTo(request.replace("\r\n", "\n"));
    assertThat(x("//pre[@id='request']", doc)).contains("2. The request.");
  }

  @Test
  void pageRefersToNothingOutsideAndIsTheSameEveryTime() {
    final ReinforceData d = ReinforceData.of(theatre, aaPool, aa, "To: x & <y>");
    final String html = ReinforceHtml.render(d, "airshield test");
    final List<String> refs = new ArrayList<>();
    final Matcher m = Pattern.compile("(?:href|src|url)\\s*[=(]\\s*\"?([^\")\\s]+)").matcher(html);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs).allSatisfy(r -> assertThat(r).matches("#[-\\w]+"));
    assertThat(html)
        .doesNotContain("<script", "<img", "<link", "@import", "@font-face")
        .contains("To: x &amp; &lt;y&gt;", "airshield test");
    assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http:", "https:");
    assertThat(html)
        .isEqualTo(
            ReinforceHtml.render(
                ReinforceData.of(theatre, aaPool, aa, "To: x & <y>"), "airshield test"));
  }

  @Test
  void aPlanKeyGivesThePlanBackOnlyForItsPool() {
    final Plan p = Plan.of(aa.best().key(), aaPool);
    assertThat(p.key()).isEqualTo(aa.best().key());
    assertThat(p.stations(aaPool, theatre)).isEqualTo(aa.best().stations());
    assertThatThrownBy(() -> Plan.of("1,1,0", aaPool))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 2");
    assertThatThrownBy(() -> Plan.of("1|1", aaPool))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 units");
    assertThatThrownBy(() -> Plan.of("x,1", aaPool)).isInstanceOf(IllegalArgumentException.class);
  }
}
