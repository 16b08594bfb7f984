package io.airshield.reinforce;

import io.airshield.campaign.Metrics;
import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import io.airshield.scenario.Fields;
import io.airshield.scenario.InputException;
import io.airshield.scenario.Node;
import io.airshield.scenario.Problems;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.SourceTree;
import io.airshield.scenario.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a reinforcement pool file against the scenario it reinforces, reporting every problem at
 * once with {@code file:line:column}, the field's path and a "Maybe ..." hint, like the scenario
 * reader: syntax, types, ranges, unknown fields, stations that are not places of the scenario (or
 * not airfields, for fighters), unknown aircraft types, gun types, command posts and figures, dates
 * outside the period, and limits that leave no feasible plan.
 */
public final class PoolReader {
  /** The format marker a pool file may carry in its {@code format} field. */
  public static final String FORMAT = "airshield-pool/1";

  private final Problems problems;
  private final Scenario scenario;
  private final Map<String, Place> places = new LinkedHashMap<>();

  private PoolReader(final String file, final Scenario scenario) {
    this.problems = new Problems(file);
    this.scenario = scenario;
    scenario.places().forEach(p -> places.put(p.id(), p));
  }

  /**
   * @param file the file name for messages
   * @param bytes the file's content
   * @param scenario the scenario the pool reinforces
   * @return the pool
   * @throws InputException listing every problem found
   */
  public static Pool read(final String file, final byte[] bytes, final Scenario scenario) {
    final Node root = SourceTree.parse(file, bytes, ReadLimits.DEFAULT);
    return new PoolReader(file, scenario).bind(root);
  }

  private Pool bind(final Node root) {
    final Fields f = Fields.root(root, problems);
    final String format = f.text("format", FORMAT);
    if (!format.equals(FORMAT)) {
      f.error("format", "unknown format \"" + format + "\"", "Maybe " + FORMAT + "?");
    }
    final String id = f.text("id");
    final String title = f.text("title", id);
    final String scen = f.text("scenario", "");
    if (!scen.isEmpty() && !scen.equals(scenario.id())) {
      f.error(
          "scenario",
          "the pool is written for scenario \"" + scen + "\", not \"" + scenario.id() + "\"",
          "Maybe give the pool of "
              + scenario.id()
              + ", or change this field if the pool fits it.");
    }
    final String source = f.text("source", "");
    final List<Pool.PoolUnit> units = new ArrayList<>();
    final Set<String> ids = new LinkedHashSet<>();
    for (Fields u : f.maps("units", true)) {
      final Pool.PoolUnit pu = unit(u);
      if (!ids.add(pu.id())) {
        u.error("id", "duplicate unit id \"" + pu.id() + "\"", "");
      }
      units.add(pu);
      u.end();
    }
    if (units.isEmpty() && f.isList("units")) {
      f.error("units", "a pool needs at least one unit", "");
    }
    final Pool.Limits limits =
        f.optMap("limits").map(this::limits).orElse(new Pool.Limits(1, Map.of()));
    final Pool.Objective objective = objective(f.map("objective"));
    final List<NamedRead> named = new ArrayList<>();
    final Set<String> namedIds = new LinkedHashSet<>();
    final List<Fields> compareItems = f.maps("compare", false);
    if (compareItems.size() > MAX_NAMED) {
      f.error(
          "compare",
          compareItems.size() + " named plans: at most " + MAX_NAMED + " are evaluated",
          "Maybe keep the choices actually on the table.");
    }
    for (Fields c : compareItems) {
      final NamedRead n = named(c, units);
      if (!n.id().isEmpty() && !namedIds.add(n.id())) {
        c.error("id", "duplicate named plan \"" + n.id() + "\"", "");
      }
      named.add(n);
      c.end();
    }
    if (named.stream().filter(NamedRead::asked).count() > 1) {
      f.error(
          "compare",
          "more than one named plan is marked asked: true",
          "Maybe mark only the plan the cable asked for.");
    }
    final Pool.Request request =
        f.optMap("request")
            .map(
                r -> {
                  final Pool.Request q =
                      new Pool.Request(
                          r.text("from", ""), r.text("to", ""), r.text("reference", ""));
                  r.end();
                  return q;
                })
            .orElse(new Pool.Request("", "", ""));
    f.end();
    problems.throwIfAny();
    final List<Pool.Named> compare = new ArrayList<>();
    final Map<String, String> keys = new LinkedHashMap<>();
    for (NamedRead n : named) {
      compare.add(new Pool.Named(n.id(), n.name(), n.asked(), new Plan(n.counts()), n.source()));
    }
    final Pool pool = new Pool(id, title, scen, units, limits, objective, request, source, compare);
    for (int i = 0; i < named.size(); i++) {
      final NamedRead n = named.get(i);
      final Plan plan = compare.get(i).plan();
      if (!Plans.feasible(plan.counts(), pool, scenario)) {
        n.fields()
            .error(
                "place",
                "named plan \""
                    + n.id()
                    + "\" breaks the pool's limits (fighter regiments per field or an"
                    + " airfield's capacity, the scenario's units counted)",
                "Maybe raise limits.fighterRegimentsPerField or the field's"
                    + " limits.airfieldCapacity, or place fewer regiments there.");
      }
      final String other = keys.putIfAbsent(plan.key(), n.id());
      if (other != null) {
        n.fields()
            .error(
                "place",
                "named plan \"" + n.id() + "\" places the same regiments as \"" + other + "\"",
                "Maybe remove one of them.");
      }
    }
    problems.throwIfAny();
    if (Plans.count(pool, scenario) == 0) {
      f.error(
          "units",
          "no feasible plan: the limits leave no station for some regiment",
          "Maybe raise limits.fighterRegimentsPerField or an airfield's capacity, or add"
              + " stations.");
      problems.throwIfAny();
    }
    return pool;
  }

  private Pool.PoolUnit unit(final Fields u) {
    final String uid = u.text("id");
    final String name = u.text("name", uid);
    final Pool.Kind kind = u.choice("kind", Pool.Kind.class, null);
    final int regiments = u.integer("regiments", 1, 12, 1);
    final boolean split = u.bool("split", true);
    final int maxPer = u.integer("maxPerStation", 1, 12, regiments);
    // a regiments value that is out of range or not a number reads as 0 and is reported
    // already; comparing against that 0 would only add a second, misleading problem
    if (regiments >= 1 && maxPer > regiments && u.has("maxPerStation")) {
      u.error(
          "maxPerStation",
          "value "
              + maxPer
              + " exceeds the unit's "
              + regiments
              + (regiments == 1 ? " regiment" : " regiments")
              + (u.has("regiments") ? "" : " (regiments is not given, and 1 by default)"),
          "");
    }
    final List<String> stations = new ArrayList<>();
    for (Fields.Located s : u.texts("stations", true)) {
      final Place p = places.get(s.value());
      if (p == null) {
        problems.add(
            s.node(),
            s.path(),
            "unknown place \"" + s.value() + "\" in scenario " + scenario.id(),
            Fields.nearest(s.value(), places.keySet()).map(m -> "Maybe " + m + "?").orElse(""));
      } else if (kind == Pool.Kind.FIGHTER && p.kind() != Place.Kind.AIRFIELD) {
        problems.add(
            s.node(),
            s.path(),
            "place \""
                + s.value()
                + "\" is "
                + Fields.fileName(p.kind())
                + ": a fighter regiment needs an airfield",
            "Airfields: "
                + String.join(
                    ", ",
                    places.values().stream()
                        .filter(x -> x.kind() == Place.Kind.AIRFIELD)
                        .map(Place::id)
                        .toList()));
      } else if (p.kind() == Place.Kind.ENTRY) {
        problems.add(
            s.node(),
            s.path(),
            "place \""
                + s.value()
                + "\" is an entry point of"
                + " enemy raids, not a place to defend",
            "");
      } else if (stations.contains(s.value())) {
        problems.add(s.node(), s.path(), "station \"" + s.value() + "\" is listed twice", "");
      }
      stations.add(s.value());
    }
    if (stations.isEmpty() && u.isList("stations")) {
      u.error("stations", "a unit needs at least one candidate station", "");
    }
    final LocalDate from = u.date("from", scenario.start());
    if (from != null && (from.isBefore(scenario.start()) || from.isAfter(scenario.end()))) {
      u.error(
          "from",
          "date "
              + from
              + " lies outside the scenario's period "
              + scenario.start()
              + " to "
              + scenario.end(),
          "");
    }
    final String source = u.text("source", "");
    final boolean searched = u.bool("search", true);
    final List<AaUnit.Battery> guns = new ArrayList<>();
    int lights = 0;
    boolean radar = false;
    boolean along = false;
    FighterUnit template = null;
    if (kind == Pool.Kind.AA) {
      final Set<String> gunTypes =
          new LinkedHashSet<>(scenario.gunTypes().stream().map(GunType::id).toList());
      for (Fields b : u.maps("guns", true)) {
        final Fields.Located t = b.ref("type", true);
        if (!t.value().isEmpty() && !gunTypes.contains(t.value())) {
          problems.add(
              t.node(),
              t.path(),
              "unknown gun type \"" + t.value() + "\"",
              Fields.nearest(t.value(), gunTypes)
                  .map(m -> "Maybe " + m + "?")
                  .orElse("Known: " + String.join(", ", gunTypes)));
        }
        guns.add(new AaUnit.Battery(t.value(), b.integer("count", 1, 10_000)));
        b.end();
      }
      lights = u.integer("searchlights", 0, 10_000, 0);
      radar = u.bool("gunLayingRadar", false);
      along = u.bool("along", false);
    } else {
      final Set<String> types =
          new LinkedHashSet<>(scenario.aircraftTypes().stream().map(AircraftType::id).toList());
      final Fields.Located t = u.ref("type", true);
      if (!t.value().isEmpty() && !types.contains(t.value())) {
        problems.add(
            t.node(),
            t.path(),
            "unknown aircraft type \"" + t.value() + "\"",
            Fields.nearest(t.value(), types)
                .map(m -> "Maybe " + m + "?")
                .orElse("Known: " + String.join(", ", types)));
      }
      final Set<String> posts =
          new LinkedHashSet<>(scenario.commandPosts().stream().map(CommandPost::id).toList());
      final Fields.Located cp = u.ref("commandPost", true);
      if (!cp.value().isEmpty() && !posts.contains(cp.value())) {
        problems.add(
            cp.node(),
            cp.path(),
            "unknown command post \"" + cp.value() + "\"",
            Fields.nearest(cp.value(), posts)
                .map(m -> "Maybe " + m + "?")
                .orElse("Known: " + String.join(", ", posts)));
      }
      template =
          new FighterUnit(
              uid,
              name,
              "",
              t.value(),
              cp.value(),
              u.integer("aircraft", 1, 10_000),
              u.integer("pilots", 1, 10_000),
              u.num("serviceabilityPct", Unit.PERCENT, 0, 100),
              u.num("proficiency", Unit.NONE, 0, 1),
              u.bool("nightTrained", false),
              u.integer("flightSize", 1, 100, 4),
              u.num("scrambleMin", Unit.MIN, 0, 240),
              u.num("turnaroundMin", Unit.MIN, 0, 24 * 60),
              u.integer("sortiesPerPilotPerDay", 0, 20),
              from == null ? scenario.start() : from,
              source);
    }
    return new Pool.PoolUnit(
        uid,
        name,
        kind,
        regiments,
        split,
        Math.min(maxPer, regiments),
        stations,
        from == null ? scenario.start() : from,
        guns,
        lights,
        radar,
        template,
        source,
        searched,
        along);
  }

  /** Most named plans in a pool's {@code compare} list. */
  static final int MAX_NAMED = 20;

  /** A named plan as read, with its fields for locating problems found once the pool is built. */
  private record NamedRead(
      String id, String name, boolean asked, int[][] counts, String source, Fields fields) {}

  /**
   * Reads a named plan: {@code id}, {@code name}, {@code asked}, {@code source} and {@code place},
   * a list of {@code {unit, station, regiments}} (regiments 1 by default), each checked against the
   * pool's units: a known unit, one of its stations, no more regiments than it has nor more at a
   * station than it allows, and a unit that may not be split standing whole at one station.
   */
  private NamedRead named(final Fields c, final List<Pool.PoolUnit> units) {
    final String nid = c.text("id");
    final String name = c.text("name", nid);
    final boolean asked = c.bool("asked", false);
    final String source = c.text("source", "");
    final int[][] counts = new int[units.size()][];
    for (int u = 0; u < units.size(); u++) {
      counts[u] = new int[units.get(u).stations().size()];
    }
    final Map<String, Integer> unitIndex = new LinkedHashMap<>();
    for (int u = 0; u < units.size(); u++) {
      unitIndex.putIfAbsent(units.get(u).id(), u);
    }
    if (!c.has("place")) {
      c.error(
          "place",
          "a named plan needs a place list (empty for no reinforcement)",
          "Maybe place: [{unit: "
              + (units.isEmpty() ? "UNIT" : units.get(0).id())
              + ", station: STATION, regiments: 1}], or place: [] for none.");
    }
    for (Fields pl : c.maps("place", false)) {
      final Fields.Located un = pl.ref("unit", true);
      final Fields.Located st = pl.ref("station", true);
      final int regiments = pl.integer("regiments", 1, 12, 1);
      pl.end();
      final Integer u = unitIndex.get(un.value());
      if (u == null) {
        if (!un.value().isEmpty()) {
          problems.add(
              un.node(),
              un.path(),
              "unknown pool unit \"" + un.value() + "\"",
              Fields.nearest(un.value(), unitIndex.keySet())
                  .map(m -> "Maybe " + m + "?")
                  .orElse("Units: " + String.join(", ", unitIndex.keySet())));
        }
        continue;
      }
      final Pool.PoolUnit pu = units.get(u);
      final int s = pu.stations().indexOf(st.value());
      if (s < 0) {
        if (!st.value().isEmpty()) {
          problems.add(
              st.node(),
              st.path(),
              "\"" + st.value() + "\" is not a station of pool unit " + pu.id(),
              Fields.nearest(st.value(), pu.stations()).map(m -> "Maybe " + m + "? ").orElse("")
                  + "Its stations: "
                  + String.join(", ", pu.stations()));
        }
        continue;
      }
      if (counts[u][s] > 0) {
        problems.add(
            st.node(),
            st.path(),
            "unit " + pu.id() + " is placed at " + st.value() + " twice in this plan",
            "Maybe give one entry with regiments: " + (counts[u][s] + regiments) + ".");
        continue;
      }
      counts[u][s] = regiments;
      int total = 0;
      for (int v : counts[u]) {
        total += v;
      }
      if (total > pu.regiments()) {
        pl.error(
            "regiments",
            "the plan places "
                + total
                + " regiments of "
                + pu.id()
                + ", which has "
                + pu.regiments(),
            "");
      } else if (!pu.split() && regiments != pu.regiments()) {
        pl.error(
            "regiments",
            "unit " + pu.id() + " may not be split: it stands whole (" + pu.regiments() + ")",
            "Maybe regiments: " + pu.regiments() + ".");
      } else if (pu.split() && regiments > pu.maxPerStation()) {
        pl.error(
            "regiments",
            regiments
                + " regiments of "
                + pu.id()
                + " at one station: its maxPerStation is "
                + pu.maxPerStation(),
            "");
      }
    }
    return new NamedRead(nid, name, asked, counts, source, c);
  }

  private Pool.Limits limits(final Fields l) {
    final int perField = l.integer("fighterRegimentsPerField", 1, 12, 1);
    final Map<String, Integer> cap = new LinkedHashMap<>();
    for (Fields c : l.maps("airfieldCapacity", false)) {
      final Fields.Located p = c.ref("place", true);
      final Place pl = places.get(p.value());
      if (pl == null) {
        problems.add(
            p.node(),
            p.path(),
            "unknown place \"" + p.value() + "\"",
            Fields.nearest(p.value(), places.keySet()).map(m -> "Maybe " + m + "?").orElse(""));
      } else if (pl.kind() != Place.Kind.AIRFIELD) {
        problems.add(
            p.node(),
            p.path(),
            "place \"" + p.value() + "\" is " + Fields.fileName(pl.kind()) + ", not an airfield",
            "");
      }
      cap.put(p.value(), c.integer("aircraft", 0, 100_000));
      c.end();
    }
    l.end();
    return new Pool.Limits(perField, cap);
  }

  private Pool.Objective objective(final Fields o) {
    final List<String> names = Metrics.scalarNames();
    final List<Pool.Term> terms = new ArrayList<>();
    for (Fields t : o.maps("terms", true)) {
      final Fields.Located m = t.ref("metric", true);
      final int slot = names.indexOf(m.value());
      if (slot < 0 && !m.value().isEmpty()) {
        problems.add(
            m.node(),
            m.path(),
            "unknown figure \"" + m.value() + "\"",
            Fields.nearest(m.value(), names)
                .map(x -> "Maybe " + x + "?")
                .orElse("Known: " + String.join(", ", names)));
      }
      final double w = t.num("weight", Unit.NONE, -1e9, 1e9, 1);
      if (w == 0) {
        t.error("weight", "a weight of 0 leaves the figure out; remove the term instead", "");
      }
      terms.add(new Pool.Term(m.value(), Math.max(0, slot), w));
      t.end();
    }
    if (terms.isEmpty() && o.isList("terms")) {
      o.error("terms", "the objective needs at least one figure", "");
    }
    final Pool.Indifference delta;
    if (o.has("indifference") && o.has("indifferencePct")) {
      o.error(
          "indifferencePct",
          "give the indifference zone once: indifference (objective units) or indifferencePct"
              + " (% of the baseline)",
          "Maybe remove one of them.");
      delta = Pool.Indifference.DEFAULT;
    } else if (o.has("indifference")) {
      delta = new Pool.Indifference(o.num("indifference", Unit.NONE, 1e-9, 1e12), false);
    } else {
      delta =
          new Pool.Indifference(
              o.num(
                  "indifferencePct",
                  Unit.PERCENT,
                  1e-6,
                  100,
                  100 * Pool.Indifference.DEFAULT.value()),
              true);
    }
    final String unit = o.text("unit", "");
    final String name = o.text("name", terms.isEmpty() ? "objective" : terms.get(0).metric());
    o.end();
    return new Pool.Objective(terms, delta, unit, name);
  }
}
