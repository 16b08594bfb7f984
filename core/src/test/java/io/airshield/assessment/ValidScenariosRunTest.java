package io.airshield.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.AircraftType;
import io.airshield.domain.Mission;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.domain.Weather;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.Fields;
import io.airshield.scenario.InputException;
import io.airshield.scenario.ScenarioReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scenario that the reader accepts never crashes the engine (issue 18): a seeded generator writes
 * scenarios that are valid by the format's rules (every list at the smallest size the format allows
 * or larger, every number anywhere in its range and often at an end of it, every optional field
 * present or not), the reader must accept each, and one replication of its one day then runs
 * through {@link MonteCarlo} and {@link Assessor} with both allocators without an exception.
 *
 * <p>A failure names the seed; {@code scenario(seed)} rebuilds the file to look at.
 */
class ValidScenariosRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aValidScenarioRunsForADay(final long seed) throws Exception {
    final byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(scenario(seed));
    final Scenario s;
    try {
      s = ScenarioReader.read("generated-" + seed + ".json", bytes);
    } catch (InputException e) {
      throw new AssertionError(
          "the generator wrote a scenario the reader refuses: "
              + e.getMessage()
              + "\n"
              + new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
          e);
    }
    assertThat(s.end()).isEqualTo(s.start());
    assertThatCode(
            () -> {
              final Theatre th = new Theatre(s);
              for (boolean wta : new boolean[] {false, true}) {
                final MonteCarlo.Result r =
                    MonteCarlo.run(
                        th,
                        wta ? WtaAllocator::new : GreedyAllocator::new,
                        MonteCarlo.Options.fixed(seed, 1, 1),
                        null,
                        null,
                        null);
                Assessor.assess(th, r, seed);
              }
            })
        .as("scenario of seed %d", seed)
        .doesNotThrowAnyException();
  }

  // ------------------------------------------------------------------------- the generator

  /** A valid scenario of one day, drawn from the seed. */
  static ObjectNode scenario(final long seed) {
    return new Gen(new SplittableRandom(seed)).scenario();
  }

  /** Draws the parts of one scenario; each list at its minimum size or a little more. */
  private static final class Gen {
    private final SplittableRandom r;
    private final List<String> places = new ArrayList<>();
    private final List<String> airfields = new ArrayList<>();
    private final List<String> entries = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> posts = new ArrayList<>();
    private final List<String> guns = new ArrayList<>();
    private double[] box;

    Gen(final SplittableRandom r) {
      this.r = r;
    }

    ObjectNode scenario() {
      final ObjectNode s = F.objectNode();
      if (r.nextBoolean()) {
        s.put("format", ScenarioReader.FORMAT);
      }
      s.put("id", "gen");
      final LocalDate day = LocalDate.of(1951, 1, 1).plusDays(r.nextInt(365));
      final ObjectNode period = s.putObject("period");
      period.put("start", day.toString());
      period.put("end", day.toString());
      if (r.nextBoolean()) {
        period.put("utcOffsetHours", num(-12, 14));
      }
      // a theatre anywhere, polar and tiny ones included
      final double lat0 = num(-90, 89.9);
      final double lon0 = num(-180, 179.9);
      box =
          new double[] {
            lat0,
            lon0,
            num(Math.nextUp(lat0), Math.min(90, lat0 + 20)),
            num(Math.nextUp(lon0), Math.min(180, lon0 + 20))
          };
      final ObjectNode th = s.putObject("theatre");
      th.put("minLat", box[0]);
      th.put("minLon", box[1]);
      th.put("maxLat", box[2]);
      th.put("maxLon", box[3]);
      s.putArray("sources").addObject().put("tag", "T").put("text", "generated");
      final ArrayNode pl = s.putArray("places");
      final int nPlaces = 1 + r.nextInt(6);
      for (int i = 0; i < nPlaces; i++) {
        final Place.Kind kind = pick(Place.Kind.values());
        final String id = "p" + i;
        final ObjectNode p = pl.addObject().put("id", id).put("kind", Fields.fileName(kind));
        latLon(p);
        places.add(id);
        if (kind == Place.Kind.AIRFIELD) {
          airfields.add(id);
        }
        if (kind == Place.Kind.AIRFIELD || kind == Place.Kind.ENTRY) {
          entries.add(id);
        }
      }
      final ArrayNode rl = s.putArray("railLines");
      for (int i = 0; places.size() >= 1 && i < r.nextInt(3); i++) {
        final ArrayNode nodes = rl.addObject().put("id", "l" + i).putArray("nodes");
        for (int k = 0; k < 2 + r.nextInt(3); k++) {
          nodes.add(pick(places));
        }
        ((ObjectNode) rl.get(i)).put("capacityTonsPerDay", num(0, 1e6));
        lines.add("l" + i);
      }
      final ArrayNode tg = s.putArray("targets");
      for (int i = 0; i < r.nextInt(5); i++) {
        final Target.Kind kind = pick(Target.Kind.values());
        if ((kind == Target.Kind.TRACK || kind == Target.Kind.BRIDGE) && lines.isEmpty()) {
          continue;
        }
        final ObjectNode t = tg.addObject().put("id", "t" + i).put("kind", Fields.fileName(kind));
        if (!places.isEmpty() && r.nextBoolean()) {
          t.put("place", pick(places));
        } else {
          latLon(t);
        }
        if (!lines.isEmpty()
            && kind != Target.Kind.CITY
            && (kind == Target.Kind.TRACK || kind == Target.Kind.BRIDGE || r.nextBoolean())) {
          t.put("line", pick(lines));
        }
        if (kind == Target.Kind.CITY) {
          t.put("value", num(0.001, 1e9))
              .put("radiusKm", num(0.1, 100))
              .put("hitAreaKm2", num(1e-6, 100));
        }
        if (r.nextBoolean()) {
          t.put("hitsToClose", integer(1, 1000));
        }
        t.put("repairHoursPerHit", num(0, 24 * 365));
        targets.add("t" + i);
      }
      final ArrayNode wx = s.putArray("weather");
      for (int i = 0; i < r.nextInt(3); i++) {
        final ObjectNode w = wx.addObject().put("id", "w" + i);
        latLon(w);
        final ArrayNode months = w.putArray("months");
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
          final int clear = integer(0, 100);
          final int marginal = integer(0, 100 - clear);
          months
              .addObject()
              .put("month", integer(1, 12))
              .put("clearPct", clear)
              .put("marginalPct", marginal)
              .put("adversePct", 100 - clear - marginal)
              .put("persistencePct", num(0, 100));
        }
      }
      final ArrayNode at = s.putArray("aircraftTypes");
      for (int i = 0; i < r.nextInt(4); i++) {
        final ObjectNode a =
            at.addObject()
                .put("id", "a" + i)
                .put("maxSpeedKmh", num(50, 4000))
                .put("cruiseSpeedKmh", num(50, 4000))
                .put("climbRateMps", num(0.5, 400))
                .put("ceilingM", num(100, 30_000))
                .put("combatRadiusKm", num(10, 20_000));
        if (r.nextBoolean()) {
          a.put("night", Fields.fileName(pick(AircraftType.NightCapability.values())));
          a.put("weather", Fields.fileName(pick(Weather.values())));
          a.put("combatRating", num(0, 10));
          a.put("defensiveFirePct", num(0, 100));
        }
        types.add("a" + i);
      }
      final ArrayNode cp = s.putArray("commandPosts");
      for (int i = 0; i < r.nextInt(3); i++) {
        final ObjectNode c = cp.addObject().put("id", "c" + i);
        placeOrLatLon(c, "place");
        c.put("maxIntercepts", integer(0, 1000));
        posts.add("c" + i);
      }
      final ArrayNode rd = s.putArray("radars");
      for (int i = 0; !posts.isEmpty() && i < r.nextInt(3); i++) {
        final ObjectNode d = rd.addObject().put("id", "r" + i);
        placeOrLatLon(d, "place");
        d.put("commandPost", pick(posts))
            .put("antennaHeightM", num(0, 5000))
            .put("rangeKm", num(1, 2000))
            .put("scanS", num(0.5, 600))
            .put("detectPerScanPct", num(0, 100))
            .put("reportDelayMin", num(0, 120));
      }
      final ArrayNode fu = s.putArray("fighterUnits");
      for (int i = 0;
          !airfields.isEmpty() && !types.isEmpty() && !posts.isEmpty() && i < r.nextInt(3);
          i++) {
        final ObjectNode u =
            fu.addObject()
                .put("id", "u" + i)
                .put("base", pick(airfields))
                .put("type", pick(types))
                .put("commandPost", pick(posts))
                .put("aircraft", integer(0, 200))
                .put("pilots", integer(0, 200))
                .put("serviceabilityPct", num(0, 100))
                .put("proficiency", num(0, 1))
                .put("scrambleMin", num(0, 240))
                .put("turnaroundMin", num(0, 24 * 60))
                .put("sortiesPerPilotPerDay", integer(0, 20));
        if (r.nextBoolean()) {
          u.put("flightSize", integer(1, 100)).put("nightTrained", r.nextBoolean());
        }
        if (r.nextBoolean()) {
          u.putObject("patrol").put("place", pick(places)).put("flights", integer(1, 100));
        }
      }
      final ArrayNode gt = s.putArray("gunTypes");
      for (int i = 0; i < r.nextInt(3); i++) {
        gt.addObject()
            .put("id", "g" + i)
            .put("maxAltitudeM", num(100, 20_000))
            .put("radiusKm", num(0.1, 50))
            .put("roundsPerMinute", num(0.1, 10_000))
            .put("roundsPerKill", num(1, 1e7));
        guns.add("g" + i);
      }
      final ArrayNode aa = s.putArray("aaUnits");
      for (int i = 0; !places.isEmpty() && i < r.nextInt(3); i++) {
        final ObjectNode u = aa.addObject().put("id", "aa" + i).put("place", pick(places));
        final ArrayNode b = u.putArray("guns");
        for (int k = 0; !guns.isEmpty() && k < r.nextInt(3); k++) {
          b.addObject().put("type", pick(guns)).put("count", integer(0, 500));
        }
        if (r.nextBoolean()) {
          u.put("searchlights", integer(0, 100)).put("gunLayingRadar", r.nextBoolean());
        }
      }
      s.putObject("repair").put("crews", integer(0, 100));
      final ArrayNode ms = s.putArray("missions");
      for (int i = 0;
          !entries.isEmpty() && !types.isEmpty() && !targets.isEmpty() && i < r.nextInt(4);
          i++) {
        final ObjectNode m =
            ms.addObject()
                .put("id", "m" + i)
                .put("kind", Fields.fileName(pick(Mission.Kind.values())))
                .put("type", pick(types))
                .put("sortiesPerDay", num(0, 300))
                .put("packageSize", integer(1, 50))
                .put("cruiseAltitudeM", num(0, 20_000))
                .put("attackAltitudeM", num(0, 20_000))
                .put("hitPct", num(0, 100));
        if (r.nextBoolean()) {
          m.put("escortType", pick(types)).put("escortsPerPackage", integer(0, 50));
        }
        if (r.nextBoolean()) {
          m.put("light", Fields.fileName(pick(Mission.LightWindow.values())))
              .put("worstWeather", Fields.fileName(pick(Weather.values())))
              .put("attackS", num(0, 7200));
        }
        final ArrayNode e = m.putArray("entries");
        for (int k = 0; k < 1 + r.nextInt(2); k++) {
          e.add(pick(entries));
        }
        final ArrayNode t = m.putArray("targets");
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
          final ObjectNode aim = t.addObject().put("target", pick(targets));
          if (r.nextBoolean()) {
            aim.put("weight", num(0, 1e6));
          }
        }
        if (r.nextBoolean()) {
          m.putObject("adaptation")
              .put("lossThresholdPct", num(0, 100))
              .put("windowDays", integer(1, 365))
              .put("nightHitFactor", num(0, 1));
        }
      }
      return s;
    }

    private void placeOrLatLon(final ObjectNode o, final String key) {
      if (!places.isEmpty() && r.nextBoolean()) {
        o.put(key, pick(places));
      } else {
        latLon(o);
      }
    }

    private void latLon(final ObjectNode o) {
      o.put("lat", num(box[0], box[2]));
      o.put("lon", num(box[1], box[3]));
    }

    /** A number in [lo, hi]: an end of the range a quarter of the time each. */
    private double num(final double lo, final double hi) {
      final int k = r.nextInt(4);
      return k == 0 ? lo : k == 1 ? hi : lo + r.nextDouble() * (hi - lo);
    }

    private int integer(final int lo, final int hi) {
      final int k = r.nextInt(4);
      return k == 0 ? lo : k == 1 ? hi : lo + r.nextInt(hi - lo + 1);
    }

    private <T> T pick(final List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    private <T> T pick(final T[] values) {
      return values[r.nextInt(values.length)];
    }
  }
}
