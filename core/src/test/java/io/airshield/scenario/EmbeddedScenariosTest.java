package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Mission;
import io.airshield.domain.Place;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.domain.WeatherRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmbeddedScenariosTest {
  private static final Pattern S_TAG = Pattern.compile("\\bS\\d+\\b");
  private static final Pattern LETTER_TAG = Pattern.compile("(?<![\\w-])([RE])(?![\\w-])");
  private static final Pattern CABLE_TAG = Pattern.compile("\\bcable-\\d\\b");

  static Stream<String> names() {
    return EmbeddedScenarios.names().stream();
  }

  @Test
  void defaultComesFirst() {
    assertThat(EmbeddedScenarios.names())
        .containsExactly("korea-1951-autumn", "northeast-1952-spring", "interior-1952");
    assertThat(EmbeddedScenarios.defaultName()).isEqualTo("korea-1951-autumn");
  }

  @ParameterizedTest
  @MethodSource("names")
  void loadsWithItsOwnIdAndADescription(final String name) {
    final Scenario s = EmbeddedScenarios.load(name);
    assertThat(s.id()).isEqualTo(name);
    assertThat(EmbeddedScenarios.description(name)).isNotBlank().doesNotContain("\n");
    assertThat(s.places()).isNotEmpty();
    assertThat(s.missions()).isNotEmpty();
    assertThat(s.fighterUnits()).isNotEmpty();
  }

  /** Every entity that carries numbers says where they come from. */
  @ParameterizedTest
  @MethodSource("names")
  void everyEntityHasASource(final String name) {
    final Map<String, String> sources = sourcesOf(EmbeddedScenarios.load(name));
    assertThat(sources).isNotEmpty();
    sources.forEach((entity, source) -> assertThat(source).as(entity).isNotBlank());
    sources.forEach(
        (entity, source) ->
            assertThat(
                    source.contains("estimate")
                        || S_TAG.matcher(source).find()
                        || LETTER_TAG.matcher(source).find()
                        || CABLE_TAG.matcher(source).find())
                .as(entity + " names a tag or says estimate: " + source)
                .isTrue());
  }

  /** Every tag an entity names is listed in the scenario's sources. */
  @ParameterizedTest
  @MethodSource("names")
  void everyTagUsedIsListed(final String name) {
    final Scenario s = EmbeddedScenarios.load(name);
    final List<String> missing = new ArrayList<>();
    sourcesOf(s)
        .forEach(
            (entity, source) -> {
              for (Pattern p : List.of(S_TAG, LETTER_TAG, CABLE_TAG)) {
                final Matcher m = p.matcher(source);
                while (m.find()) {
                  final String tag = m.group();
                  if (!s.sources().containsKey(tag)) {
                    missing.add(entity + ": " + tag);
                  }
                }
              }
            });
    assertThat(missing).isEmpty();
  }

  @Test
  void anjuIsALeverInTheDefault() {
    // the question of the first cable needs targets within the guns' reach of Anju
    final Scenario s = EmbeddedScenarios.load("korea-1951-autumn");
    final Place anju =
        s.places().stream().filter(p -> p.id().equals("anju")).findFirst().orElseThrow();
    // the reach of the shortest-ranged gun of the AA units that stand around a place
    final java.util.Set<String> pointGuns =
        s.aaUnits().stream()
            .filter(a -> !a.isAlongLine())
            .flatMap(a -> a.guns().stream())
            .map(io.airshield.domain.AaUnit.Battery::gunTypeId)
            .collect(java.util.stream.Collectors.toSet());
    final double reach =
        s.gunTypes().stream()
            .filter(g -> pointGuns.contains(g.id()))
            .mapToDouble(GunType::radiusM)
            .min()
            .orElseThrow();
    final long covered =
        s.targets().stream()
            .filter(t -> !t.lineId().isEmpty())
            .filter(
                t ->
                    distanceM(
                            anju.at().latDeg(),
                            anju.at().lonDeg(),
                            t.at().latDeg(),
                            t.at().lonDeg())
                        <= reach)
            .count();
    assertThat(covered).isGreaterThanOrEqualTo(2);
    final List<String> aimed =
        s.missions().stream()
            .flatMap(m -> m.targets().stream())
            .map(Mission.Aim::targetId)
            .toList();
    assertThat(aimed).contains("track-sinanju-anju");
  }

  @Test
  void unknownNameSuggestsTheNearest() {
    assertThatThrownBy(() -> EmbeddedScenarios.load("korea-1951-autum"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maybe korea-1951-autumn?");
    assertThatThrownBy(() -> EmbeddedScenarios.bytes("mars-2100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known are korea-1951-autumn, northeast-1952-spring, interior-1952");
    assertThat(EmbeddedScenarios.findDescription("mars-2100")).isEmpty();
    assertThat(EmbeddedScenarios.exists("northeast-1952-spring")).isTrue();
  }

  private static Map<String, String> sourcesOf(final Scenario s) {
    final Map<String, String> m = new LinkedHashMap<>();
    for (Place p : s.places()) {
      m.put("place " + p.id(), p.source());
    }
    for (RailLine l : s.lines()) {
      m.put("line " + l.id(), l.source());
    }
    for (Target t : s.targets()) {
      m.put("target " + t.id(), t.source());
    }
    for (WeatherRegion r : s.regions()) {
      m.put("weather " + r.id(), r.source());
    }
    for (AircraftType t : s.aircraftTypes()) {
      m.put("type " + t.id(), t.source());
    }
    for (CommandPost c : s.commandPosts()) {
      m.put("post " + c.id(), c.source());
    }
    for (Radar r : s.radars()) {
      m.put("radar " + r.id(), r.source());
    }
    for (FighterUnit u : s.fighterUnits()) {
      m.put("unit " + u.id(), u.source());
    }
    for (GunType g : s.gunTypes()) {
      m.put("gun " + g.id(), g.source());
    }
    for (AaUnit a : s.aaUnits()) {
      m.put("aa " + a.id(), a.source());
    }
    m.put("repair", s.repair().source());
    for (Mission mi : s.missions()) {
      m.put("mission " + mi.id(), mi.source());
    }
    return m;
  }

  private static double distanceM(
      final double lat1, final double lon1, final double lat2, final double lon2) {
    final double p1 = Math.toRadians(lat1);
    final double p2 = Math.toRadians(lat2);
    final double h =
        Math.pow(Math.sin((p2 - p1) / 2), 2)
            + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
  }
}
