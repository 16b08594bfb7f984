package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The Gantt chart of issue 18 on the embedded plan: phase names, each unit's ready date against its
 * deadline, without and with help on one axis, and the resource profile by name.
 */
class GanttChartTest {
  static FormationResult r;
  static String svg;
  static Document doc;
  static XPath xp;

  @BeforeAll
  static void run() throws Exception {
    final FormationPlan plan =
        PlanReader.read(
            "formation-1951.yaml", PlanReader.embeddedBytes("formation-1951").orElseThrow());
    r = new FormationPlanner(new DefaultScheduler(), new SolveOptions(300, 1)).plan(plan);
    svg = GanttChart.svg(r);
    doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    xp = XPathFactory.newInstance().newXPath();
  }

  @Test
  void drawsWithoutAndWithHelpOnePanelEach() throws Exception {
    assertThat(r.leastHelp().status()).isNotEqualTo(LeastHelp.Status.NOT_NEEDED);
    assertThat(xp.evaluate("count(//g[@class='panel'])", doc)).isEqualTo("2");
    assertThat(xp.evaluate("//g[@class='panel'][1]/@data-title", doc))
        .isEqualTo("Without outside help");
    assertThat(xp.evaluate("//g[@class='panel'][2]/@data-title", doc))
        .startsWith("With the least outside help");
    final int units = r.plan().units().size();
    assertThat(xp.evaluate("count(//g[@class='panel'][1]/g[@class='unit'])", doc))
        .isEqualTo(Integer.toString(units));
    assertThat(xp.evaluate("count(//g[@class='panel'][2]/g[@class='unit'])", doc))
        .isEqualTo(Integer.toString(units));
  }

  @Test
  void namesEveryPhaseAndGivesReadyAgainstDeadline() throws Exception {
    final DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    for (UnitOutcome u : r.withoutHelp().units()) {
      final String g = "//g[@class='panel'][1]/g[@data-unit='" + u.unitId() + "']";
      for (PhaseOutcome p : u.phases()) {
        assertThat(
                xp.evaluate("count(" + g + "/*[local-name()='text'][.='" + p.name() + "'])", doc))
            .as(p.name())
            .isEqualTo("1");
      }
      final String ready = xp.evaluate(g + "/*[contains(@class,'ready')]", doc);
      assertThat(ready)
          .contains("ready " + u.ready().format(day))
          .contains("deadline " + u.deadline().format(day))
          .contains(u.latenessDays() > 0 ? u.latenessDays() + " days late" : "to spare");
      assertThat(xp.evaluate("count(" + g + "/*[@class='deadline'])", doc)).isEqualTo("1");
    }
  }

  @Test
  void profileNamesEveryResourceNotItsId() throws Exception {
    assertThat(xp.evaluate("count(//g[@id='profile']/g[@class='resource'])", doc))
        .isEqualTo(Integer.toString(r.plan().resources().size()));
    for (PlanResource res : r.plan().resources()) {
      assertThat(xp.evaluate("count(//g[@data-name='" + res.name() + "'])", doc)).isEqualTo("1");
      if (res.id().matches(".*[-_0-9].*|.*[a-z][A-Z].*")) {
        // ids such as sovietJetDivisions are for files, never for a reader
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain(res.id());
      }
    }
    assertThat(svg).contains("viewBox=\"0 0 " + GanttChart.W + " ");
  }
}
