package io.airshield.app.web;

import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Mission;
import io.airshield.domain.Place;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's map layers as plain JSON-ready maps for the web UI: positions resolved, one list per
 * layer, so the page draws without knowing the scenario format.
 */
final class Layers {
  private Layers() {}

  static Map<String, Object> of(final Scenario s) {
    final Map<String, Place> places = new HashMap<>();
    s.places().forEach(p -> places.put(p.id(), p));
    final Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("bounds", s.bounds());
    out.put("start", s.start().toString());
    out.put("days", s.days());
    final List<Object> lines = new ArrayList<>();
    for (RailLine l : s.lines()) {
      final List<double[]> coords = new ArrayList<>();
      l.nodes().forEach(n -> coords.add(ll(places.get(n))));
      lines.add(
          Map.of(
              "id",
              l.id(),
              "name",
              l.name(),
              "capacity",
              l.capacityTonsPerDay(),
              "coords",
              coords));
    }
    out.put("lines", lines);
    final List<Object> targets = new ArrayList<>();
    for (Target t : s.targets()) {
      targets.add(
          Map.of(
              "id",
              t.id(),
              "name",
              t.name(),
              "kind",
              kind(t.kind()),
              "lat",
              t.at().latDeg(),
              "lon",
              t.at().lonDeg(),
              "line",
              t.lineId()));
    }
    out.put("targets", targets);
    final List<Object> radars = new ArrayList<>();
    for (Radar r : s.radars()) {
      radars.add(
          Map.of(
              "id",
              r.id(),
              "name",
              r.name(),
              "lat",
              r.at().latDeg(),
              "lon",
              r.at().lonDeg(),
              "rangeM",
              r.rangeM()));
    }
    out.put("radars", radars);
    final Map<String, GunType> guns = new HashMap<>();
    s.gunTypes().forEach(g -> guns.put(g.id(), g));
    final List<Object> aa = new ArrayList<>();
    for (AaUnit a : s.aaUnits()) {
      double radius = 0;
      for (AaUnit.Battery b : a.guns()) {
        radius = Math.max(radius, guns.get(b.gunTypeId()).radiusM());
      }
      aa.add(
          Map.of(
              "id",
              a.id(),
              "name",
              a.name(),
              "lat",
              a.at().latDeg(),
              "lon",
              a.at().lonDeg(),
              "radiusM",
              radius,
              "guns",
              a.gunCount()));
    }
    out.put("aa", aa);
    final Map<String, List<String>> unitsAt = new LinkedHashMap<>();
    for (FighterUnit f : s.fighterUnits()) {
      unitsAt.computeIfAbsent(f.baseId(), k -> new ArrayList<>()).add(f.name());
    }
    final List<Object> airfields = new ArrayList<>();
    final List<Object> entries = new ArrayList<>();
    for (Place p : s.places()) {
      if (p.kind() == Place.Kind.AIRFIELD) {
        airfields.add(
            Map.of(
                "id",
                p.id(),
                "name",
                p.name(),
                "lat",
                p.at().latDeg(),
                "lon",
                p.at().lonDeg(),
                "units",
                unitsAt.getOrDefault(p.id(), List.of())));
      } else if (p.kind() == Place.Kind.ENTRY) {
        entries.add(
            Map.of("id", p.id(), "name", p.name(), "lat", p.at().latDeg(), "lon", p.at().lonDeg()));
      }
    }
    out.put("airfields", airfields);
    out.put("entries", entries);
    final Map<String, Target> tg = new HashMap<>();
    s.targets().forEach(t -> tg.put(t.id(), t));
    final Set<String> seen = new LinkedHashSet<>();
    final List<Object> routes = new ArrayList<>();
    for (Mission m : s.missions()) {
      for (String e : m.entries()) {
        for (Mission.Aim a : m.targets()) {
          if (seen.add(e + ">" + a.targetId())) {
            final Target t = tg.get(a.targetId());
            routes.add(List.of(ll(places.get(e)), new double[] {t.at().latDeg(), t.at().lonDeg()}));
          }
        }
      }
    }
    out.put("routes", routes);
    return out;
  }

  private static double[] ll(final Place p) {
    return new double[] {p.at().latDeg(), p.at().lonDeg()};
  }

  private static String kind(final Target.Kind k) {
    return k.name().toLowerCase(Locale.ROOT);
  }
}
