package io.airshield.reinforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceHtml;
import io.airshield.report.ReinforceReport;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: named plans evaluated beside the search, a selection that says when it cannot choose,
 * and a request that then asks for the plan the cable asked for.
 */
class Issue16Test {
  private final Scenario s = Fixtures.theatre();

  private static Reinforcer.Options options(final int cap) {
    return new Reinforcer.Options(7, 0.95, null, 10, cap, 2, 12, 200, 60);
  }

  @Test
  void aPoolWhosePlansAreEqualDeclinesToChooseAndAsksForThePlanAsked() {
    final Pool pool = Fixtures.pool("equal-pool.yaml", s);
    final Reinforcement r = Reinforcer.run(s, pool, options(40), GreedyAllocator::new, null);
    assertThat(r.decided()).isFalse();
    // every plan gave the outputs of every other: a lead of exactly 0 in every replication
    assertThat(r.best().gainVsOther().mean()).isZero();
    assertThat(r.best().gainVsOther().sd()).isZero();
    assertThat(r.askedSeparated()).isFalse();
    assertThat(r.recommended().label()).isEqualTo("Far field");
    final StringWriter text = new StringWriter();
    ReinforceReport.text(r, text);
    assertThat(text.toString())
        .contains("Selected: none. The run cannot tell the leading plans apart")
        .contains("it declines to choose");
    final String request = ReinforceReport.request(r, pool);
    assertThat(request)
        .contains("1 regiment at Far field")
        .contains("This is the stationing the cable asked for")
        .contains("The run cannot separate the two")
        .doesNotContain("The probability that it is the best");
    // the report page says the same and carries the named plans, each against the others
    final String html = ReinforceHtml.render(ReinforceData.of(s, pool, r, request), "");
    assertThat(html)
        .contains(
            "Selected: <b>none</b>", "<table id=\"named\">", "<th class=\"n\">vs forward</th>")
        .contains("<b>asked (asked)</b>");
  }

  @Test
  void aPlanThatIsClearlyBetterThanTheOneAskedForIsRecommended() {
    // the night regiment does better forward than far (DirectionTest); mark far as asked
    final String text =
        new String(Fixtures.bytes("night-pool.yaml"), StandardCharsets.UTF_8)
            + "compare:\n"
            + "  - {id: far, asked: true, place: [{unit: nf, station: far}]}\n"
            + "  - {id: none, place: []}\n";
    final Pool pool = PoolReader.read("n.yaml", text.getBytes(StandardCharsets.UTF_8), s);
    final Reinforcement r = Reinforcer.run(s, pool, options(200), GreedyAllocator::new, null);
    assertThat(r.decided()).isTrue();
    assertThat(r.best().label()).isEqualTo("Forward field");
    assertThat(r.askedSeparated()).isTrue();
    assertThat(r.bestVsAsked().low()).isGreaterThan(0);
    assertThat(r.recommended().key()).isEqualTo(r.best().key());
    assertThat(ReinforceReport.request(r, pool)).contains("1 regiment at Forward field");
  }

  @Test
  void theNamedPlansPairedIntervalsAreConsistent() {
    final String text =
        new String(Fixtures.bytes("night-pool.yaml"), StandardCharsets.UTF_8)
            + "compare:\n"
            + "  - {id: forward, place: [{unit: nf, station: forward}]}\n"
            + "  - {id: far, asked: true, place: [{unit: nf, station: far}]}\n"
            + "  - {id: none, place: []}\n";
    final Pool pool = PoolReader.read("n.yaml", text.getBytes(StandardCharsets.UTF_8), s);
    final Reinforcement r = Reinforcer.run(s, pool, options(60), GreedyAllocator::new, null);
    assertThat(r.named()).hasSize(3);
    final Reinforcement.NamedPlan fwd = r.named().get(0);
    final Reinforcement.NamedPlan far = r.named().get(1);
    final Reinforcement.NamedPlan none = r.named().get(2);
    // every named plan runs as long as the longest plan, on the same replications
    assertThat(fwd.replications()).isEqualTo(far.replications());
    assertThat(Double.isNaN(fwd.versus().get(0).mean())).isTrue();
    // a minus b is minus (b minus a), with the same half-width
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        if (a == b) {
          continue;
        }
        final Estimate ab = r.named().get(a).versus().get(b);
        final Estimate ba = r.named().get(b).versus().get(a);
        assertThat(ab.mean()).isCloseTo(-ba.mean(), within(1e-9));
        assertThat(ab.high() - ab.mean()).isCloseTo(ba.high() - ba.mean(), within(1e-9));
      }
    }
    // on common replications the difference of two gains over nothing is their paired difference
    assertThat(fwd.gainVsNothing().mean() - far.gainVsNothing().mean())
        .isCloseTo(fwd.versus().get(1).mean(), within(1e-9));
    // nothing is the baseline itself: no gain, and the others' gains are their differences to it
    assertThat(none.gainVsNothing().mean()).isZero();
    assertThat(none.gainVsNothing().sd()).isZero();
    assertThat(far.versus().get(2).mean()).isCloseTo(far.gainVsNothing().mean(), within(1e-9));
    // the named plans are ranked with the others; the baseline figure has its own replications
    assertThat(r.ranking().stream().map(Reinforcement.Ranked::key))
        .contains(fwd.key(), far.key(), none.key());
    assertThat(r.baseline().n()).isEqualTo(60);
  }
}
