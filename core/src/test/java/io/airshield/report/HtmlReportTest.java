package io.airshield.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.EmbeddedScenarios;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The report page: parses, holds the map and every chart, and refers to nothing outside. */
class HtmlReportTest {
  static ReportData data;

  @BeforeAll
  static void run() {
    final Theatre th =
        new Theatre(
            EmbeddedScenarios.load("korea-1951-autumn")
                .withEnd(EmbeddedScenarios.load("korea-1951-autumn").start().plusDays(5)));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(7, 48, 2), null, null, null);
    final Assessment a = Assessor.assess(th, r, 7);
    data = ReportData.of(th, r, a);
  }

  @Test
  void pageParsesAndHoldsTheMapAndEveryChart(@TempDir final Path dir) throws Exception {
    final Path index = HtmlReport.write(data, dir, "");
    final byte[] bytes = Files.readAllBytes(index);
    assertThat(bytes.length).isLessThan(2_000_000);
    final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    final Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    final var xp = XPathFactory.newInstance().newXPath();
    assertThat((NodeList) xp.evaluate("//svg[@id='map']", doc, XPathConstants.NODESET))
        .extracting(NodeList::getLength)
        .isEqualTo(1);
    for (String layer :
        List.of("basemap", "rail", "radars", "aa", "routes", "airfields", "targets")) {
      assertThat(xp.evaluate("count(//g[@id='layer-" + layer + "'])", doc))
          .as(layer)
          .isEqualTo("1");
    }
    assertThat(xp.evaluate("count(//g[@id='legend'])", doc)).isEqualTo("1");
    assertThat(xp.evaluate("count(//g[@id='scalebar'])", doc)).isEqualTo("1");
    for (String chart :
        List.of(
            "chart-supply",
            "chart-daily-supply",
            "chart-daily-lines",
            "chart-line-daily",
            "chart-losses",
            "chart-intercept",
            "chart-sorties")) {
      assertThat(xp.evaluate("count(//svg[@id='" + chart + "'])", doc)).as(chart).isEqualTo("1");
    }
    // the rail lines carry their share of time open
    assertThat(xp.evaluate("count(//g[@class='rail'])", doc))
        .isEqualTo(Integer.toString(data.scenario().lines().size()));
    for (String csv : HtmlReport.csvFiles()) {
      assertThat(dir.resolve(csv)).exists();
      assertThat(xp.evaluate("count(//a[@href='" + csv + "'])", doc)).isEqualTo("1");
    }
  }

  @Test
  void pageRefersToNothingOutsideTheFolder() {
    final String html = HtmlReport.render(data, "");
    final List<String> refs = new ArrayList<>();
    final Matcher m = Pattern.compile("(?:href|src|url)\\s*[=(]\\s*\"?([^\")\\s]+)").matcher(html);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).matches("#[-\\w]+|[-\\w]+\\.csv"));
    assertThat(html).doesNotContain("<script", "<img", "<link", "@import", "@font-face");
    assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http:", "https:");
  }

  /** The text of every table cell of the page, for the checks on what a reader sees. */
  static List<String> cells(final String html) throws Exception {
    final Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    final NodeList n =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//td|//th", doc, XPathConstants.NODESET);
    final List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void tablesShowNumbersAndNamesForPeople() throws Exception {
    final String html = HtmlReport.render(data, "");
    final List<String> cells = cells(html);
    assertThat(cells).isNotEmpty();
    final Pattern exponent = Pattern.compile("\\d[eE][-+]?\\d");
    final Pattern negativeZero = Pattern.compile("(^|[^\\d.,])-0([.,]0*)?(?![.,]?\\d)");
    final var s = data.scenario();
    final List<String> ids = new ArrayList<>();
    s.targets().forEach(t -> ids.add(t.id()));
    s.fighterUnits().forEach(u -> ids.add(u.id()));
    s.lines().forEach(l -> ids.add(l.id()));
    data.assessment().figures().forEach(f -> ids.add(f.key()));
    // plain words ("attacks") may be both a key and English; ids with a hyphen, digit or a
    // capital inside ("iap-17", "supplyTons") are not
    ids.removeIf(id -> !id.matches(".*[-_0-9].*|.*[a-z][A-Z].*"));
    assertThat(ids).isNotEmpty();
    for (String c : cells) {
      assertThat(exponent.matcher(c).find()).as("exponent in %s", c).isFalse();
      assertThat(negativeZero.matcher(c).find()).as("negative zero in %s", c).isFalse();
      for (String id : ids) {
        // an id is a whole word of its own: "bridge-kaechon" or "iap-17" never reach a reader
        assertThat(c.matches("(?s).*(^|[^\\w-])" + Pattern.quote(id) + "($|[^\\w-]).*"))
            .as("id %s in cell %s", id, c)
            .isFalse();
      }
    }
  }

  /**
   * The daily series per line: one series per line in the chart, each named in its legend; a tidy
   * CSV row per line and day whose means add up, over the lines, to the network's daily mean.
   */
  @Test
  void dailySeriesPerLineIsDrawnAndWritten(@TempDir final Path dir) throws Exception {
    final Assessment a = data.assessment();
    final int lines = data.scenario().lines().size();
    final int days = a.daily().size();
    assertThat(a.dailyLines()).hasSize(lines * days);
    for (int d = 0; d < days; d++) {
      double sum = 0;
      for (int l = 0; l < lines; l++) {
        final Assessment.LineDayResult r = a.dailyLines().get(l * days + d);
        assertThat(r.day()).isEqualTo(d);
        assertThat(r.date()).isEqualTo(a.daily().get(d).date());
        assertThat(r.tons().low()).isLessThanOrEqualTo(r.tons().mean());
        assertThat(r.tons().high()).isGreaterThanOrEqualTo(r.tons().mean());
        sum += r.tons().mean();
      }
      assertThat(sum).isCloseTo(a.daily().get(d).supplyMean(), within(1e-6 * (1 + sum)));
    }
    final String chart =
        SvgCharts.all(data).stream()
            .filter(c -> c.contains("id=\"chart-line-daily\""))
            .findFirst()
            .orElseThrow();
    final Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8)));
    final var xp = XPathFactory.newInstance().newXPath();
    assertThat(xp.evaluate("count(//path[title])", svg)).isEqualTo(Integer.toString(lines));
    final NodeList texts = (NodeList) xp.evaluate("//text", svg, XPathConstants.NODESET);
    final List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    for (var line : data.scenario().lines()) {
      assertThat(labels).as("legend").containsOnlyOnce(line.name());
    }
    CsvReport.write(a, dir);
    final List<String> rows = Files.readAllLines(dir.resolve("daily_lines.csv"));
    assertThat(rows.get(0)).isEqualTo("line,day,mean,low,high");
    assertThat(rows).hasSize(1 + lines * days);
    assertThat(rows.get(1))
        .startsWith(
            "\"" + data.scenario().lines().get(0).id() + "\"," + a.daily().get(0).date() + ",");
  }

  @Test
  void keyPointsAndDailyTablesAreComplete() throws Exception {
    final Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    HtmlReport.render(data, "").getBytes(StandardCharsets.UTF_8)));
    final var xp = XPathFactory.newInstance().newXPath();
    assertThat(xp.evaluate("count(//table[@id='points']/tbody/tr)", doc))
        .isEqualTo(Integer.toString(data.assessment().keyPoints().size()));
    assertThat(xp.evaluate("count(//table[@id='daily']/tbody/tr)", doc))
        .isEqualTo(Integer.toString(data.assessment().daily().size()));
    // every cell of a reflowing table carries its column's heading for the phone layout
    assertThat(xp.evaluate("count(//table[@class='reflow']//td[not(@data-label)])", doc))
        .isEqualTo("0");
    assertThat(xp.evaluate("//table[@id='points']//td[1]/@data-label", doc)).isEqualTo("Key point");
  }

  @Test
  void sameDataGiveTheSameBytes() {
    assertThat(HtmlReport.render(data, "x").getBytes(StandardCharsets.UTF_8))
        .isEqualTo(HtmlReport.render(data, "x").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void histogramCoversEveryReplication() {
    long total = 0;
    for (long c : data.supply().counts()) {
      total += c;
    }
    assertThat(total).isEqualTo(data.assessment().replications());
    assertThat(data.supply().counts().length).isBetween(1, ReportData.SUPPLY_BINS + 1);
  }

  @Test
  void basemapIsSmallAndCoversTheTheatres() {
    assertThat(Basemap.bytes().length).isLessThan(300_000);
    assertThat(Basemap.get().coast()).isNotEmpty();
    assertThat(Basemap.get().borders()).isNotEmpty();
    for (double[][] line : Basemap.get().coast()) {
      for (double[] p : line) {
        assertThat(p[0]).isBetween(110.0, 140.0);
        assertThat(p[1]).isBetween(30.0, 50.0);
      }
    }
  }
}
